import ArgumentParser

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Applies the sql/ migrations.")

    func run() async throws {
        throw ExitCode(2)
    }
}
