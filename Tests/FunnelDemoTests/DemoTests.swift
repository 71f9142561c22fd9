import Foundation
import FunnelContract
import FunnelTestSupport
import FunnelWarehouse
import Testing
@testable import FunnelDemo

@Suite struct DemoTests {
    static let asOfDay = DemoOptions.day("2026-11-20")!

    @Test func theSameOptionsWriteByteIdenticalFiles() throws {
        let options = DemoOptions(orgs: 2, scale: 0.02, seed: 7, asOfDay: Self.asOfDay)
        let first = try GeneratedDataSet(options)
        defer { first.remove() }
        let second = try GeneratedDataSet(options)
        defer { second.remove() }
        #expect(first.fileNames == Entity.allCases.map { $0.fileStem + ".csv" }.sorted())
        for name in first.fileNames {
            #expect(try first.data(name) == second.data(name), "\(name)")
        }
    }

    @Test func anotherSeedWritesOtherData() throws {
        let first = try GeneratedDataSet(DemoOptions(orgs: 2, scale: 0.02, seed: 7, asOfDay: Self.asOfDay))
        defer { first.remove() }
        let other = try GeneratedDataSet(DemoOptions(orgs: 2, scale: 0.02, seed: 8, asOfDay: Self.asOfDay))
        defer { other.remove() }
        #expect(try first.data("reps.csv") != other.data("reps.csv"))
        #expect(try first.data("opportunities.csv") != other.data("opportunities.csv"))
    }

    /// The organisation structure does not depend on `scale`, so what a small scale shows
    /// about reps, cities and loss reasons holds at scale 1.
    @Test func theStructureIsTheSameAtEveryScale() throws {
        let small = try GeneratedDataSet(DemoOptions(orgs: 2, scale: 0.005, seed: 7, asOfDay: Self.asOfDay))
        defer { small.remove() }
        let larger = try GeneratedDataSet(DemoOptions(orgs: 2, scale: 0.05, seed: 7, asOfDay: Self.asOfDay))
        defer { larger.remove() }
        for name in ["orgs.csv", "regions.csv", "cities.csv", "teams.csv", "reps.csv", "loss_reasons.csv"] {
            #expect(try small.data(name) == larger.data(name), "\(name)")
        }
    }

    /// The default line-up of eight orgs: six medical-device peers, sellers, cities and
    /// loss reasons within the ranges of the issue.
    @Test func theDefaultOrgsHaveTheirPromisedShape() throws {
        let demo = try GeneratedDataSet(DemoOptions(orgs: 8, scale: 0.002, seed: 20_261_125, asOfDay: Self.asOfDay))
        defer { demo.remove() }
        let orgs = try demo.records("orgs.csv")
        #expect(orgs.map { $0["org_id"]! } == (1...8).map { String(format: "org-%02d", $0) })
        let industries = Dictionary(grouping: orgs, by: { $0["industry"]! }).mapValues(\.count)
        #expect(industries == ["医疗器械": 6, "工业品": 1, "快消品": 1])
        #expect(Set(orgs.map { $0["name"]! }).count == 8)

        let reps = try demo.records("reps.csv")
        let cities = try demo.records("cities.csv")
        let lossReasons = try demo.records("loss_reasons.csv")
        let reasonsOfFirstOrg = Set(lossReasons.filter { $0["org_id"] == "org-01" }.map { $0["code"]! + " " + $0["name"]! })
        #expect(reasonsOfFirstOrg.count == 12)
        for org in orgs.map({ $0["org_id"]! }) {
            let sellers = reps.filter { $0["org_id"] == org && $0["role"] == "rep" }.count
            #expect((80...300).contains(sellers), "\(org): \(sellers) selling reps")
            let orgCities = cities.filter { $0["org_id"] == org }.count
            #expect((10...20).contains(orgCities), "\(org): \(orgCities) cities")
            let reasons = lossReasons.filter { $0["org_id"] == org }
            #expect(Set(reasons.map { $0["code"]! + " " + $0["name"]! }) == reasonsOfFirstOrg, "\(org)")
            #expect(reasons.count == 12, "\(org)")
        }
        // Every rep but a region's director answers to someone of the same org.
        let ids = Set(reps.map { $0["org_id"]! + "/" + $0["rep_id"]! })
        for rep in reps {
            if rep["role"] == "director" {
                #expect(rep["manager_id"] == "")
            } else {
                #expect(ids.contains(rep["org_id"]! + "/" + rep["manager_id"]!), "\(rep)")
            }
        }
    }

    @Test func aGeneratedDataSetImportsCleanlyAndOnlyOnce() async throws {
        let demo = try GeneratedDataSet(DemoOptions(orgs: 2, scale: 0.02, seed: 7, asOfDay: Self.asOfDay))
        defer { demo.remove() }
        try await TestCluster.withDatabase { client, _ in
            let importer = Importer(client: client, logger: TestCluster.logger)
            let first = try await importer.importDataSet(at: demo.folder)
            #expect(first.rows == demo.summary.rows)
            let snapshot = try await WarehouseSnapshot.take(client)
            for entity in Entity.allCases {
                #expect(snapshot.counts[entity.fileStem] == demo.summary.rows[entity], "\(entity)")
            }
            _ = try await importer.importDataSet(at: demo.folder)
            #expect(try await WarehouseSnapshot.take(client) == snapshot)
        }
    }
}

/// A demo data set written to a temp folder.
struct GeneratedDataSet {
    let folder: URL
    let summary: DemoSummary

    init(_ options: DemoOptions) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("funnelhouse-demo-\(UUID().uuidString)")
        summary = try DemoGenerator.write(options, to: folder)
    }

    var fileNames: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }

    func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// The file's rows as column name → cell ("" for an empty cell).
    func records(_ name: String) throws -> [[String: String]] {
        var reader = try CSVReader(path: folder.appendingPathComponent(name).path)
        guard let header = try reader.next() else { return [] }
        var records: [[String: String]] = []
        while let record = try reader.next() {
            records.append(Dictionary(uniqueKeysWithValues: zip(header.fields.map { $0 ?? "" }, record.fields.map { $0 ?? "" })))
        }
        return records
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
