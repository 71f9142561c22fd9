/// Turns the bytes of a `Source` into tokens, one `advance()` at a time, as graphql-js's
/// `Lexer` does: comments are skipped, and after the end the lexer keeps returning `<EOF>`.
///
/// It reads UTF-8 bytes directly. Only strings, block strings, comments and byte order marks
/// may hold non-ASCII text; those places decode it strictly and report malformed bytes as
/// `Invalid UTF-8 sequence.`, since a source that is not Unicode text is not GraphQL.
///
/// Inside, a token is a `TokenSpan` (kind and place): names and numbers are read from the
/// source only when someone asks for their value, and a string's value, decoded while
/// lexing, is kept beside the span.
public struct Lexer: Sendable {
    /// The bytes and the rules that find where a token ends in them.
    let text: SourceText
    var bytes: [UInt8] { text.bytes }
    /// The current token; `<SOF>` before the first `advance()`.
    private(set) var current: TokenSpan
    /// The token before the current one: where the node being parsed ends.
    private(set) var previous: TokenSpan
    /// The decoded value of `current` when it is a string or block string.
    private(set) var currentString: String?
    private var previousString: String?
    /// The value of the string token just read, until `step()` moves it to `currentString`.
    var lexedString: String?
    var line = 1
    /// Byte offset where the current line starts.
    var lineStart = 0
    /// Bytes minus UTF-16 code units between `lineStart` and the scan position, so a token's
    /// graphql-js column costs one subtraction.
    var lineWidthCorrection = 0
    /// Reused for strings with escapes and for block strings, so those cost no allocation
    /// beyond their value.
    var scratch: [UInt8] = []
    /// Reused for the lines of a block string.
    var blockLines: [BlockStringLine] = []

    /// The current token; `<SOF>` before the first `advance()`.
    public var token: Token { token(current, string: currentString) }
    /// The token before the current one.
    public var lastToken: Token { token(previous, string: previousString) }

    public init(_ source: Source) {
        self.init(bytes: source.bytes)
    }

    init(bytes: [UInt8]) {
        self.text = SourceText(bytes: bytes)
        // graphql-js puts <SOF> at line 0, column 0; here it stands where the source starts.
        let start = TokenSpan(kind: .startOfFile, start: 0, end: 0, line: 1, column: 1)
        self.current = start
        self.previous = start
    }

    /// Moves to the next token that is not a comment and returns it.
    @discardableResult
    public mutating func advance() throws(GraphQLSyntaxError) -> Token {
        try step()
        return token
    }

    /// `advance()` without building the public `Token`: what the parser calls.
    @inline(__always)
    mutating func step() throws(GraphQLSyntaxError) {
        if current.kind != .endOfFile {
            let next = try readNextToken(from: current.end)
            previous = current
            current = next
            if currentString != nil || lexedString != nil {
                previousString = currentString
                currentString = lexedString
                lexedString = nil
            } else if previousString != nil {
                previousString = nil
            }
        } else {
            previous = current
            previousString = nil
        }
    }

    /// The token after the current one, without moving.
    public func lookahead() throws(GraphQLSyntaxError) -> Token {
        var copy = self
        return try copy.advance()
    }

    /// The public form of `span`, its value read from the source (names, numbers) or `string`.
    func token(_ span: TokenSpan, string: String?) -> Token {
        let value: String?
        switch span.kind {
        case .name, .int, .float: value = text.string(of: span)
        case .string, .blockString: value = string
        default: value = nil
        }
        return Token(kind: span.kind, start: span.start, end: span.end, line: span.line, column: span.column, value: value)
    }

    /// Whether the current token's value is `word`, whatever its kind (graphql-js compares
    /// `token.value`, so the string `"on"` counts too).
    func currentValue(is word: StaticString) -> Bool {
        switch current.kind {
        case .name, .int, .float: text.span(current, reads: word)
        case .string, .blockString: currentString.map { $0 == word.description } ?? false
        default: false
        }
    }

    // MARK: - Reading tokens

    /// graphql-js `readNextToken`: skips ignored tokens (white space, line terminators,
    /// commas, byte order marks, comments), then reads one token.
    @inline(__always)
    private mutating func readNextToken(from start: Int) throws(GraphQLSyntaxError) -> TokenSpan {
        // `text.bytes` is read in place: a local copy of the array would cost a retain and a
        // release per token.
        let count = text.bytes.count
        var position = start
        while position < count {
            let byte = text.bytes[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","):
                position += 1
                continue
            case UInt8(ascii: "\n"):
                position += 1
                startLine(at: position)
                continue
            case UInt8(ascii: "\r"):
                position += text.byteAt(position + 1) == UInt8(ascii: "\n") ? 2 : 1
                startLine(at: position)
                continue
            case 0xEF where text.byteAt(position + 1) == 0xBB && text.byteAt(position + 2) == 0xBF:
                // U+FEFF, the byte order mark: three bytes, one UTF-16 unit.
                position += 3
                lineWidthCorrection += 2
                continue
            case UInt8(ascii: "#"):
                position = try text.endOfComment(from: position)
                continue
            case UInt8(ascii: "!"): return makeToken(.bang, position, position + 1)
            case UInt8(ascii: "$"): return makeToken(.dollar, position, position + 1)
            case UInt8(ascii: "&"): return makeToken(.ampersand, position, position + 1)
            case UInt8(ascii: "("): return makeToken(.parenLeft, position, position + 1)
            case UInt8(ascii: ")"): return makeToken(.parenRight, position, position + 1)
            case UInt8(ascii: ":"): return makeToken(.colon, position, position + 1)
            case UInt8(ascii: "="): return makeToken(.equals, position, position + 1)
            case UInt8(ascii: "@"): return makeToken(.at, position, position + 1)
            case UInt8(ascii: "["): return makeToken(.bracketLeft, position, position + 1)
            case UInt8(ascii: "]"): return makeToken(.bracketRight, position, position + 1)
            case UInt8(ascii: "{"): return makeToken(.braceLeft, position, position + 1)
            case UInt8(ascii: "|"): return makeToken(.pipe, position, position + 1)
            case UInt8(ascii: "}"): return makeToken(.braceRight, position, position + 1)
            case UInt8(ascii: ".") where text.byteAt(position + 1) == UInt8(ascii: ".") && text.byteAt(position + 2) == UInt8(ascii: "."):
                return makeToken(.spread, position, position + 3)
            case UInt8(ascii: "\""):
                if text.byteAt(position + 1) == UInt8(ascii: "\"") && text.byteAt(position + 2) == UInt8(ascii: "\"") {
                    return try readBlockString(from: position)
                }
                return try readString(from: position)
            default:
                if byte.isDigit || byte == UInt8(ascii: "-") {
                    let (end, isFloat) = try text.endOfNumber(from: position)
                    return makeToken(isFloat ? .float : .int, position, end)
                }
                if byte.isNameStart {
                    return makeToken(.name, position, text.endOfName(from: position))
                }
                if byte == UInt8(ascii: "'") {
                    throw text.error(at: position, "Unexpected single quote character ('), did you mean to use a double quote (\")?")
                }
                throw text.characterError(at: position) { "Unexpected character: \($0)." }
            }
        }
        return makeToken(.endOfFile, count, count)
    }

    // MARK: - Positions

    private mutating func startLine(at position: Int) {
        line += 1
        lineStart = position
        lineWidthCorrection = 0
    }

    @inline(__always)
    func makeToken(_ kind: TokenKind, _ start: Int, _ end: Int) -> TokenSpan {
        TokenSpan(kind: kind, start: start, end: end, line: line, column: 1 + start - lineStart - lineWidthCorrection)
    }
}
