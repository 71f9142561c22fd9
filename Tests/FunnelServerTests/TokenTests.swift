import Foundation
import FunnelPlanner
import FunnelSchema
import FunnelServer
import Testing

@Suite struct TokenTests {
    @Test func roundTripKeepsTheScope() async throws {
        let authority = await Harness.authority()
        let scopes = [
            AccessScope(orgID: "org-01", role: .director),
            AccessScope(orgID: "org-01", role: .admin),
            AccessScope(orgID: "org-03", role: .manager, regions: ["华东", "north"], teams: ["north-t2"]),
            AccessScope(orgID: "org-03", role: .manager, teams: ["north-t2"]),
            AccessScope(orgID: "org-04", role: .rep, rep: "R0042"),
        ]
        for scope in scopes {
            let token = try await authority.issue(scope: scope, lifetime: .seconds(3600))
            #expect(try await authority.verify(token) == scope)
        }
    }

    @Test func claimsCarryOrgRoleListsAndTimes() async throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000.7)
        let scope = AccessScope(orgID: "org-02", role: .manager, regions: ["east"], teams: [])
        let token = try await Harness.authority().issue(scope: scope, lifetime: .seconds(7200), now: now)
        let parts = token.split(separator: ".")
        #expect(parts.count == 3)
        var payload = String(parts[1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        payload += String(repeating: "=", count: (4 - payload.count % 4) % 4)
        let claims = try JSONValue(parsing: Data(base64Encoded: payload)!)
        #expect(claims["org"] == .string("org-02"))
        #expect(claims["role"] == .string("manager"))
        #expect(claims["regions"] == .array([.string("east")]))
        #expect(claims["teams"] == .array([]))
        #expect(claims["iat"] == .int(1_790_000_000) || claims["iat"] == .double(1_790_000_000))
        #expect(claims["exp"] == .int(1_790_007_200) || claims["exp"] == .double(1_790_007_200))
    }

    @Test(arguments: [
        (AccessScope(orgID: "org-01", role: .manager), ["a manager token must list at least one region or team"]),
        (AccessScope(orgID: "org-01", role: .rep), ["a rep token must name its rep"]),
        (AccessScope(orgID: "org-01", role: .rep, teams: ["t1"], rep: "R1"), ["a rep token takes a rep, not regions or teams"]),
        (AccessScope(orgID: "org-01", role: .director, regions: ["east"]),
         ["a director token covers the whole org; it takes no regions, teams or rep"]),
        (AccessScope(orgID: "", role: .admin), ["a token needs an org"]),
    ])
    func issuingRefusesInvalidScopes(scope: AccessScope, problems: [String]) async throws {
        await #expect(throws: TokenAuthority.IssueError.invalidScope(problems)) {
            try await Harness.authority().issue(scope: scope, lifetime: .seconds(60))
        }
    }

    @Test func signingKeyComesFromTheEnvironmentWhenSet() throws {
        let secret = String(repeating: "k", count: 40)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fh-key-\(UUID().uuidString)")
        let key = try SigningKey.resolve(environment: ["FUNNELHOUSE_JWT_KEY": secret], developmentFile: folder.path + "/key")
        #expect(key.secret == Array(secret.utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(throws: SigningKey.Problem.self) {
            try SigningKey.resolve(environment: ["FUNNELHOUSE_JWT_KEY": "short"], developmentFile: folder.path + "/key")
        }
    }

    @Test func developmentKeyIsCreatedPrivateAndReused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fh-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/jwt-hs256.key"
        let first = try SigningKey.resolve(environment: [:], developmentFile: path)
        let second = try SigningKey.resolve(environment: [:], developmentFile: path)
        #expect(first.secret == second.secret)
        #expect(first.secret.count == 64)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }
}
