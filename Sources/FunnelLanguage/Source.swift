/// The text of one GraphQL document, held as the UTF-8 bytes the lexer reads.
///
/// Requests arrive as bytes, so the parser works on bytes: a `Source` built from bytes may
/// hold invalid UTF-8, which the lexer reports as a syntax error at the offending byte.
public struct Source: Sendable {
    /// How error messages and the `format` command name this document (a file path, or
    /// "GraphQL request" as graphql-js says).
    public let name: String
    /// The document's bytes, exactly as given.
    public let bytes: [UInt8]

    public init(_ text: String, name: String = "GraphQL request") {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    public init(bytes: [UInt8], name: String = "GraphQL request") {
        self.name = name
        self.bytes = bytes
    }
}
