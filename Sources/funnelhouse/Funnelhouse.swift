import ArgumentParser
import Foundation

@main
struct Funnelhouse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnelhouse",
        abstract: "Funnelhouse: the sales-process warehouse and its query server.",
        subcommands: [
            DatabaseCommand.self, MigrateCommand.self, ImportCommand.self, SeedCommand.self,
            RefreshCommand.self, FormatCommand.self, ServeCommand.self, TokenCommand.self, SchemaCommand.self, QueryCommand.self, BenchSQLCommand.self,
            ExportCommand.self,
        ]
    )

    /// Exit codes of api.md: 0 success, 1 user error (one line per problem on stderr), 2 internal error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as any UserFacingError {
            for line in failure.problemLines {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            Foundation.exit(1)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .validationFailure || error is CleanExit {
                // Help, version and argument errors: ArgumentParser's own rendering; usage errors are user errors.
                let message = fullMessage(for: error)
                if code == .success {
                    print(message)
                    Foundation.exit(0)
                }
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(1)
            }
            FileHandle.standardError.write(Data("funnelhouse: internal error: \(error)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// An error the user can act on: printed one line per problem on stderr, exit code 1.
///
/// Module errors (syntax errors, import rejections, migration refusals) conform in the
/// command file that surfaces them, so modules stay free of CLI concerns.
protocol UserFacingError: Error {
    var problemLines: [String] { get }
}
