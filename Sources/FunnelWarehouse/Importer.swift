public import Foundation
public import FunnelContract
public import Logging
import NIOCore
public import PostgresNIO

/// Loads a data-set folder into the warehouse, all or nothing.
///
/// Cells are checked in Swift while the files stream into TEMP staging tables through COPY;
/// the rules that span rows and tables run as SQL over the staging tables and the stored
/// warehouse; only a data set with no problem at all is merged, in the same transaction.
public struct Importer: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Imports never interleave: the second waits for the first to commit or roll back.
    static let lockKey: Int64 = 0x46_48_49_4D_50_4F_52_54  // "FHIMPORT"

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func importDataSet(at folder: URL) async throws(ImportError) -> ImportSummary {
        let dataSet: DataSet
        do { dataSet = try DataSet(folder: folder) } catch {
            throw .unreadable(path: folder.path, reason: "\(error.localizedDescription)")
        }
        return try await importDataSet(dataSet)
    }

    /// Imports `dataSet` from any source (a folder, an upload, an NDJSON body) under the same
    /// rules. With `onlyOrg`, a record of any other org is a problem and is never staged, so
    /// no check reports on another org's stored records.
    public func importDataSet(_ dataSet: DataSet, onlyOrg: String? = nil) async throws(ImportError) -> ImportSummary {
        do {
            return try await client.withConnection { connection in
                try await load(dataSet, onlyOrg: onlyOrg, on: connection)
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw .database(Migrator.serverMessage(error))
        }
    }

    private func load(_ dataSet: DataSet, onlyOrg: String?, on connection: PostgresConnection) async throws -> ImportSummary {
        let started = ContinuousClock.now
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            var summary = ImportSummary()
            // The sources' own problems (unknown file names, unreadable lines) join all the others.
            var problems = dataSet.problems
            var total = dataSet.problemCount
            for file in dataSet.parts {
                let (rows, fileProblems, count) = try await stage(file, onlyOrg: onlyOrg, on: connection)
                summary.rows[file.entity] = rows
                problems += fileProblems
                total += count
            }
            let staged = Set(dataSet.parts.map(\.entity))
            for file in dataSet.parts {
                for check in ImportSQL.checks(file.entity, staged: staged) {
                    let rows = try await connection.query(PostgresQuery(unsafeSQL: check), logger: logger)
                    var found = 0
                    for try await (line, column, message, count) in rows.decode((Int, String, String, Int).self) {
                        problems.append(ContractProblem(file: file.name, line: line,
                                                        column: column, message: message))
                        found = count
                    }
                    total += found
                }
            }
            if total > 0 {
                try await connection.query("ROLLBACK", logger: logger)
                throw ImportError.rejected(problems.sorted(), total: total)
            }
            for file in dataSet.parts {
                for statement in ImportSQL.merge(file.entity) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
            try await connection.query("COMMIT", logger: logger)
            summary.duration = ContinuousClock.now - started
            return summary
        } catch {
            if !(error is ImportError) { _ = try? await connection.query("ROLLBACK", logger: logger) }
            throw error
        }
    }

    /// Streams one file into its staging table; returns rows staged and the file's problems.
    private func stage(
        _ file: DataSet.Part, onlyOrg: String?, on connection: PostgresConnection
    ) async throws -> (Int, [ContractProblem], Int) {
        let entity = file.entity
        try await connection.query(PostgresQuery(unsafeSQL: ImportSQL.createStaging(entity)), logger: logger)
        var reader: EntityFileReader
        do { reader = try file.reader() } catch {
            throw ImportError.unreadable(path: file.name, reason: "\(error.localizedDescription)")
        }
        let orgColumn = entity.columns.firstIndex { $0.name == "org_id" }!
        var foreign = OrgFence(org: onlyOrg, file: file.name)
        var rows = 0
        try await connection.copyFrom(
            table: ImportSQL.stagingTable(entity), columns: ImportSQL.copyColumns(entity), logger: logger
        ) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 18)
            while let row = try reader.next() {
                guard foreign.admits(row, orgColumn: orgColumn) else { continue }
                CopyText.append(row, to: &buffer)
                rows += 1
                if buffer.readableBytes >= 1 << 18 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
        try await connection.query(PostgresQuery(unsafeSQL: "ANALYZE \(ImportSQL.stagingTable(entity))"), logger: logger)
        return (rows, reader.problems + foreign.problems, reader.problemCount + foreign.problemCount)
    }
}

/// Keeps an import to one org (an admin's token): a record of another org is reported and
/// left out of staging.
struct OrgFence {
    let org: String?
    let file: String
    private(set) var problems: [ContractProblem] = []
    private(set) var problemCount = 0

    init(org: String?, file: String) {
        self.org = org
        self.file = file
    }

    mutating func admits(_ row: EntityFileReader.Row, orgColumn: Int) -> Bool {
        guard let org, let rowOrg = row.values[orgColumn], rowOrg != org else { return true }
        problemCount += 1
        if problems.count < EntityFileReader.problemCap {
            problems.append(ContractProblem(file: file, line: row.line, column: "org_id",
                                            message: "\(rowOrg) is not the org of this token (\(org))"))
        }
        return false
    }
}

/// What an import loaded.
public struct ImportSummary: Sendable {
    public var rows: [Entity: Int] = [:]
    public var duration: Duration = .zero

    public var totalRows: Int { rows.values.reduce(0, +) }
}

/// Why an import changed nothing.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    /// The data set breaks the contract; every problem found (at most 100 kept) and their number.
    case rejected([ContractProblem], total: Int)
    case unreadable(path: String, reason: String)
    case database(String)

    public var lines: [String] {
        switch self {
        case .rejected(let problems, let total): ContractProblem.report(problems, total: total)
        case .unreadable(let path, let reason): ["\(path): cannot read: \(reason)"]
        case .database(let message): ["database: \(message)"]
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}

/// PostgreSQL COPY text format: tab-separated, `\N` for NULL, backslash escapes.
enum CopyText {
    static func append(_ row: EntityFileReader.Row, to buffer: inout ByteBuffer) {
        buffer.writeString(String(row.line))  // source_line
        for value in row.values {
            buffer.writeInteger(UInt8(ascii: "\t"))
            guard let value else {
                buffer.writeStaticString("\\N")
                continue
            }
            let utf8 = value.utf8
            if utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                for byte in utf8 {
                    switch byte {
                    case 0x5C: buffer.writeStaticString("\\\\")
                    case 0x09: buffer.writeStaticString("\\t")
                    case 0x0A: buffer.writeStaticString("\\n")
                    case 0x0D: buffer.writeStaticString("\\r")
                    default: buffer.writeInteger(byte)
                    }
                }
            } else {
                buffer.writeBytes(utf8)
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }
}
