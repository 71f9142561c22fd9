/// The spec's block string rules: `BlockStringValue()` for the lexer and graphql-js
/// `printBlockString` for the printer.
enum BlockString {
    /// graphql-js `dedentBlockStringLines` joined with `\n`: the common indentation of all
    /// lines but the first is removed, then leading and trailing blank lines.
    ///
    /// `lines` are ranges of `raw`. Indentation is spaces and tabs, one byte each, so byte
    /// counts equal graphql-js's UTF-16 counts here.
    static func value(ofRaw raw: [UInt8], lines: [Range<Int>]) -> String {
        var commonIndent = Int.max
        var firstNonEmptyLine: Int?
        var lastNonEmptyLine = -1
        for (index, line) in lines.enumerated() {
            var indent = 0
            while indent < line.count, raw[line.lowerBound + indent].isIndentation {
                indent += 1
            }
            if indent == line.count { continue }
            if firstNonEmptyLine == nil { firstNonEmptyLine = index }
            lastNonEmptyLine = index
            if index != 0 && indent < commonIndent {
                commonIndent = indent
            }
        }
        guard let first = firstNonEmptyLine else { return "" }
        var value: [UInt8] = []
        value.reserveCapacity(raw.count)
        for index in first...lastNonEmptyLine {
            let line = lines[index]
            if index != first { value.append(UInt8(ascii: "\n")) }
            let start = index == 0 ? line.lowerBound : line.lowerBound + min(commonIndent, line.count)
            value.append(contentsOf: raw[start..<line.upperBound])
        }
        return String(decoding: value, as: UTF8.self)
    }

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
