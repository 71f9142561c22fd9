public import ArgumentParser
import FunnelPlanner
import FunnelServer

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issues a bearer token for the query server.",
        discussion: """
            Signed with $FUNNELHOUSE_JWT_KEY, else with the development key in \(SigningKey.developmentFile) \
            (created on first use; `serve` uses the same).
            """
    )

    @Option(help: "The org the token reads.") var org: String
    @Option(help: "director | manager | rep | admin") var role: AccessScope.Role
    @Option(name: .customLong("region"), help: "A region a manager covers (repeatable).") var regions: [String] = []
    @Option(name: .customLong("team"), help: "A team a manager covers (repeatable).") var teams: [String] = []
    @Option(help: "The rep a rep token belongs to.") var rep: String?
    @Option(help: "Lifetime: a number with s, m, h or d (e.g. 90m, 12h, 7d).") var ttl = "1h"

    func validate() throws {
        guard TokenLifetime.parse(ttl) != nil else {
            throw ValidationError("--ttl \(ttl) is not a lifetime like 90s, 30m, 1h or 7d")
        }
    }

    func run() async throws {
        let scope = AccessScope(orgID: org, role: role, regions: regions, teams: teams, rep: rep)
        let authority = await TokenAuthority(key: try SigningKey.resolve())
        print(try await authority.issue(scope: scope, lifetime: TokenLifetime.parse(ttl)!))
    }
}

/// `90s`, `30m`, `1h`, `7d`: a positive whole number and a unit.
enum TokenLifetime {
    static func parse(_ text: String) -> Duration? {
        guard let unit = text.last, let count = Int64(text.dropLast()), count > 0, count <= 3650 * 86_400 else { return nil }
        let seconds: Int64? = switch unit {
        case "s": count
        case "m": count * 60
        case "h": count * 3600
        case "d": count * 86_400
        default: nil
        }
        guard let seconds, seconds <= 3650 * 86_400 else { return nil }
        return .seconds(seconds)
    }
}

extension AccessScope.Role: ExpressibleByArgument {}

extension TokenAuthority.IssueError: UserFacingError {
    var problemLines: [String] {
        switch self {
        case .invalidScope(let problems): problems
        case .invalidLifetime(let reason): [reason]
        }
    }
}

extension SigningKey.Problem: UserFacingError {
    var problemLines: [String] { [description] }
}
