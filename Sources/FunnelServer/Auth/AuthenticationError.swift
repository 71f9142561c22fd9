/// Why a request's bearer token was not accepted. Every case answers 401 with
/// `WWW-Authenticate: Bearer` and an `UNAUTHENTICATED` error.
public enum AuthenticationError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingToken
    /// The `Authorization` header is not `Bearer TOKEN`.
    case notBearer
    case expired
    /// Signature, format or algorithm wrong.
    case invalid
    /// Signed, but the claims break the scope rules.
    case invalidClaims(String)

    public var description: String {
        switch self {
        case .missingToken: "this route needs Authorization: Bearer TOKEN"
        case .notBearer: "the Authorization header must be of the form Bearer TOKEN"
        case .expired: "the bearer token has expired"
        case .invalid: "the bearer token is not valid"
        case .invalidClaims(let reason): "the bearer token's claims are not valid: \(reason)"
        }
    }
}
