/// Line and column of a byte offset, computed the way graphql-js `getLocation` does.
///
/// Lines end at `\r\n`, `\n` or `\r`; columns count UTF-16 code units. Only errors need
/// this, so it walks the source from the start instead of making every token pay for it.
struct SourcePosition: Equatable {
    let line: Int
    let column: Int

    init(of offset: Int, in bytes: [UInt8]) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n"), index + 1 < end {
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        self.line = line
        self.column = 1 + UTF8Scalar.utf16Length(of: bytes, from: lineStart, to: end)
    }

    /// The text of the line holding `offset` (without its terminator) and the whitespace that
    /// puts a caret under `offset` in that line.
    ///
    /// A line longer than 120 characters (a minified document) is cut, as graphql-js's
    /// `printSourceLocation` does, to the 80-character piece holding the error.
    static func lineText(containing offset: Int, in bytes: [UInt8]) -> (line: String, caretPrefix: String) {
        let clamped = min(max(offset, 0), bytes.count)
        var start = clamped
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n"), bytes[start - 1] != UInt8(ascii: "\r") {
            start -= 1
        }
        var end = clamped
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") {
            end += 1
        }
        var line = Array(String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
        var errorIndex = String(decoding: bytes[start..<clamped], as: UTF8.self).unicodeScalars.count
        if line.count > 120 {
            let pieceStart = errorIndex / 80 * 80
            line = Array(line[pieceStart..<min(pieceStart + 80, line.count)])
            errorIndex -= pieceStart
        }
        // Byte order marks are invisible in a terminal; showing them would shift the caret.
        var text = String.UnicodeScalarView()
        text.append(contentsOf: line.lazy.filter { $0 != "\u{FEFF}" })
        var caretPrefix = String.UnicodeScalarView()
        for scalar in line.prefix(errorIndex) where scalar != "\u{FEFF}" {
            caretPrefix.append(scalar == "\t" ? "\t" : " ")
        }
        return (String(text), String(caretPrefix))
    }
}
