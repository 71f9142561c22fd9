import FunnelContract
import Testing

/// A mixed NDJSON body split by entity, each record keeping its line in the body.
@Suite struct NDJSONBatchTests {
    @Test func recordsGoToTheirEntityWithTheirBodyLine() throws {
        let body = "\u{FEFF}{\"entity\":\"regions\",\"org_id\":\"A\",\"region_id\":\"R1\",\"name\":\"华东\"}\r\n"
            + "\n"
            + "{\"org_id\":\"A\",\"entity\":\"teams\",\"team_id\":\"T1\",\"region_id\":\"R1\",\"name\":\"一组\"}\n"
            + "{\"entity\":\"regions\",\"org_id\":\"A\",\"region_id\":\"R2\",\"name\":null}"
        let batch = NDJSONBatch(name: "ingest", bytes: Array(body.utf8))
        #expect(batch.problems.isEmpty)
        #expect(batch.records[.regions]?.map(\.line) == [1, 4])
        #expect(batch.records[.regions]?.first?.fields.map(\.key) == ["org_id", "region_id", "name"])
        #expect(batch.records[.regions]?.last?.fields.last?.value == nil)
        #expect(batch.records[.teams]?.map(\.line) == [3])
        #expect(Set(batch.records.keys) == [.regions, .teams])

        // As a data set: parts in reference order, read like files, problems placed on body lines.
        let dataSet = DataSet(batch: batch)
        #expect(dataSet.parts.map(\.entity) == [.regions, .teams])
        var reader = try dataSet.parts[0].reader()
        var lines: [Int] = []
        while let row = try reader.next() { lines.append(row.line) }
        #expect(lines == [1, 4])
        #expect(reader.problems.map(\.description) == ["ingest:4: name: required value is missing"])
    }

    @Test func linesThatNameNoEntityAreProblemsOfTheBody() {
        let body = """
            {"org_id":"A"}
            {"entity":"lead","org_id":"A"}
            {"entity":"leads","entity":"leads"}
            {"entity":["leads"]}
            not json
            """
        let batch = NDJSONBatch(name: "ingest", bytes: Array(body.utf8))
        #expect(batch.records.isEmpty)
        #expect(batch.problemCount == 5)
        #expect(batch.problems.map(\.description) == [
            #"ingest:1: entity: required value is missing (the entity the record belongs to, e.g. "activities")"#,
            "ingest:2: entity: lead is not an entity of the data contract",
            "ingest:3: entity: key appears twice",
            #"ingest:4: record: the value of "entity" is an object or array; only strings, numbers, booleans and null are allowed"#,
            "ingest:5: record: a record must be a JSON object",
        ])
    }
}
