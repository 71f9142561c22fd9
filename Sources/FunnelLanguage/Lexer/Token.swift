/// One lexed token: its kind, where it stands, and for names, numbers, strings and comments
/// its value (strings decoded, block strings dedented).
public struct Token: Sendable, Equatable {
    public let kind: TokenKind
    /// Byte offset of the first byte.
    public let start: Int
    /// Byte offset just past the last byte.
    public let end: Int
    public let line: Int
    /// 1-based, in UTF-16 code units like graphql-js.
    public let column: Int
    public let value: String?

    public init(kind: TokenKind, start: Int, end: Int, line: Int, column: Int, value: String? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.value = value
    }

    /// graphql-js `getTokenDesc`: `Name "x"`, `"}"`, `<EOF>`.
    var messageDescription: String {
        kind.messageDescription + (value.map { " \"\($0)\"" } ?? "")
    }
}

/// A token's kind and place without its value: what the lexer keeps and the parser moves
/// past. Plain data, so copying one costs no reference counting; names and numbers are read
/// from the source, and a string's decoded value is kept beside it, only when asked.
struct TokenSpan {
    let kind: TokenKind
    let start: Int
    let end: Int
    let line: Int
    let column: Int

    /// Where the token starts: all a node needs of its first token.
    var mark: TokenMark { TokenMark(start: start, line: line, column: column) }
}

/// The start of a token, cheap to keep while a node is parsed.
struct TokenMark {
    let start: Int
    let line: Int
    let column: Int
}
