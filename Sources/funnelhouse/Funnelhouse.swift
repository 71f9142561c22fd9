import ArgumentParser

@main
struct Funnelhouse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnelhouse",
        abstract: "Funnelhouse: the sales-process warehouse and its query server.",
        subcommands: []
    )
}
