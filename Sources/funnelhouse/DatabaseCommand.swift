import ArgumentParser
import FunnelWarehouse

struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "The embedded PostgreSQL cluster under .funnelhouse/pg.",
        subcommands: [Start.self, Stop.self, Status.self, URL.self]
    )

    static var cluster: EmbeddedCluster { EmbeddedCluster(directory: DatabaseOptions.embeddedClusterFolder) }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Starts the cluster (creating it on first use); a no-op when running.")
        func run() async throws {
            let url = try await DatabaseCommand.cluster.start()
            print("running on \(url)")
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stops the cluster; a no-op when stopped.")
        func run() async throws {
            try await DatabaseCommand.cluster.stop()
            print("stopped")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Says whether the cluster is running, and where.")
        func run() async throws {
            switch DatabaseCommand.cluster.status() {
            case .notInitialized: print("not initialised (\(DatabaseCommand.cluster.directory))")
            case .stopped: print("stopped (\(DatabaseCommand.cluster.directory))")
            case .running(let url, let pid): print("running on \(url) (pid \(pid))")
            }
        }
    }

    struct URL: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the running cluster's database URL.")
        func run() async throws {
            print(try DatabaseCommand.cluster.databaseURL())
        }
    }
}
