import ArgumentParser
import FunnelWarehouse

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Applies the sql/ migrations.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let applied = try await database.withClient(migrate: false) { client, logger in
            try await Migrator(directory: try SQLDirectory.locate()).migrate(on: client, logger: logger)
        }
        print(applied.isEmpty ? "up to date" : applied.map { "applied \($0)" }.joined(separator: "\n"))
    }
}
