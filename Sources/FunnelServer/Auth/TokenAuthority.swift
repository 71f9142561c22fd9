public import Foundation
public import FunnelPlanner
import JWTKit

/// Issues and verifies bearer tokens (HS256 JWTs carrying `TokenClaims`).
public struct TokenAuthority: Sendable {
    public enum IssueError: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidScope([String])
        case invalidLifetime(String)

        public var description: String {
            switch self {
            case .invalidScope(let problems): problems.joined(separator: "; ")
            case .invalidLifetime(let reason): reason
            }
        }
    }

    private let keys: JWTKeyCollection

    public init(key: SigningKey) async {
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: key.secret), digestAlgorithm: .sha256)
    }

    /// A signed token for `scope`, valid for `lifetime` from `now`.
    public func issue(scope: AccessScope, lifetime: Duration, now: Date = Date()) async throws -> String {
        let problems = scope.problems
        guard problems.isEmpty else { throw IssueError.invalidScope(problems) }
        guard lifetime > .zero else { throw IssueError.invalidLifetime("a token's lifetime must be positive") }
        // JWT times are whole seconds; truncate so `iat` never lies in the future.
        let issuedAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let claims = TokenClaims(scope: scope, issuedAt: issuedAt, expiresAt: issuedAt.addingTimeInterval(lifetime.inSeconds))
        return try await keys.sign(claims)
    }

    /// The scope a presented token grants.
    public func verify(_ token: String) async throws(AuthenticationError) -> AccessScope {
        try await verifiedClaims(token).scope
    }

    /// The claims of a presented token (the dashboards' cookie lives as long as the token).
    public func verifiedClaims(_ token: String) async throws(AuthenticationError) -> TokenClaims {
        do {
            return try await keys.verify(token, as: TokenClaims.self)
        } catch let error as JWTError where error.errorType == .claimVerificationFailure {
            if error.failedClaim is ExpirationClaim { throw .expired }
            throw .invalidClaims(error.reason ?? "rejected")
        } catch {
            throw .invalid
        }
    }
}
