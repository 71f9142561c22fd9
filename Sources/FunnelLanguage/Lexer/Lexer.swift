/// Turns the bytes of a `Source` into tokens, one `advance()` at a time, as graphql-js's
/// `Lexer` does: comments are skipped, and after the end the lexer keeps returning `<EOF>`.
///
/// It reads UTF-8 bytes directly. Only strings, block strings, comments and byte order marks
/// may hold non-ASCII text; those places decode it strictly and report malformed bytes as
/// `Invalid UTF-8 sequence.`, since a source that is not Unicode text is not GraphQL.
public struct Lexer: Sendable {
    let bytes: [UInt8]
    /// The current token; `<SOF>` before the first `advance()`.
    public private(set) var token: Token
    /// The token before the current one: where the node being parsed ends.
    public private(set) var lastToken: Token
    var line = 1
    /// Byte offset where the current line starts.
    var lineStart = 0
    /// Bytes minus UTF-16 code units between `lineStart` and the scan position, so a token's
    /// graphql-js column costs one subtraction.
    var lineWidthCorrection = 0

    public init(_ source: Source) {
        self.init(bytes: source.bytes)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // graphql-js puts <SOF> at line 0, column 0; here it stands where the source starts.
        let start = Token(kind: .startOfFile, start: 0, end: 0, line: 1, column: 1)
        self.token = start
        self.lastToken = start
    }

    /// Moves to the next token that is not a comment and returns it.
    @discardableResult
    public mutating func advance() throws(GraphQLSyntaxError) -> Token {
        if token.kind != .endOfFile {
            let next = try readNextToken(from: token.end)
            swap(&lastToken, &token)
            token = next
        } else {
            lastToken = token
        }
        return token
    }

    /// The token after the current one, without moving.
    public func lookahead() throws(GraphQLSyntaxError) -> Token {
        var copy = self
        return try copy.advance()
    }

    // MARK: - Reading tokens

