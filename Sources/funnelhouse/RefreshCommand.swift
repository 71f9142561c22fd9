import ArgumentParser
import Foundation
import FunnelWarehouse

struct RefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Refresh the warehouse's materialized views."
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let refreshed = try await database.withClient { client, logger in
            try await ViewRefresher(client: client, logger: logger).refresh()
        }
        if refreshed.isEmpty {
            print("another refresh is running; skipped")
        }
        for view in refreshed {
            print("\(view.view): \(String(format: "%.0f", view.milliseconds)) ms")
        }
    }
}
