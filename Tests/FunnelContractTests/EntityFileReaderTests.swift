import Foundation
import Testing
@testable import FunnelContract

@Suite struct EntityFileReaderTests {
    @Test func columnsComeOutInContractOrderWhateverTheFileOrder() throws {
        let (rows, problems) = try Self.read(.regions, "regions.csv", "name,region_id,org_id\n华东战区,east,o1\n\n华南,south,o1\n")
        #expect(problems == [])
        #expect(rows == [
            .init(line: 2, values: ["o1", "east", "华东战区"]),
            .init(line: 4, values: ["o1", "south", "华南"]),
        ])
    }

    @Test func headerProblemsAreOnLineOne() throws {
        let (_, problems) = try Self.read(.regions, "regions.csv", "org_id,org_id,name,nam\no1,o1,x,y\n")
        #expect(problems == [
            "regions.csv:1: nam: unknown column",
            "regions.csv:1: org_id: column appears twice",
            "regions.csv:1: region_id: required column is missing",
        ])
    }

    @Test func aMissingCellIsNotAnEmptyOne() throws {
        let (rows, problems) = try Self.read(
            .products, "products.csv", "org_id,product_id,name,line\no1,ct,64排CT,\no1,dr,X光机\no1,,监护仪,监护\n")
        #expect(rows == [
            .init(line: 2, values: ["o1", "ct", "64排CT", nil]),
            .init(line: 4, values: ["o1", nil, "监护仪", "监护"]),
        ])
        #expect(problems == [
            "products.csv:3: record: 3 fields, but the header has 4",
            "products.csv:4: product_id: required value is missing",
        ])
    }

    @Test func ndjsonLinesArePhysicalLines() throws {
        let (rows, problems) = try Self.read(.targets, "targets.ndjson", """
            {"org_id": "o1", "rep_id": "R1", "month": "2026-03", "amount": 500000}

            {"org_id": "o1", "rep_id": "R1", "month": "2026-04", "amount": "12.345"}
            {"org_id": "o1", "rep_id": "R1", "month": "2026-05", "amount": 1.5, "note": "x", "note": "y"}
            {"org_id": "o1", "rep_id": "R1", "month": "2026-06", "amount": 1,}
            """)
        #expect(rows == [
            .init(line: 1, values: ["o1", "R1", "2026-03-01", "500000"]),
            .init(line: 3, values: ["o1", "R1", "2026-04-01", nil]),
            .init(line: 4, values: ["o1", "R1", "2026-05-01", "1.5"]),
        ])
        #expect(problems == [
            "targets.ndjson:3: amount: \"12.345\" is not an amount (a decimal >= 0 with at most 2 fraction digits)",
            "targets.ndjson:4: note: unknown column",
            "targets.ndjson:5: record: expected a quoted key",
        ])
    }

    @Test func opportunityRulesOfOneRow() throws {
        let (_, problems) = try Self.read(.opportunities, "opportunities.csv", """
            org_id,opportunity_id,pipeline_id,customer_id,rep_id,created_at,status,closed_at,loss_reason_code
            o1,OP1,main,C1,R1,2026-03-01T10:00:00+08:00,won,,
            o1,OP2,main,C1,R1,2026-03-01T10:00:00+08:00,lost,2026-03-01T01:59:59Z,
            o1,OP3,main,C1,R1,2026-03-01T10:00:00+08:00,lost,2026-03-01T02:00:00Z,PRICE
            """)
        #expect(problems == [
            "opportunities.csv:2: closed_at: required when status is won",
            "opportunities.csv:3: closed_at: is before created_at",
            "opportunities.csv:3: loss_reason_code: required when status is lost",
        ])
    }

    // MARK: -

    static func read(_ entity: Entity, _ name: String, _ text: String) throws -> ([EntityFileReader.Row], [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("funnelhouse-entity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        var reader = try EntityFileReader(entity: entity, url: url, format: name.hasSuffix(".csv") ? .csv : .ndjson)
        var rows: [EntityFileReader.Row] = []
        while let row = try reader.next() { rows.append(row) }
        return (rows, reader.problems.sorted().map(\.description))
    }
}
