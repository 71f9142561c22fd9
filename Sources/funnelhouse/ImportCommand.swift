import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Loads a data set folder, all or nothing.")

    func run() async throws {
        throw ExitCode(2)
    }
}
