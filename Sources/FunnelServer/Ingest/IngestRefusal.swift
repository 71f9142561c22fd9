import FunnelContract
import FunnelPlanner
import HTTPTypes

/// Why `POST /ingest` wrote nothing. Each case carries its HTTP status and its message;
/// `IngestResponse` renders them all.
enum IngestRefusal: Error, Sendable {
    /// Unreachable behind `BearerAuthentication`; refused rather than guessed (401).
    case unauthenticated
    /// Only admin tokens ingest (403).
    case notAdmin(AccessScope.Role)
    /// Neither NDJSON nor multipart/form-data (415).
    case unsupportedMediaType(String?)
    /// Over the configured limit (413).
    case bodyTooLarge(limit: Int)
    /// The multipart framing is broken, so no file can be read (400).
    case malformedMultipart(MultipartFormData.Problem)
    /// A body without any record or file (400).
    case empty
    case unreadableBody(String)
    /// The records break the data contract: every problem (at most 100 kept) and their number (422).
    case rejected([ContractProblem], total: Int)
    /// The warehouse failed; the details go to the log only (500).
    case database

    var status: HTTPResponse.Status {
        switch self {
        case .unauthenticated: .unauthorized
        case .notAdmin: .forbidden
        case .unsupportedMediaType: .unsupportedMediaType
        case .bodyTooLarge: .contentTooLarge
        case .malformedMultipart, .empty, .unreadableBody: .badRequest
        case .rejected: .unprocessableContent
        case .database: .internalServerError
        }
    }

    var code: String {
        switch self {
        case .unauthenticated: "UNAUTHENTICATED"
        case .notAdmin: "FORBIDDEN"
        case .database: "INTERNAL"
        default: "BAD_USER_INPUT"
        }
    }

    var message: String {
        switch self {
        case .unauthenticated: "this route needs Authorization: Bearer TOKEN"
        case .notAdmin(let role): "POST /ingest needs an admin token (this token's role is \(role.rawValue))"
        case .unsupportedMediaType(let type):
            "POST /ingest needs Content-Type application/x-ndjson or multipart/form-data (got \(type.map { "'\($0)'" } ?? "none"))"
        case .bodyTooLarge(let limit): "request body exceeds the ingest limit of \(limit) bytes"
        case .malformedMultipart(let problem): "multipart/form-data body: \(problem)"
        case .empty: "the body holds no records"
        case .unreadableBody(let reason): reason
        case .rejected(_, let total): "the data set breaks the data contract in \(total) place\(total == 1 ? "" : "s"); nothing was written"
        case .database: "the warehouse could not take the data set; nothing was written"
        }
    }
}
