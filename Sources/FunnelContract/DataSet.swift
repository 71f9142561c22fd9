public import Foundation

/// What one import loads: per entity, where its records come from — a file of a data-set
/// folder, an uploaded file, or its share of a mixed NDJSON body. The importer treats them
/// all alike, so every source meets the same rules.
public struct DataSet: Sendable {
    public struct Part: Sendable {
        public let entity: Entity
        /// The name problems are reported under (`activities.csv`, or `ingest` for a body).
        public let name: String
        let content: Content

        enum Content: Sendable {
            case file(URL, EntityFileReader.Format)
            case bytes([UInt8], EntityFileReader.Format)
            case records([NDJSONReader.Record])
        }

        /// A reader over this part's records; only a file can fail to be read.
        public func reader() throws -> EntityFileReader {
            switch content {
            case .file(let url, let format): try EntityFileReader(entity: entity, url: url, format: format)
            case .bytes(let bytes, let format): try EntityFileReader(entity: entity, fileName: name, bytes: bytes, format: format)
            case .records(let records): EntityFileReader(entity: entity, fileName: name, records: records)
            }
        }
    }

    /// Present entities, in reference order.
    public let parts: [Part]
    /// What keeps the sources from being a data set at all (unknown names, an entity given
    /// twice, unreadable NDJSON lines), at most `EntityFileReader.problemCap` kept.
    public let problems: [ContractProblem]
    /// How many such problems there are in all.
    public let problemCount: Int

    init(parts: [Part], problems: [ContractProblem], problemCount: Int? = nil) {
        self.parts = parts.sorted { Entity.allCases.firstIndex(of: $0.entity)! < Entity.allCases.firstIndex(of: $1.entity)! }
        self.problems = Array(problems.prefix(EntityFileReader.problemCap))
        self.problemCount = problemCount ?? problems.count
    }

    /// The `ENTITY.csv` and `ENTITY.ndjson` files of a folder; other files are not looked at.
    public init(folder url: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var files = FileNames()
        for name in names {
            guard let format = Self.format(of: name) else { continue }
            files.add(name) { entity in Part(entity: entity, name: name, content: .file(url.appendingPathComponent(name), format)) }
        }
        self.init(parts: files.parts, problems: files.problems)
    }

    /// Uploaded files, named like the files of a folder; a name that is no data-set file is a problem.
    public init(files: [(name: String, bytes: [UInt8])]) {
        var found = FileNames()
        for (name, bytes) in files {
            guard let format = Self.format(of: name) else {
                found.problems.append(ContractProblem(
                    file: name, line: 1, column: "file", message: "a data-set file is named ENTITY.csv or ENTITY.ndjson"
                ))
                continue
            }
            found.add(name) { entity in Part(entity: entity, name: name, content: .bytes(bytes, format)) }
        }
        self.init(parts: found.parts, problems: found.problems)
    }

    /// The records of a mixed NDJSON body, by entity.
    public init(batch: NDJSONBatch) {
        let parts = batch.records.map { entity, records in Part(entity: entity, name: batch.name, content: .records(records)) }
        self.init(parts: parts, problems: batch.problems, problemCount: batch.problemCount)
    }

    private static func format(of name: String) -> EntityFileReader.Format? {
        if name.hasSuffix(".csv") { .csv } else if name.hasSuffix(".ndjson") { .ndjson } else { nil }
    }

    /// Entity files by name: one per entity, every name an entity's.
    private struct FileNames {
        var found: [Entity: Part] = [:]
        var problems: [ContractProblem] = []

        var parts: [Part] { Array(found.values) }

        mutating func add(_ name: String, _ part: (Entity) -> Part) {
            guard let format = DataSet.format(of: name) else { return }
            let stem = String(name.dropLast(format.rawValue.count + 1))
            guard let entity = Entity(rawValue: stem) else {
                problems.append(ContractProblem(file: name, line: 1, column: "file",
                                                message: "\(stem) is not an entity of the data contract"))
                return
            }
            if let other = found[entity] {
                problems.append(ContractProblem(file: name, line: 1, column: "file",
                                                message: "\(entity.fileStem) is also given as \(other.name)"))
                return
            }
            found[entity] = part(entity)
        }
    }
}
