import ArgumentParser
import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelServer
import FunnelWarehouse

/// Runs one query in-process, as a token with the given scope would, and prints the response.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Runs one GraphQL query in-process and prints the JSON response.",
        discussion: "Exit code 1 when the response carries errors."
    )

    @ArgumentParser.Argument(help: "The query text, or @FILE to read it from a file.") var query: String
    @Option(help: "The org to read (default: the warehouse's first org).") var org: String?
    @Option(help: "director | manager | rep | admin") var role: AccessScope.Role = .director
    @Option(name: .customLong("region"), help: "A region a manager covers (repeatable).") var regions: [String] = []
    @Option(name: .customLong("team"), help: "A team a manager covers (repeatable).") var teams: [String] = []
    @Option(help: "The rep of a rep scope.") var rep: String?
    @Option(help: "Variables as a JSON object.") var variables: String?
    @Option(name: .customLong("operation-name"), help: "The operation to run when the document has several.")
    var operationName: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let text = try Self.text(of: query)
        let variables: JSONValue? = try self.variables.map { json throws(ValidationError) in
            do { return try JSONValue(parsing: json) } catch { throw ValidationError("--variables: \(error)") }
        }
        let result = try await database.withClient { client, logger in
            let first = org == nil ? try await ServeCommand.firstOrg(client: client, logger: logger) : nil
            guard let orgID = org ?? first else {
                throw ValidationError("the warehouse has no orgs yet: import or seed first")
            }
            let scope = AccessScope(orgID: orgID, role: role, regions: regions, teams: teams, rep: rep)
            let engine = QueryEngine(
                planner: try ReportPlanner(sqlDirectory: try SQLDirectory.locate()),
                reader: WarehouseReader(client: client, logger: logger)
            )
            return await engine.execute(
                query: text, variables: variables, operationName: operationName, scope: scope, logger: logger
            )
        }
        print(result.json.jsonText)
        if !result.errors.isEmpty { throw ExitCode(1) }
    }

    static func text(of argument: String) throws -> String {
        guard argument.hasPrefix("@") else { return argument }
        let path = String(argument.dropFirst())
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("\(path): cannot read the file")
        }
        return text
    }
}
