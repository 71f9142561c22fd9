/// One entry of a GraphQL response's `errors` list.
public struct GraphQLError: Error, Sendable, Equatable {
    /// `extensions.code` values of api.md.
    public enum Code: String, Sendable {
        case parseFailed = "GRAPHQL_PARSE_FAILED"
        case validationFailed = "GRAPHQL_VALIDATION_FAILED"
        case badUserInput = "BAD_USER_INPUT"
        case unauthenticated = "UNAUTHENTICATED"
        case forbidden = "FORBIDDEN"
        case queryTooComplex = "QUERY_TOO_COMPLEX"
        case timeout = "TIMEOUT"
        case serviceUnavailable = "SERVICE_UNAVAILABLE"
        case internalError = "INTERNAL"
    }

    public struct SourceLocation: Sendable, Equatable {
        public let line: Int
        public let column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public enum PathComponent: Sendable, Equatable {
        case field(String)
        case index(Int)
    }

    public var message: String
    public var locations: [SourceLocation]
    public var path: [PathComponent]
    public var code: Code

    public init(_ message: String, code: Code, locations: [SourceLocation] = [], path: [PathComponent] = []) {
        self.message = message
        self.code = code
        self.locations = locations
        self.path = path
    }

    /// The spec's error shape: message, locations, path, extensions.code.
    public var json: JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("message", .string(message))]
        if !locations.isEmpty {
            fields.append(("locations", .array(locations.map { .object([("line", .int($0.line)), ("column", .int($0.column))]) })))
        }
        if !path.isEmpty {
            fields.append(("path", .array(path.map {
                switch $0 {
                case .field(let name): .string(name)
                case .index(let index): .int(index)
                }
            })))
        }
        fields.append(("extensions", .object([("code", .string(code.rawValue))])))
        return .object(fields)
    }
}
