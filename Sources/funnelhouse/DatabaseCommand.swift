import ArgumentParser

struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "db", abstract: "The embedded PostgreSQL cluster.")

    func run() async throws {
        throw ExitCode(2)
    }
}
