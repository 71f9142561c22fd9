import Foundation
import FunnelDemo
import FunnelWarehouse
import Logging
import PostgresNIO

/// The demo organisations, generated and loaded: what `seed` and `serve --demo` share.
enum DemoDataSet {
    /// Generates the data set files into `folder`; returns the summary and the line that reports it.
    static func write(_ options: DemoOptions, to folder: URL) throws -> (summary: DemoSummary, line: String) {
        let started = ContinuousClock.now
        let summary = try DemoGenerator.write(options, to: folder)
        let total = summary.rows.values.reduce(0, +)
        let line = "generated \(total) rows for \(summary.orgs.count) orgs in \(ContinuousClock.now - started): "
            + summary.orgs.map { "\($0.id) \($0.name) (\($0.industry))" }.joined(separator: ", ")
        return (summary, line)
    }

    /// Generates into a temporary folder, imports it (all or nothing) and removes the folder;
    /// returns the lines reporting what happened.
    static func load(_ options: DemoOptions, client: PostgresClient, logger: Logger) async throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("funnelhouse-seed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, line) = try write(options, to: folder)
        let imported = try await Importer(client: client, logger: logger).importDataSet(at: folder)
        return [line] + ImportReport.lines(imported)
    }

    /// Today's day number (days since 1970-01-01) in Asia/Shanghai, where the demo orgs work.
    static func todayInShanghai() -> Int {
        Int((Date().timeIntervalSince1970 + 8 * 3600) / 86_400)
    }
}
