/// The bytes of the document being lexed, with the rules that find where a token ends in
/// them and the errors that point into them.
///
/// Kept apart from `Lexer`'s moving state so that these read-only helpers are called on a
/// one-word value: a non-mutating call on the lexer from its own mutating methods copies
/// the whole lexer first.
struct SourceText: Sendable {
    let bytes: [UInt8]

    /// The source text of a name or number token (ASCII, checked by the lexer).
    func string(of span: TokenSpan) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(validatedUTF8: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]), isASCII: true)
        }
    }

    /// Whether `span`'s source text is `word` (a keyword such as `on` or `true`).
    func span(_ span: TokenSpan, reads word: StaticString) -> Bool {
        let length = span.end - span.start
        guard length == word.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
            return UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]).elementsEqual(expected)
        }
    }

    /// `Comment : # CommentChar*`; returns the offset of the line terminator or end that ends it.
    func endOfComment(from start: Int) throws(GraphQLSyntaxError) -> Int {
        var position = start + 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte < 0x80 {
                position += 1
                continue
            }
            let length = bytes.withUnsafeBufferPointer { UTF8Scalar.wellFormedLength($0, at: position) }
            if length == 0 {
                throw error(at: position, "Invalid UTF-8 sequence.")
            }
            position += length
        }
        return position
    }

    /// `Name :: NameStart NameContinue*`; returns the offset just past the name.
    func endOfName(from start: Int) -> Int {
        var position = start + 1
        while position < bytes.count, bytes[position].isNameContinue {
            position += 1
        }
        return position
    }

    /// `IntValue :: IntegerPart` and `FloatValue :: IntegerPart FractionalPart? ExponentPart?`,
    /// neither followed by `.` or a `NameStart` (graphql-js `readNumber`); returns the offset
    /// just past the number and whether it is a float.
    func endOfNumber(from start: Int) throws(GraphQLSyntaxError) -> (end: Int, isFloat: Bool) {
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
        return (position, isFloat)
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
