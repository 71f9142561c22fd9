import Foundation
import FunnelSchema

/// Decodes the GraphQL-over-HTTP request parameters `{query, variables, operationName}`
/// from a POST body or a GET query string.
public enum GraphQLRequestReader {
    /// Whether a `Content-Type` value is JSON: `application/json` with, at most, a UTF-8 charset.
    public static func isJSON(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let parts = contentType.split(separator: ";").map { $0.trimmingWhitespace().lowercased() }
        guard parts.first == "application/json" else { return false }
        return parts.dropFirst().allSatisfy { parameter in
            !parameter.hasPrefix("charset=") || ["utf-8", "\"utf-8\"", "utf8"].contains(parameter.dropFirst(8))
        }
    }

    /// The parameters of a POST body (already checked to be `application/json`).
    public static func request(body: some Collection<UInt8>) throws(GraphQLTransportError) -> GraphQLRequest {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: body)
        } catch {
            throw .malformedJSON(error)
        }
        guard case .object(let fields) = document else {
            throw .invalidParameter(name: "body", reason: "must be a JSON object {query, variables, operationName}")
        }
        let parameter = { (name: String) in fields.first { $0.key == name }?.value }
        let query: String
        switch parameter("query") {
        case .string(let text): query = text
        case nil, .null?: throw .invalidParameter(name: "query", reason: "is required")
        default: throw .invalidParameter(name: "query", reason: "must be a string")
        }
        let variables: JSONValue?
        switch parameter("variables") {
        case nil, .null?: variables = nil
        case .object(let values)?: variables = .object(values)
        default: throw .invalidParameter(name: "variables", reason: "must be an object")
        }
        let operationName: String?
        switch parameter("operationName") {
        case nil, .null?: operationName = nil
        case .string(let name)?: operationName = name
        default: throw .invalidParameter(name: "operationName", reason: "must be a string")
        }
        switch parameter("extensions") {
        case nil, .null?, .object?: break
        default: throw .invalidParameter(name: "extensions", reason: "must be an object")
        }
        return GraphQLRequest(query: query, variables: variables, operationName: operationName)
    }

    /// The parameters of a GET query string (`application/x-www-form-urlencoded`, `variables`
    /// as JSON text).
    public static func request(queryString: String?) throws(GraphQLTransportError) -> GraphQLRequest {
        let parameters = try formFields(queryString ?? "")
        let parameter = { (name: String) in parameters.last { $0.name == name }?.value }
        guard let query = parameter("query"), !query.isEmpty else {
            throw .invalidParameter(name: "query", reason: "is required")
        }
        var variables: JSONValue?
        if let text = parameter("variables"), !text.isEmpty {
            let value: JSONValue
            do {
                value = try JSONValue(parsing: text)
            } catch {
                throw .invalidParameter(name: "variables", reason: "is not JSON: \(error.description)")
            }
            switch value {
            case .null: variables = nil
            case .object: variables = value
            default: throw .invalidParameter(name: "variables", reason: "must be a JSON object")
            }
        }
        if let text = parameter("extensions"), !text.isEmpty {
            guard case .object? = try? JSONValue(parsing: text) else {
                throw .invalidParameter(name: "extensions", reason: "must be a JSON object")
            }
        }
        let operationName = parameter("operationName").flatMap { $0.isEmpty ? nil : $0 }
        return GraphQLRequest(query: query, variables: variables, operationName: operationName)
    }

    /// `a=1&b=x+y%20z` → [(a, 1), (b, "x y z")].
    private static func formFields(_ query: String) throws(GraphQLTransportError) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) -> String? in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else {
                throw .malformedQueryString
            }
            fields.append((name, value))
        }
        return fields
    }
}
