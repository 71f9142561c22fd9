/// String and block string tokens: graphql-js `readString`, `readBlockString` and the
/// escape readers. Escapes and dedented lines are written into one byte buffer per string.
extension Lexer {
    /// `StringValue :: " StringCharacter* "`
    mutating func readString(from start: Int) throws(GraphQLSyntaxError) -> Token {
        var position = start + 1
        var chunkStart = position
        var decoded: [UInt8] = []
        var hasEscape = false
        var widthCorrection = 0

        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let value: String
                if hasEscape {
                    decoded.append(contentsOf: bytes[chunkStart..<position])
                    value = String(decoding: decoded, as: UTF8.self)
                } else {
                    value = String(decoding: bytes[chunkStart..<position], as: UTF8.self)
                }
                let token = makeToken(.string, start, position + 1, value)
                lineWidthCorrection += widthCorrection
                return token
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscape {
                    hasEscape = true
                    decoded.reserveCapacity(64)
                }
                decoded.append(contentsOf: bytes[chunkStart..<position])
                let size: Int
                if byteAt(position + 1) == UInt8(ascii: "u") {
                    size = byteAt(position + 2) == UInt8(ascii: "{")
                        ? try readVariableWidthUnicodeEscape(at: position, into: &decoded)
                        : try readFixedWidthUnicodeEscape(at: position, into: &decoded)
                } else {
                    size = try readCharacterEscape(at: position, into: &decoded)
                }
                position += size
                chunkStart = position
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                break
            }
            if byte < 0x80 {
                position += 1
            } else if let scalar = UTF8Scalar.decode(bytes, at: position) {
                position += scalar.length
                widthCorrection += scalar.length - (scalar.value > 0xFFFF ? 2 : 1)
            } else {
                throw error(at: position, "Invalid UTF-8 sequence.")
            }
        }
        throw error(at: position, "Unterminated string.")
    }

    /// `EscapedUnicode :: { HexDigit+ }` (at most 8 digits, a scalar value); returns its size.
    ///
    /// Mirrors graphql-js exactly, including that its 32-bit arithmetic stops at a digit that
    /// makes the value negative, which decides how much of the escape the message quotes.
    private func readVariableWidthUnicodeEscape(at position: Int, into buffer: inout [UInt8]) throws(GraphQLSyntaxError) -> Int {
        var point = 0
        var size = 3
        while size < 12 {
            let byte = byteAt(position + size)
            size += 1
            if byte == UInt8(ascii: "}") {
                guard size >= 5, UInt32(point).isUnicodeScalarValue else { break }
                appendUTF8(UInt32(point), to: &buffer)
                return size
            }
            let digit = byte.hexDigitValue
            if digit < 0 { break }
            point = (point << 4) | digit
            if point > Int(Int32.max) { break }
        }
        throw error(at: position, "Invalid Unicode escape sequence: \"\(text(from: position, utf16Units: size))\".")
    }

    /// `EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit`, or a JSON-style surrogate pair
    /// `\uD83D\uDE00` when the two form a valid pair; returns its size.
    private func readFixedWidthUnicodeEscape(at position: Int, into buffer: inout [UInt8]) throws(GraphQLSyntaxError) -> Int {
        let code = hexCode(at: position + 2)
        if code >= 0, UInt32(code).isUnicodeScalarValue {
            appendUTF8(UInt32(code), to: &buffer)
            return 6
        }
        if code >= 0xD800 && code <= 0xDBFF,
            byteAt(position + 6) == UInt8(ascii: "\\"), byteAt(position + 7) == UInt8(ascii: "u")
        {
            let trailing = hexCode(at: position + 8)
            if trailing >= 0xDC00 && trailing <= 0xDFFF {
                appendUTF8(UInt32(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)), to: &buffer)
                return 12
            }
        }
        throw error(at: position, "Invalid Unicode escape sequence: \"\(text(from: position, utf16Units: 6))\".")
    }

    /// `EscapedCharacter :: one of " \ / b f n r t`; returns its size.
    private func readCharacterEscape(at position: Int, into buffer: inout [UInt8]) throws(GraphQLSyntaxError) -> Int {
        let character: UInt8
        switch byteAt(position + 1) {
        case UInt8(ascii: "\""): character = UInt8(ascii: "\"")
        case UInt8(ascii: "/"): character = UInt8(ascii: "/")
        case UInt8(ascii: "\\"): character = UInt8(ascii: "\\")
        case UInt8(ascii: "b"): character = 0x08
        case UInt8(ascii: "f"): character = 0x0C
        case UInt8(ascii: "n"): character = UInt8(ascii: "\n")
        case UInt8(ascii: "r"): character = UInt8(ascii: "\r")
        case UInt8(ascii: "t"): character = UInt8(ascii: "\t")
        default:
            throw error(at: position, "Invalid character escape sequence: \"\(text(from: position, utf16Units: 2))\".")
        }
        buffer.append(character)
        return 2
    }

    /// graphql-js `read16BitHexCode`: four hex digits' value, or negative.
    private func hexCode(at position: Int) -> Int {
        let digits = (byteAt(position).hexDigitValue, byteAt(position + 1).hexDigitValue,
                      byteAt(position + 2).hexDigitValue, byteAt(position + 3).hexDigitValue)
        guard digits.0 >= 0, digits.1 >= 0, digits.2 >= 0, digits.3 >= 0 else { return -1 }
        return digits.0 << 12 | digits.1 << 8 | digits.2 << 4 | digits.3
    }

    /// The source text from `position` spanning `utf16Units` UTF-16 units (less at the end),
    /// as graphql-js quotes `body.slice(position, position + size)` in escape messages.
    private func text(from position: Int, utf16Units: Int) -> String {
        var end = position
        var units = 0
        while units < utf16Units, end < bytes.count {
            if let scalar = UTF8Scalar.decode(bytes, at: end) {
                end += scalar.length
                units += scalar.value > 0xFFFF ? 2 : 1
            } else {
                end += 1
                units += 1
            }
        }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    /// `StringValue :: """ BlockStringCharacter* """`, its value the spec's
    /// `BlockStringValue()` of the raw lines.
    mutating func readBlockString(from start: Int) throws(GraphQLSyntaxError) -> Token {
        var currentLineStart = lineStart
        var currentWidthCorrection = lineWidthCorrection
        var position = start + 3
        var chunkStart = position
        var raw: [UInt8] = []
        var lines: [Range<Int>] = []
        var rawLineStart = 0

        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\""), byteAt(position + 1) == UInt8(ascii: "\""), byteAt(position + 2) == UInt8(ascii: "\"") {
                raw.append(contentsOf: bytes[chunkStart..<position])
                lines.append(rawLineStart..<raw.count)
                let token = makeToken(.blockString, start, position + 3, BlockString.value(ofRaw: raw, lines: lines))
                line += lines.count - 1
                lineStart = currentLineStart
                lineWidthCorrection = currentWidthCorrection
                return token
            }
            if byte == UInt8(ascii: "\\"), byteAt(position + 1) == UInt8(ascii: "\""),
                byteAt(position + 2) == UInt8(ascii: "\""), byteAt(position + 3) == UInt8(ascii: "\"")
            {
                raw.append(contentsOf: bytes[chunkStart..<position])
                chunkStart = position + 1
                position += 4
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                raw.append(contentsOf: bytes[chunkStart..<position])
                lines.append(rawLineStart..<raw.count)
                rawLineStart = raw.count
                position += byte == UInt8(ascii: "\r") && byteAt(position + 1) == UInt8(ascii: "\n") ? 2 : 1
                chunkStart = position
                currentLineStart = position
                currentWidthCorrection = 0
                continue
            }
            if byte < 0x80 {
                position += 1
            } else if let scalar = UTF8Scalar.decode(bytes, at: position) {
                position += scalar.length
                currentWidthCorrection += scalar.length - (scalar.value > 0xFFFF ? 2 : 1)
            } else {
                throw error(at: position, "Invalid UTF-8 sequence.")
            }
        }
        throw error(at: position, "Unterminated string.")
    }
}

/// Appends the UTF-8 encoding of a Unicode scalar value.
func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
        buffer.append(UInt8(scalar))
    case 0x80..<0x800:
        buffer.append(UInt8(0xC0 | scalar >> 6))
        buffer.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
        buffer.append(UInt8(0xE0 | scalar >> 12))
        buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
        buffer.append(UInt8(0x80 | scalar & 0x3F))
    default:
        buffer.append(UInt8(0xF0 | scalar >> 18))
        buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
        buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
        buffer.append(UInt8(0x80 | scalar & 0x3F))
    }
}
