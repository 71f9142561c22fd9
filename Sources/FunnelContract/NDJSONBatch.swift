/// One NDJSON body holding records of several entities, each naming its own in an `entity`
/// key (`POST /ingest`): split by entity, every record keeping its line in the body, so a
/// problem points at the line the sender wrote.
public struct NDJSONBatch: Sendable {
    public static let entityKey = "entity"

    /// The name problems are reported under, e.g. `ingest` → `ingest:12: amount: ...`.
    public let name: String
    /// Each entity's records in body order, without the `entity` key.
    public private(set) var records: [Entity: [NDJSONReader.Record]] = [:]
    /// Lines that name no entity or are no JSON object, at most `EntityFileReader.problemCap`.
    public private(set) var problems: [ContractProblem] = []
    public private(set) var problemCount = 0

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        var reader = NDJSONReader(bytes: bytes)
        while true {
            let record: NDJSONReader.Record?
            do { record = try reader.next() } catch let problem as NDJSONReader.Problem {
                report(line: problem.line, column: "record", message: problem.message)
                continue
            } catch {
                report(line: 0, column: "record", message: "\(error)")
                break
            }
            guard let record else { break }
            let named = record.fields.filter { $0.key == Self.entityKey }
            guard let entityName = named.first?.value else {
                report(line: record.line, column: Self.entityKey, message: "required value is missing (the entity the record belongs to, e.g. \"activities\")")
                continue
            }
            if named.count > 1 {
                report(line: record.line, column: Self.entityKey, message: "key appears twice")
                continue
            }
            guard let entity = Entity(rawValue: entityName) else {
                report(line: record.line, column: Self.entityKey, message: "\(entityName) is not an entity of the data contract")
                continue
            }
            let fields = record.fields.filter { $0.key != Self.entityKey }
            records[entity, default: []].append(NDJSONReader.Record(line: record.line, fields: fields))
        }
    }

    private mutating func report(line: Int, column: String, message: String) {
        problemCount += 1
        if problems.count < EntityFileReader.problemCap {
            problems.append(ContractProblem(file: name, line: line, column: column, message: message))
        }
    }
}
