import ArgumentParser
import Foundation
import FunnelEngine
import FunnelExport
import FunnelPlanner
import FunnelSchema
import FunnelWarehouse

/// `funnelhouse export benchmarks|compare|health`: a white-paper table written as CSV, XLSX,
/// Markdown, HTML or JSON, built from the same GraphQL the API answers.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a white-paper table (benchmarks, compare, health) as csv, xlsx, md, html or json.",
        discussion: """
            The export runs in-process with director scope over --org (the whole org), through the \
            same query engine as the API, so its numbers are the API's. Every format carries a \
            context block: org, period(s), filters, scope, generated-at and data freshness. \
            Without --out the file goes to stdout; with it, the file appears only once complete.
            """
    )

    @ArgumentParser.Argument(help: "benchmarks | compare | health") var table: String
    @Option(help: "The org to export.") var org: String
    @Option(help: "First day of the period, YYYY-MM-DD (the org's timezone).") var from: String
    @Option(help: "Last day of the period, inclusive.") var to: String
    @Option(name: .customLong("baseline-from"), help: "First day of the baseline period (compare).") var baselineFrom: String?
    @Option(name: .customLong("baseline-to"), help: "Last day of the baseline period (compare).") var baselineTo: String?
    @Option(help: "csv | xlsx | md | html | json") var format: String
    @Option(help: "The file to write (default: stdout).") var out: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let kind = ExportKind(rawValue: table) else { throw ExportError.unknownTable(table) }
        guard let format = ExportFormat(rawValue: format) else { throw ExportError.unknownFormat(self.format) }
        let request = try ExportRequest(kind: kind, from: from, to: to, baselineFrom: baselineFrom, baselineTo: baselineTo)
        let scope = AccessScope(orgID: org, role: .director)
        let bytes: [UInt8]
        do {
            bytes = try await database.withClient { client, logger in
                let sql = try SQLDirectory.locate()
                let engine = QueryEngine(
                    planner: try ReportPlanner(sqlDirectory: sql),
                    reader: WarehouseReader(client: client, logger: logger)
                )
                let exporter = try Exporter(documentsFolder: sql.appendingPathComponent("exports"))
                let table = try await exporter.table(request) { document, variables in
                    let result = await engine.execute(query: document, variables: variables, scope: scope, logger: logger)
                    return (result.data, result.errors)
                }
                return try format.render(table)
            }
        } catch let failure as ExportError where !failure.isUserError {
            throw ExportInternalFailure(lines: failure.lines(naming: \.optionName))
        }
        guard let out else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try OutputFile.write(bytes, to: out)
    }
}

extension ExportError: UserFacingError {
    var problemLines: [String] { lines(naming: \.optionName) }
}

/// An export that failed on our side (exit 2), not the user's.
struct ExportInternalFailure: Error, CustomStringConvertible {
    let lines: [String]
    var description: String { lines.joined(separator: "; ") }
}

/// Writes a file so that it is never seen half-written: a temporary file beside it, then a rename.
enum OutputFile {
    struct Failure: UserFacingError {
        let path: String
        let reason: String
        var problemLines: [String] { ["--out: cannot write \(path): \(reason)"] }
    }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw Failure(path: path, reason: (error as NSError).localizedDescription)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: path, reason: reason)
        }
    }
}
