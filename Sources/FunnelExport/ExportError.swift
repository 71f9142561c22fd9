public import FunnelSchema

/// Why an export could not be written; rendered by the CLI (option names) and the HTTP
/// route (query parameter names, status codes).
public enum ExportError: Error, Sendable, Equatable {
    /// A parameter's problem, e.g. `from`: "2026-02-30": Date must be a real calendar date.
    public struct Problem: Sendable, Equatable {
        public let parameter: ExportParameter
        public let message: String

        public init(parameter: ExportParameter, message: String) {
            self.parameter = parameter
            self.message = message
        }
    }

    case unknownTable(String)
    case unknownFormat(String)
    case invalidRequest([Problem])
    /// The table's root field is not in this build's schema yet.
    case notAvailable(ExportKind)
    /// The engine answered with errors (e.g. FORBIDDEN): the table would be incomplete.
    case query([GraphQLError])
    /// The response lacked something the document asks for: a bug, not the user's doing.
    case unexpectedResponse(path: String)
    case writeFailed(String)
    /// A document of `sql/exports/` is missing or unreadable: an installation problem.
    case documentUnreadable(path: String)

    /// One line per problem, parameters named by `name` (`--from` or `from`).
    public func lines(naming name: (ExportParameter) -> String) -> [String] {
        switch self {
        case .unknownTable(let table):
            ["unknown table \"\(table)\": one of \(ExportKind.allCases.map(\.rawValue).joined(separator: ", "))"]
        case .unknownFormat(let format):
            ["unknown format \"\(format)\": one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))"]
        case .invalidRequest(let problems):
            problems.map { "\(name($0.parameter)): \($0.message)" }
        case .notAvailable(let kind):
            ["the \(kind.rawValue) table is not available in this build yet (the schema has no `\(kind.rootField)` field)"]
        case .query(let errors):
            errors.map { "\($0.code.rawValue): \($0.message)" }
        case .unexpectedResponse(let path):
            ["internal error: the response has no \(path)"]
        case .writeFailed(let reason):
            ["internal error: \(reason)"]
        case .documentUnreadable(let path):
            ["cannot read the export document \(path); run from the repository or set FUNNELHOUSE_SQL_DIR"]
        }
    }

    /// Whether the caller can act on it (CLI exit 1) rather than an internal failure (exit 2).
    public var isUserError: Bool {
        switch self {
        case .unknownTable, .unknownFormat, .invalidRequest, .notAvailable: true
        case .query(let errors): errors.allSatisfy { [.forbidden, .badUserInput, .timeout, .unauthenticated].contains($0.code) }
        case .unexpectedResponse, .writeFailed, .documentUnreadable: false
        }
    }
}
