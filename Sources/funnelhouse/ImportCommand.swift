import ArgumentParser
import Foundation
import FunnelContract
import FunnelWarehouse

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Loads a data set folder (ENTITY.csv / ENTITY.ndjson files), all or nothing."
    )

    @Argument(help: "The data set folder.") var folder: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let url = URL(fileURLWithPath: folder)
        let summary = try await database.withClient { client, logger in
            try await Importer(client: client, logger: logger).importDataSet(at: url)
        }
        print(ImportReport.lines(summary).joined(separator: "\n"))
    }
}

/// The summary printed after a load, by `import` and `seed` alike.
enum ImportReport {
    static func lines(_ summary: ImportSummary) -> [String] {
        let seconds = Double(summary.duration.components.seconds) + Double(summary.duration.components.attoseconds) / 1e18
        var lines = summary.rows.sorted { $0.key.fileStem < $1.key.fileStem }.map { "\($0.key.fileStem): \($0.value) rows" }
        let rate = seconds > 0 ? Int(Double(summary.totalRows) / seconds) : 0
        lines.append(String(format: "imported %d rows in %.1f s (%d rows/s)", summary.totalRows, seconds, rate))
        return lines
    }
}

extension ImportError: UserFacingError {
    var problemLines: [String] { lines }
}
