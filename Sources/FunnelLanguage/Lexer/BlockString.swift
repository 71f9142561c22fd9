/// One raw line of a block string: where its bytes stand in the source (terminator
/// excluded), its indentation, and whether it holds an escaped triple quote `\"""`.
struct BlockStringLine: Sendable {
    let start: Int
    let end: Int
    /// Leading spaces and tabs, one byte each (so byte counts equal graphql-js's UTF-16
    /// counts); the whole line when it is blank.
    let indent: Int
    let hasEscape: Bool
}

/// The spec's `BlockStringValue()`, as graphql-js `dedentBlockStringLines` joined with `\n`:
/// the common indentation of all lines but the first is removed, then leading and trailing
/// blank lines. Gathered line by line while the lexer reads them.
struct BlockStringLayout {
    private var commonIndent = Int.max
    private var firstNonBlankLine = -1
    private var lastNonBlankLine = -1

    mutating func add(_ line: BlockStringLine, isBlank: Bool, to lines: inout [BlockStringLine]) {
        let index = lines.count
        lines.append(line)
        if isBlank { return }
        if firstNonBlankLine < 0 { firstNonBlankLine = index }
        lastNonBlankLine = index
        if index != 0 && line.indent < commonIndent {
            commonIndent = line.indent
        }
    }

    /// The value of `lines` (all of them added): each kept line's bytes are copied once, into
    /// `buffer` when there is more than one, with `\"""` written as `"""`.
    func value(
        of lines: [BlockStringLine], in source: UnsafeBufferPointer<UInt8>, isASCII: Bool, buffer: inout [UInt8]
    ) -> String {
        guard firstNonBlankLine >= 0 else { return "" }
        if firstNonBlankLine == lastNonBlankLine, !lines[firstNonBlankLine].hasEscape {
            let line = lines[firstNonBlankLine]
            let kept = UnsafeBufferPointer(rebasing: source[keptStart(of: line, at: firstNonBlankLine)..<line.end])
            return String(validatedUTF8: kept, isASCII: isASCII)
        }
        buffer.reserveCapacity(lines[lastNonBlankLine].end - lines[firstNonBlankLine].start)
        for index in firstNonBlankLine...lastNonBlankLine {
            let line = lines[index]
            if index != firstNonBlankLine {
                buffer.append(UInt8(ascii: "\n"))
            }
            var chunkStart = keptStart(of: line, at: index)
            if line.hasEscape {
                var position = chunkStart
                while position < line.end {
                    if source[position] == UInt8(ascii: "\\"), position + 3 < line.end, source[position + 1] == UInt8(ascii: "\""),
                        source[position + 2] == UInt8(ascii: "\""), source[position + 3] == UInt8(ascii: "\"")
                    {
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<position]))
                        chunkStart = position + 1
                        position += 4
                    } else {
                        position += 1
                    }
                }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<line.end]))
        }
        return buffer.withUnsafeBufferPointer { String(validatedUTF8: $0, isASCII: isASCII) }
    }

    /// Where the kept part of line `index` starts: the first line keeps its indentation.
    private func keptStart(of line: BlockStringLine, at index: Int) -> Int {
        index == 0 ? line.start : line.start + min(commonIndent, line.indent)
    }
}

/// graphql-js `printBlockString` for the printer.
enum BlockString {
    /// graphql-js 16 `printBlockString`: the value in `"""` with `"""` escaped, on its own
    /// lines when that reads better or is needed to keep the value intact.
    ///
    /// Lines split at `\r\n`, `\n` and `\r` and lengths count UTF-16 units, as in JavaScript
    /// (Python's graphql-core splits at more characters and counts code points).
    static func printed(_ value: String) -> String {
        let tripleQuote: [UInt8] = [0x22, 0x22, 0x22]
        let original = Array(value.utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(original.count + 8)
        var index = 0
        while index < original.count {
            if original[index] == UInt8(ascii: "\""), index + 2 < original.count,
                original[index + 1] == UInt8(ascii: "\""), original[index + 2] == UInt8(ascii: "\"")
            {
                escaped.append(contentsOf: #"\""""#.utf8)
                index += 3
            } else {
                escaped.append(original[index])
                index += 1
            }
        }

        var lineCount = 1
        var forceLeadingNewLine = true
        var atLineStart = false
        var previousWasCarriageReturn = false
        for byte in escaped {
            if previousWasCarriageReturn, byte == UInt8(ascii: "\n") {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lineCount += 1
                atLineStart = true
                continue
            }
            if atLineStart {
                if !byte.isIndentation { forceLeadingNewLine = false }
                atLineStart = false
            }
        }
        forceLeadingNewLine = forceLeadingNewLine && lineCount > 1
        let isSingleLine = lineCount == 1
        let hasTrailingTripleQuotes = escaped.count >= 4 && escaped[(escaped.count - 4)...].elementsEqual(#"\""""#.utf8)
        let hasTrailingQuote = original.last == UInt8(ascii: "\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = original.last == UInt8(ascii: "\\")
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || value.utf16.count > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && (original.first?.isIndentation ?? false)

        var result = tripleQuote
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine {
            result.append(UInt8(ascii: "\n"))
        }
        result.append(contentsOf: escaped)
        if printAsMultipleLines || forceTrailingNewLine {
            result.append(UInt8(ascii: "\n"))
        }
        result.append(contentsOf: tripleQuote)
        return String(decoding: result, as: UTF8.self)
    }
}
