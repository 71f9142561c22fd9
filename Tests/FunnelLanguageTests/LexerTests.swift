import FunnelLanguage
import Testing

/// The token stream: kinds, values and positions, as graphql-js's lexer yields them.
@Suite struct LexerTests {
    private func tokens(_ text: String) throws -> [Token] {
        var lexer = Lexer(Source(text))
        var tokens: [Token] = []
        while try lexer.advance().kind != .endOfFile {
            tokens.append(lexer.token)
        }
        tokens.append(lexer.token)
        return tokens
    }

    @Test func tokenKindsAreNamedAsInMessages() {
        #expect(TokenKind.endOfFile.rawValue == "<EOF>")
        #expect(TokenKind.spread.rawValue == "...")
        #expect(TokenKind.blockString.rawValue == "BlockString")
        #expect(TokenKind.allCases.map(\.rawValue) == [
            "<SOF>", "<EOF>", "!", "$", "&", "(", ")", "...", ":", "=", "@", "[", "]", "{", "|", "}",
            "Name", "Int", "Float", "String", "BlockString", "Comment",
        ])
    }

    @Test func everyPunctuatorAndCommentsSkipped() throws {
        let kinds = try tokens("! $ & ( ) ... : = @ [ ] { | } # comment\n").map(\.kind)
        #expect(kinds == [.bang, .dollar, .ampersand, .parenLeft, .parenRight, .spread, .colon, .equals, .at, .bracketLeft, .bracketRight, .braceLeft, .pipe, .braceRight, .endOfFile])
    }

    @Test func valuesAndPositions() throws {
        let stream = try tokens("query ($a: Int = -1.5e3)\n  \"s\\u00e9\" \"\"\"\n  b\n  \"\"\" _x9")
        let summary = stream.map { "\($0.kind.rawValue) \($0.value ?? "-") \($0.line):\($0.column) \($0.start)..<\($0.end)" }
        #expect(summary == [
            "Name query 1:1 0..<5",
            "( - 1:7 6..<7",
            "$ - 1:8 7..<8",
            "Name a 1:9 8..<9",
            ": - 1:10 9..<10",
            "Name Int 1:12 11..<14",
            "= - 1:16 15..<16",
            "Float -1.5e3 1:18 17..<23",
            ") - 1:24 23..<24",
            "String sé 2:3 27..<36",
            "BlockString b 2:13 37..<50",
            "Name _x9 4:7 51..<54",
            "<EOF> - 4:10 54..<54",
        ])
    }

    @Test func lookaheadDoesNotMove() throws {
        var lexer = Lexer(Source("a # c\n b"))
        try lexer.advance()
        #expect(try lexer.lookahead().value == "b")
        #expect(lexer.token.value == "a")
        try lexer.advance()
        #expect(lexer.token.value == "b")
        #expect(lexer.lastToken.value == "a")
    }

    @Test func lastTokenKeepsTheValueOfAString() throws {
        var lexer = Lexer(Source(#""a\tb" """  c""" d"#))
        try lexer.advance()
        #expect(lexer.token.value == "a\tb")
        try lexer.advance()
        #expect(lexer.lastToken.kind == .string)
        #expect(lexer.lastToken.value == "a\tb")
        #expect(lexer.token.kind == .blockString)
        #expect(lexer.token.value == "  c")
        try lexer.advance()
        #expect(lexer.lastToken.value == "  c")
        #expect(lexer.token.value == "d")
        try lexer.advance()
        #expect(lexer.lastToken.value == "d")
        #expect(lexer.token.value == nil)
    }

    @Test func endOfFileRepeats() throws {
        var lexer = Lexer(Source("a"))
        try lexer.advance()
        #expect(try lexer.advance().kind == .endOfFile)
        #expect(try lexer.advance().kind == .endOfFile)
        #expect(lexer.lastToken.kind == .endOfFile)
    }

    @Test func intAndFloatForms() throws {
        let stream = try tokens("0 -0 9 10 0.0 1e0 1E+1 1e-1 -1.25")
        #expect(stream.dropLast().map(\.kind) == [.int, .int, .int, .int, .float, .float, .float, .float, .float])
        #expect(stream.dropLast().map { $0.value ?? "" } == ["0", "-0", "9", "10", "0.0", "1e0", "1E+1", "1e-1", "-1.25"])
    }
}
