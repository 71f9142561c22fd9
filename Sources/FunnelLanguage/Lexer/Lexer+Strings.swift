/// String and block string tokens: graphql-js `readString`, `readBlockString` and the
/// escape readers. Escapes and dedented lines are written into one reused byte buffer.
extension Lexer {
    /// `StringValue :: " StringCharacter* "`
    ///
    /// One pass checks the UTF-8 and finds the end; the value is then copied once, from the
    /// source (no escapes) or from `scratch` (escapes), without validating it again.
    mutating func readString(from start: Int) throws(GraphQLSyntaxError) -> TokenSpan {
        var buffer = scratch
        scratch = []
        defer {
            buffer.removeAll(keepingCapacity: true)
            scratch = buffer
        }
        let (end, value, widthCorrection) = try text.scanString(from: start, into: &buffer)
        let token = makeToken(.string, start, end)
        lineWidthCorrection += widthCorrection
        lexedString = value
        return token
    }

    /// `StringValue :: """ BlockStringCharacter* """`, its value the spec's
    /// `BlockStringValue()` of the raw lines.
    ///
    /// The first pass checks the UTF-8, finds the lines and their indentation; the second
    /// copies the kept part of each line once into `scratch`, from which the value is made
    /// without validating it again.
    mutating func readBlockString(from start: Int) throws(GraphQLSyntaxError) -> TokenSpan {
        var buffer = scratch
        var lines = blockLines
        scratch = []
        blockLines = []
        defer {
            buffer.removeAll(keepingCapacity: true)
            lines.removeAll(keepingCapacity: true)
            scratch = buffer
            blockLines = lines
        }
        let scan = try text.scanBlockString(from: start, lines: &lines, into: &buffer)
        let token = makeToken(.blockString, start, scan.end)
        if lines.count > 1 {
            line += lines.count - 1
            lineStart = lines[lines.count - 1].start
            lineWidthCorrection = scan.widthCorrection
        } else {
            lineWidthCorrection += scan.widthCorrection
        }
        lexedString = scan.value
        return token
    }
}

/// Scanning strings and block strings, and reading their escapes.
extension SourceText {
    /// The end, value and UTF-16 width correction of the string opening at `start`.
    func scanString(from start: Int, into buffer: inout [UInt8]) throws(GraphQLSyntaxError) -> (end: Int, value: String, widthCorrection: Int) {
        try bytes.withUnsafeBufferPointer { (source) throws(GraphQLSyntaxError) in
            try scanString(source, from: start, into: &buffer)
        }
    }

    private func scanString(
        _ source: UnsafeBufferPointer<UInt8>, from start: Int, into buffer: inout [UInt8]
    ) throws(GraphQLSyntaxError) -> (end: Int, value: String, widthCorrection: Int) {
        let count = source.count
        var position = start + 1
        var chunkStart = position
        var hasEscape = false
        var isASCII = true
        var widthCorrection = 0

        while position < count {
            let byte = source[position]
            if byte >= 0x80 {
                let length = UTF8Scalar.wellFormedLength(source, at: position)
                if length == 0 {
                    throw error(at: position, "Invalid UTF-8 sequence.")
                }
                isASCII = false
                widthCorrection += length - UTF8Scalar.utf16Units(ofLength: length)
                position += length
                continue
            }
            if byte == UInt8(ascii: "\"") {
                let value: String
                if hasEscape {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<position]))
                    value = buffer.withUnsafeBufferPointer { String(validatedUTF8: $0, isASCII: isASCII) }
                } else {
                    value = String(validatedUTF8: UnsafeBufferPointer(rebasing: source[chunkStart..<position]), isASCII: isASCII)
                }
                return (position + 1, value, widthCorrection)
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscape {
                    hasEscape = true
                    buffer.reserveCapacity(position - chunkStart + 64)
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<position]))
                let size: Int
                if byteAt(position + 1) == UInt8(ascii: "u") {
                    // Escaped scalars may be non-ASCII.
                    isASCII = false
                    size = byteAt(position + 2) == UInt8(ascii: "{")
                        ? try readVariableWidthUnicodeEscape(at: position, into: &buffer)
                        : try readFixedWidthUnicodeEscape(at: position, into: &buffer)
                } else {
                    size = try readCharacterEscape(at: position, into: &buffer)
                }
                position += size
                chunkStart = position
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                break
            }
            position += 1
        }
        throw error(at: position, "Unterminated string.")
    }

    /// The end and value of the block string opening at `start`, and the UTF-16 width
    /// correction of its last line.
    func scanBlockString(
        from start: Int, lines: inout [BlockStringLine], into buffer: inout [UInt8]
    ) throws(GraphQLSyntaxError) -> (end: Int, value: String, widthCorrection: Int) {
        try bytes.withUnsafeBufferPointer { (source) throws(GraphQLSyntaxError) in
            try scanBlockString(source, from: start, lines: &lines, into: &buffer)
        }
    }

    private func scanBlockString(
        _ source: UnsafeBufferPointer<UInt8>, from start: Int, lines: inout [BlockStringLine], into buffer: inout [UInt8]
    ) throws(GraphQLSyntaxError) -> (end: Int, value: String, widthCorrection: Int) {
        let count = source.count
        var position = start + 3
        var layout = BlockStringLayout()
        var lineBegin = position
        var indent = 0
        var isBlank = true
        var lineHasEscape = false
        var isASCII = true
        var widthCorrection = 0

        while position < count {
            let byte = source[position]
            if byte >= 0x80 {
                let length = UTF8Scalar.wellFormedLength(source, at: position)
                if length == 0 {
                    throw error(at: position, "Invalid UTF-8 sequence.")
                }
                isBlank = false
                isASCII = false
                widthCorrection += length - UTF8Scalar.utf16Units(ofLength: length)
                position += length
                continue
            }
            if byte == UInt8(ascii: "\""), byteAt(position + 1) == UInt8(ascii: "\""), byteAt(position + 2) == UInt8(ascii: "\"") {
                layout.add(BlockStringLine(start: lineBegin, end: position, indent: indent, hasEscape: lineHasEscape), isBlank: isBlank, to: &lines)
                let value = layout.value(of: lines, in: source, isASCII: isASCII, buffer: &buffer)
                return (position + 3, value, widthCorrection)
            }
            if byte == UInt8(ascii: "\\"), byteAt(position + 1) == UInt8(ascii: "\""),
                byteAt(position + 2) == UInt8(ascii: "\""), byteAt(position + 3) == UInt8(ascii: "\"")
            {
                isBlank = false
                lineHasEscape = true
                position += 4
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                layout.add(BlockStringLine(start: lineBegin, end: position, indent: indent, hasEscape: lineHasEscape), isBlank: isBlank, to: &lines)
                position += byte == UInt8(ascii: "\r") && byteAt(position + 1) == UInt8(ascii: "\n") ? 2 : 1
                lineBegin = position
                indent = 0
                isBlank = true
                lineHasEscape = false
                widthCorrection = 0
                continue
            }
            if isBlank {
                if byte.isIndentation {
                    indent += 1
                } else {
                    isBlank = false
                }
            }
            position += 1
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
