/// Parses executable GraphQL documents: `Parser.parse(Source(text))`.
public enum Parser {
    /// The document in `source`, or the first syntax error in it.
    ///
    /// `limits` are enforced while parsing: the size before the first byte is lexed, the
    /// token count as tokens are read, the nesting depth as brackets open.
    public static func parse(_ source: Source, limits: ParseLimits = .default) throws(GraphQLSyntaxError) -> Document {
        if source.bytes.count > limits.maxBytes {
            throw GraphQLSyntaxError(
                "Document contains more than \(limits.maxBytes) bytes. Parsing aborted.",
                at: max(0, limits.maxBytes),
                in: source.bytes
            )
        }
        var parser = DocumentParser(bytes: source.bytes, limits: limits)
        return try parser.parseDocument()
    }
}
