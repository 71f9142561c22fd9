/// Where a node stands in its source: from the start of its first token to the end of its
/// last, with the first token's line and column as graphql-js reports them.
///
/// Offsets are byte offsets into `Source.bytes`; `column` counts UTF-16 code units from the
/// start of the line, like graphql-js. Locations take no part in node equality.
public struct Location: Sendable, CustomStringConvertible {
    public let start: Int
    public let end: Int
    /// 1-based line of `start`.
    public let line: Int
    /// 1-based column of `start`, in UTF-16 code units.
    public let column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    /// The location of a node built in code rather than parsed: it stands nowhere.
    public static let synthesized = Location(start: 0, end: 0, line: 0, column: 0)

    public var description: String { "\(line):\(column) [\(start)..<\(end)]" }
}
