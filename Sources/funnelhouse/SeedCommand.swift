import ArgumentParser

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed", abstract: "Generates deterministic demo data.")

    func run() async throws {
        throw ExitCode(2)
    }
}
