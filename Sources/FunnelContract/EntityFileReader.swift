public import Foundation

/// The records of one entity file, checked cell by cell and row by row.
///
/// Rows come out in the entity's column order with every value in the text form PostgreSQL
/// COPY expects. A row with problems still comes out (its bad cells as NULL), so the
/// cross-row checks can report everything else wrong with the data set in the same run.
public struct EntityFileReader {
    public enum Format: String, Sendable { case csv, ndjson }

    public struct Row: Sendable, Equatable {
        public let line: Int
        public let values: [String?]
    }

    public let entity: Entity
    public let fileName: String
    /// Problems found so far, in line order, at most `problemCap` kept.
    public private(set) var problems: [ContractProblem] = []
    public private(set) var problemCount = 0
    public static let problemCap = 100

    private enum Source {
        case csv(CSVReader, columnOfField: [Int?], fieldCount: Int)
        case ndjson(NDJSONReader, columnIndex: [String: Int], reportedUnknown: Set<String>)
        /// Records already parsed, e.g. one entity's share of a mixed NDJSON body.
        case records([NDJSONReader.Record], next: Int, columnIndex: [String: Int], reportedUnknown: Set<String>)
    }

    private var source: Source
    private let columns: [Column]
    /// Required columns the CSV header lacks: reported once on line 1, not again on every row.
    private var requiredMissingFromHeader: Set<String> = []

    public init(entity: Entity, url: URL, format: Format) throws {
        switch format {
        case .csv: try self.init(entity: entity, fileName: url.lastPathComponent, csv: try CSVReader(path: url.path))
        case .ndjson: self.init(entity: entity, fileName: url.lastPathComponent, ndjson: try NDJSONReader(path: url.path))
        }
    }

    /// A file already in memory (an uploaded part), reported as `fileName`.
    public init(entity: Entity, fileName: String, bytes: [UInt8], format: Format) throws {
        switch format {
        case .csv: try self.init(entity: entity, fileName: fileName, csv: CSVReader(bytes: bytes))
        case .ndjson: self.init(entity: entity, fileName: fileName, ndjson: NDJSONReader(bytes: bytes))
        }
    }

    /// Records parsed elsewhere, each keeping its own line, reported as `fileName`.
    public init(entity: Entity, fileName: String, records: [NDJSONReader.Record]) {
        self.entity = entity
        self.fileName = fileName
        self.columns = entity.columns
        source = .records(records, next: 0, columnIndex: Self.columnIndex(columns), reportedUnknown: [])
    }

    private init(entity: Entity, fileName: String, ndjson reader: NDJSONReader) {
        self.entity = entity
        self.fileName = fileName
        self.columns = entity.columns
        source = .ndjson(reader, columnIndex: Self.columnIndex(columns), reportedUnknown: [])
    }

    /// Reads the header now: its problems are the file's first.
    private init(entity: Entity, fileName: String, csv: CSVReader) throws {
        self.entity = entity
        self.fileName = fileName
        self.columns = entity.columns
        var reader = csv
        var headerProblems: [(line: Int, column: String, message: String)] = []
        func problemsAppend(line: Int, column: String, message: String) {
            headerProblems.append((line, column, message))
        }
        var mapping: [Int?] = []
        var fieldCount = 0
        do {
            if let header = try reader.next() {
                fieldCount = header.fields.count
                var seen = Set<String>()
                for name in header.fields {
                    let name = name ?? ""
                    let index = columns.firstIndex { $0.name == name }
                    if index == nil {
                        problemsAppend(line: 1, column: name.isEmpty ? "header" : name,
                                       message: name.isEmpty ? "empty column name" : "unknown column")
                    } else if !seen.insert(name).inserted {
                        problemsAppend(line: 1, column: name, message: "column appears twice")
                    }
                    mapping.append(index)
                }
                for column in columns where column.isRequired && !seen.contains(column.name) {
                    problemsAppend(line: 1, column: column.name, message: "required column is missing")
                    requiredMissingFromHeader.insert(column.name)
                }
            }
        } catch let problem as CSVReader.Problem {
            problemsAppend(line: problem.line, column: "header", message: problem.message)
        }
        source = .csv(reader, columnOfField: mapping, fieldCount: fieldCount)
        for problem in headerProblems {
            self.problemsAppend(line: problem.line, column: problem.column, message: problem.message)
        }
    }

