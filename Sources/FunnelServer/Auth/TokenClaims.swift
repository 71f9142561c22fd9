public import Foundation
public import FunnelPlanner
public import JWTKit

/// The claims of a Funnelhouse bearer token: who (org, role) and how far (regions, teams, rep).
public struct TokenClaims: JWTPayload, Equatable {
    public var org: String
    public var role: AccessScope.Role
    public var regions: [String]
    public var teams: [String]
    public var rep: String?
    public var exp: ExpirationClaim
    public var iat: IssuedAtClaim

    public init(scope: AccessScope, issuedAt: Date, expiresAt: Date) {
        org = scope.orgID
        role = scope.role
        regions = scope.regions
        teams = scope.teams
        rep = scope.rep
        iat = IssuedAtClaim(value: issuedAt)
        exp = ExpirationClaim(value: expiresAt)
    }

    public var scope: AccessScope {
        AccessScope(orgID: org, role: role, regions: regions, teams: teams, rep: rep)
    }

    /// Missing lists decode as empty, so tokens stay short; every other claim is required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        org = try container.decode(String.self, forKey: .org)
        role = try container.decode(AccessScope.Role.self, forKey: .role)
        regions = try container.decodeIfPresent([String].self, forKey: .regions) ?? []
        teams = try container.decodeIfPresent([String].self, forKey: .teams) ?? []
        rep = try container.decodeIfPresent(String.self, forKey: .rep)
        exp = try container.decode(ExpirationClaim.self, forKey: .exp)
        iat = try container.decode(IssuedAtClaim.self, forKey: .iat)
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        let problems = scope.problems
        guard problems.isEmpty else {
            throw JWTError.claimVerificationFailure(failedClaim: nil, reason: problems.joined(separator: "; "))
        }
    }
}