    /// graphql-js `readNextToken`: skips ignored tokens (white space, line terminators,
    /// commas, byte order marks, comments), then reads one token.
    private mutating func readNextToken(from start: Int) throws(GraphQLSyntaxError) -> Token {
        let count = bytes.count
        var position = start
        while position < count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","):
                position += 1
                continue
            case UInt8(ascii: "\n"):
                position += 1
                startLine(at: position)
                continue
            case UInt8(ascii: "\r"):
                position += byteAt(position + 1) == UInt8(ascii: "\n") ? 2 : 1
                startLine(at: position)
                continue
            case 0xEF where byteAt(position + 1) == 0xBB && byteAt(position + 2) == 0xBF:
                // U+FEFF, the byte order mark: three bytes, one UTF-16 unit.
                position += 3
                lineWidthCorrection += 2
                continue
            case UInt8(ascii: "#"):
                position = try endOfComment(from: position)
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
            case UInt8(ascii: ".") where byteAt(position + 1) == UInt8(ascii: ".") && byteAt(position + 2) == UInt8(ascii: "."):
                return makeToken(.spread, position, position + 3)
            case UInt8(ascii: "\""):
                if byteAt(position + 1) == UInt8(ascii: "\"") && byteAt(position + 2) == UInt8(ascii: "\"") {
                    return try readBlockString(from: position)
                }
                return try readString(from: position)
            default:
                if byte.isDigit || byte == UInt8(ascii: "-") {
                    return try readNumber(from: position)
                }
                if byte.isNameStart {
                    return readName(from: position)
                }
                if byte == UInt8(ascii: "'") {
                    throw error(at: position, "Unexpected single quote character ('), did you mean to use a double quote (\")?")
                }
                throw characterError(at: position) { "Unexpected character: \($0)." }
            }
        }
        return makeToken(.endOfFile, count, count)
    }

    /// `Comment : # CommentChar*`; returns the offset of the line terminator or end that ends it.
    private func endOfComment(from start: Int) throws(GraphQLSyntaxError) -> Int {
        var position = start + 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte < 0x80 {
                position += 1
            } else if let scalar = UTF8Scalar.decode(bytes, at: position) {
                position += scalar.length
            } else {
                throw error(at: position, "Invalid UTF-8 sequence.")
            }
        }
        return position
    }

    /// `Name :: NameStart NameContinue*`
    private func readName(from start: Int) -> Token {
        var position = start + 1
        while position < bytes.count, bytes[position].isNameContinue {
            position += 1
        }
        return makeToken(.name, start, position, String(decoding: bytes[start..<position], as: UTF8.self))
    }

    /// `IntValue :: IntegerPart` and `FloatValue :: IntegerPart FractionalPart? ExponentPart?`,
    /// neither followed by `.` or a `NameStart` (graphql-js `readNumber`).
    private func readNumber(from start: Int) throws(GraphQLSyntaxError) -> Token {
        var position = start
        var byte = bytes[position]
        var isFloat = false

        if byte == UInt8(ascii: "-") {
            position += 1
            byte = byteAt(position)
        }
        if byte == UInt8(ascii: "0") {
            position += 1
            byte = byteAt(position)
            if byte.isDigit {
                throw characterError(at: position) { "Invalid number, unexpected digit after 0: \($0)." }
            }
        } else {
            position = try endOfDigits(from: position)
            byte = byteAt(position)
        }
        if byte == UInt8(ascii: ".") {
            isFloat = true
            position = try endOfDigits(from: position + 1)
            byte = byteAt(position)
        }
        if byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e") {
            isFloat = true
            position += 1
            byte = byteAt(position)
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                position += 1
            }
            position = try endOfDigits(from: position)
            byte = byteAt(position)
        }
        if position < bytes.count, byte == UInt8(ascii: ".") || byte.isNameStart {
            throw characterError(at: position) { "Invalid number, expected digit but got: \($0)." }
        }
        return makeToken(isFloat ? .float : .int, start, position, String(decoding: bytes[start..<position], as: UTF8.self))
    }

    /// graphql-js `readDigits`: one or more digits, else an error at `start`.
    private func endOfDigits(from start: Int) throws(GraphQLSyntaxError) -> Int {
        guard start < bytes.count, bytes[start].isDigit else {
            throw characterError(at: start) { "Invalid number, expected digit but got: \($0)." }
        }
        var position = start + 1
        while position < bytes.count, bytes[position].isDigit {
            position += 1
        }
        return position
    }

    // MARK: - Positions

    private mutating func startLine(at position: Int) {
        line += 1
        lineStart = position
        lineWidthCorrection = 0
    }

    func makeToken(_ kind: TokenKind, _ start: Int, _ end: Int, _ value: String? = nil) -> Token {
        Token(kind: kind, start: start, end: end, line: line, column: 1 + start - lineStart - lineWidthCorrection, value: value)
    }

    /// The byte at `index`, or 0 past the end (graphql-js reads `NaN` there; no rule that
    /// looks ahead accepts either).
    @inline(__always)
    func byteAt(_ index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    func error(at offset: Int, _ description: String) -> GraphQLSyntaxError {
        GraphQLSyntaxError(description, at: offset, in: bytes)
    }

    /// An error about the character at `offset`, described as graphql-js `printCodePointAt`
    /// does (`"x"`, `'"'`, `U+00E9`, `<EOF>`); malformed UTF-8 there is reported as such instead.
    func characterError(at offset: Int, _ describe: (String) -> String) -> GraphQLSyntaxError {
        guard offset < bytes.count else { return error(at: offset, describe(TokenKind.endOfFile.rawValue)) }
        guard let scalar = UTF8Scalar.decode(bytes, at: offset) else {
            return error(at: offset, "Invalid UTF-8 sequence.")
        }
        let printed: String
        if scalar.value >= 0x20 && scalar.value <= 0x7E {
            printed = scalar.value == 0x22 ? "'\"'" : "\"\(Character(Unicode.Scalar(UInt8(scalar.value))))\""
        } else {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            printed = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return error(at: offset, describe(printed))
    }
}
