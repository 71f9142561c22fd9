/// A document the parser refuses, with graphql-js's message and the place to look.
///
/// `message` carries graphql-js's wording, prefix and final period included
/// (`Syntax Error: Expected Name, found "}".`), so clients comparing messages across
/// servers see the same text.
public struct GraphQLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// 1-based line of `offset`.
    public let line: Int
    /// 1-based column of `offset`, in UTF-16 code units as graphql-js counts.
    public let column: Int
    /// Byte offset into the source.
    public let offset: Int

    public init(message: String, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// An error at `offset` of `bytes`; `description` is the text after `Syntax Error: `.
    init(_ description: String, at offset: Int, in bytes: [UInt8]) {
        let position = SourcePosition(of: offset, in: bytes)
        self.init(message: "Syntax Error: " + description, line: position.line, column: position.column, offset: offset)
    }

    public var description: String { "\(line):\(column): \(message)" }

    /// `description`, the source line the error is on, and a caret under the column:
    ///
    ///     1:7: Syntax Error: Unexpected character: "%".
    ///     { a(x: %) }
    ///           ^
    ///
    /// The caret line repeats the tabs of the source line before the error and puts one space
    /// for every other character, so it lines up in a terminal. Of a line longer than 120
    /// characters only the 80-character piece holding the error is shown.
    public func rendered(in source: Source) -> String {
        let text = SourcePosition.lineText(containing: offset, in: source.bytes)
        return description + "\n" + text.line + "\n" + text.caretPrefix + "^"
    }
}
