import ArgumentParser

struct FormatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "format", abstract: "Prints a GraphQL document in canonical form.")

    func run() async throws {
        throw ExitCode(2)
    }
}
