public import Foundation

/// The entity files of a data-set folder: `ENTITY.csv` or `ENTITY.ndjson`, one per entity.
public struct DataSetFolder: Sendable {
    public struct File: Sendable {
        public let entity: Entity
        public let url: URL
        public let format: EntityFileReader.Format
    }

    /// Present files, in reference order.
    public let files: [File]
    /// Files that cannot be part of a data set (unknown names, an entity given twice).
    public let problems: [ContractProblem]

    public init(url: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var found: [Entity: File] = [:]
        var problems: [ContractProblem] = []
        for name in names {
            let fileURL = url.appendingPathComponent(name)
            let format: EntityFileReader.Format
            if name.hasSuffix(".csv") { format = .csv } else if name.hasSuffix(".ndjson") { format = .ndjson } else { continue }
            let stem = String(name.dropLast(format.rawValue.count + 1))
            guard let entity = Entity(rawValue: stem) else {
                problems.append(ContractProblem(file: name, line: 1, column: "file",
                                                message: "\(stem) is not an entity of the data contract"))
                continue
            }
            if let other = found[entity] {
                problems.append(ContractProblem(file: name, line: 1, column: "file",
                                                message: "\(entity.fileStem) is also given as \(other.url.lastPathComponent)"))
                continue
            }
            found[entity] = File(entity: entity, url: fileURL, format: format)
        }
        files = Entity.allCases.compactMap { found[$0] }
        self.problems = problems
    }
}