    private static func columnIndex(_ columns: [Column]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })
    }

    /// The next row, nil at the end of the file.
    public mutating func next() throws -> Row? {
        while true {
            let raw: (line: Int, values: [String?], present: [Bool])
            switch source {
            case .csv(var reader, let mapping, let fieldCount):
                defer { source = .csv(reader, columnOfField: mapping, fieldCount: fieldCount) }
                let record: CSVReader.Record?
                do { record = try reader.next() } catch let problem as CSVReader.Problem {
                    problemsAppend(line: problem.line, column: "record", message: problem.message)
                    continue
                }
                guard let record else { return nil }
                if record.fields.count == 1 && record.fields[0] == nil && fieldCount != 1 { continue }  // blank line
                guard record.fields.count == fieldCount else {
                    problemsAppend(line: record.line, column: "record",
                                   message: "\(record.fields.count) fields, but the header has \(fieldCount)")
                    continue
                }
                var values = [String?](repeating: nil, count: columns.count)
                var present = [Bool](repeating: false, count: columns.count)
                for (field, column) in zip(record.fields, mapping) {
                    if let column { values[column] = field; present[column] = true }
                }
                raw = (record.line, values, present)
            case .ndjson(var reader, let index, var reported):
                defer { source = .ndjson(reader, columnIndex: index, reportedUnknown: reported) }
                let record: NDJSONReader.Record?
                do { record = try reader.next() } catch let problem as NDJSONReader.Problem {
                    problemsAppend(line: problem.line, column: "record", message: problem.message)
                    continue
                }
                guard let record else { return nil }
                raw = place(record, columnIndex: index, reportedUnknown: &reported)
            case .records(let records, let next, let index, var reported):
                guard next < records.count else { return nil }
                defer { source = .records(records, next: next + 1, columnIndex: index, reportedUnknown: reported) }
                raw = place(records[next], columnIndex: index, reportedUnknown: &reported)
            }
            return validated(line: raw.line, raw.values)
        }
    }

    /// An NDJSON record's values in column order; unknown keys are reported once per file.
    private mutating func place(
        _ record: NDJSONReader.Record, columnIndex index: [String: Int], reportedUnknown reported: inout Set<String>
    ) -> (line: Int, values: [String?], present: [Bool]) {
        var values = [String?](repeating: nil, count: columns.count)
        var present = [Bool](repeating: false, count: columns.count)
        for (key, value) in record.fields {
            guard let column = index[key] else {
                if reported.insert(key).inserted {
                    problemsAppend(line: record.line, column: key, message: "unknown column")
                }
                continue
            }
            if present[column] {
                problemsAppend(line: record.line, column: key, message: "key appears twice")
            }
            values[column] = value
            present[column] = true
        }
        return (record.line, values, present)
    }

    private mutating func validated(line: Int, _ raw: [String?]) -> Row {
        var values = raw
        for (index, column) in columns.enumerated() {
            guard let text = raw[index] else {
                if column.isRequired && !requiredMissingFromHeader.contains(column.name) {
                    problemsAppend(line: line, column: column.name, message: "required value is missing")
                }
                continue
            }
            switch ValueParser.parse(text, as: column.type) {
            case .value(let value):
                values[index] = value
            case .problem(let message):
                values[index] = nil
                problemsAppend(line: line, column: column.name, message: message)
            }
        }
        checkRowRules(line: line, raw: raw, values: values)
        return Row(line: line, values: values)
    }

    /// The rules that one row settles alone (contract rules 3 and 4).
    private mutating func checkRowRules(line: Int, raw: [String?], values: [String?]) {
        func index(_ name: String) -> Int {
            columns.firstIndex { $0.name == name } ?? 0
        }
        func value(_ name: String) -> String? { values[index(name)] }
        func instant(_ name: String) -> Instant? {
            value(name).flatMap { try? Instant(parsing: Substring($0)) }
        }
        switch entity {
        case .opportunities:
            let status = value("status")
            if let status, status == "won" || status == "lost", raw[index("closed_at")] == nil {
                problemsAppend(line: line, column: "closed_at", message: "required when status is \(status)")
            }
            if status == "lost", raw[index("loss_reason_code")] == nil {
                problemsAppend(line: line, column: "loss_reason_code", message: "required when status is lost")
            }
            if let created = instant("created_at"), let closed = instant("closed_at"), closed < created {
                problemsAppend(line: line, column: "closed_at", message: "is before created_at")
            }
        case .stageHistory:
            if let entered = instant("entered_at"), let exited = instant("exited_at"), exited < entered {
                problemsAppend(line: line, column: "exited_at", message: "is before entered_at")
            }
        default:
            break
        }
    }

    private mutating func problemsAppend(line: Int, column: String, message: String) {
        problemCount += 1
        if problems.count < Self.problemCap {
            problems.append(ContractProblem(file: fileName, line: line, column: column, message: message))
        }
    }
}
