import FunnelLanguage
import Testing

/// Every lexical error graphql-js 16 reports, with its exact message and position.
@Suite struct LexerErrorTests {
    static let cases: [RejectionCase] = [
        RejectionCase("{ a(x: %) }", #"Syntax Error: Unexpected character: "%"."#, line: 1, column: 8, offset: 7),
        RejectionCase("{ a(x: ?) }", #"Syntax Error: Unexpected character: "?"."#, line: 1, column: 8, offset: 7),
        RejectionCase("{ é }", "Syntax Error: Unexpected character: U+00E9.", line: 1, column: 3, offset: 2),
        RejectionCase("{ 😀 }", "Syntax Error: Unexpected character: U+1F600.", line: 1, column: 3, offset: 2),
        RejectionCase("{ a(x: \u{7}) }", "Syntax Error: Unexpected character: U+0007.", line: 1, column: 8, offset: 7),
        RejectionCase("{ a(x: 'no') }", #"Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (")?"#, line: 1, column: 8, offset: 7),
        RejectionCase("{ a(x: .5) }", #"Syntax Error: Unexpected character: "."."#, line: 1, column: 8, offset: 7),
        RejectionCase("{ .. }", #"Syntax Error: Unexpected character: "."."#, line: 1, column: 3, offset: 2),
        RejectionCase(#"{ a(x: "abc) }"#, "Syntax Error: Unterminated string.", line: 1, column: 15, offset: 14),
        RejectionCase("{ a(x: \"abc\nd\") }", "Syntax Error: Unterminated string.", line: 1, column: 12, offset: 11),
        RejectionCase(#"{ a(x: """abc) }"#, "Syntax Error: Unterminated string.", line: 1, column: 17, offset: 16),
        RejectionCase("{ a(x: 0x1) }", #"Syntax Error: Invalid number, expected digit but got: "x"."#, line: 1, column: 9, offset: 8),
        RejectionCase("{ a(x: 1.) }", #"Syntax Error: Invalid number, expected digit but got: ")"."#, line: 1, column: 10, offset: 9),
        RejectionCase(#"{ a(x: 1."") }"#, #"Syntax Error: Invalid number, expected digit but got: '"'."#, line: 1, column: 10, offset: 9),
        RejectionCase("{ a(x: 00) }", #"Syntax Error: Invalid number, unexpected digit after 0: "0"."#, line: 1, column: 9, offset: 8),
        RejectionCase("{ a(x: -01) }", #"Syntax Error: Invalid number, unexpected digit after 0: "1"."#, line: 1, column: 10, offset: 9),
        RejectionCase("{ a(x: 1e) }", #"Syntax Error: Invalid number, expected digit but got: ")"."#, line: 1, column: 10, offset: 9),
        RejectionCase("{ a(x: 1e+) }", #"Syntax Error: Invalid number, expected digit but got: ")"."#, line: 1, column: 11, offset: 10),
        RejectionCase("{ a(x: 1.5a) }", #"Syntax Error: Invalid number, expected digit but got: "a"."#, line: 1, column: 11, offset: 10),
        RejectionCase("{ a(x: 123abc) }", #"Syntax Error: Invalid number, expected digit but got: "a"."#, line: 1, column: 11, offset: 10),
        RejectionCase("{ a(x: 1_) }", #"Syntax Error: Invalid number, expected digit but got: "_"."#, line: 1, column: 9, offset: 8),
        RejectionCase("{ a(x: 1.0.0) }", #"Syntax Error: Invalid number, expected digit but got: "."."#, line: 1, column: 11, offset: 10),
        RejectionCase("{ a(x: -a) }", #"Syntax Error: Invalid number, expected digit but got: "a"."#, line: 1, column: 9, offset: 8),
        RejectionCase("{ a(x: -", "Syntax Error: Invalid number, expected digit but got: <EOF>.", line: 1, column: 9, offset: 8),
        RejectionCase("{ a(x: 1.é) }", "Syntax Error: Invalid number, expected digit but got: U+00E9.", line: 1, column: 10, offset: 9),
        RejectionCase(#"{ a(x: "\x") }"#, #"Syntax Error: Invalid character escape sequence: "\x"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\"#, #"Syntax Error: Invalid character escape sequence: "\"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u{}") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{}"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u{110000}") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{110000}"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u{D800}") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{D800}"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u{12x}") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{12x"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u{000000041}") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{000000041"."#, line: 1, column: 9, offset: 8),
        // graphql-js stops at the digit that turns its 32-bit value negative.
        RejectionCase(#"{ a(x: "\u{FFFFFFFF}") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{FFFFFFFF"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u{1F60"#, #"Syntax Error: Invalid Unicode escape sequence: "\u{1F60"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\uD83D") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\uD83D\u0041") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\uDE00\uD83D") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\uDE00"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\u12") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\u12")"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "\uXYZW") }"#, #"Syntax Error: Invalid Unicode escape sequence: "\uXYZW"."#, line: 1, column: 9, offset: 8),
        // Columns count UTF-16 units: é is one, 😀 two.
        RejectionCase(#"{ a(x: "é😀", y: %) }"#, #"Syntax Error: Unexpected character: "%"."#, line: 1, column: 18, offset: 20),
        RejectionCase("\u{FEFF}{ %", #"Syntax Error: Unexpected character: "%"."#, line: 1, column: 4, offset: 5),
        RejectionCase("{\r\n\r\n  a(x: ?)\r\n}", #"Syntax Error: Unexpected character: "?"."#, line: 3, column: 8, offset: 12),
        RejectionCase("{\r a(x: ?) }", #"Syntax Error: Unexpected character: "?"."#, line: 2, column: 7, offset: 8),
        RejectionCase("{ a(x: \"\"\"\n  line\n\"\"\", y: ?) }", #"Syntax Error: Unexpected character: "?"."#, line: 3, column: 9, offset: 26),
    ]

    @Test(arguments: cases)
    func rejected(_ example: RejectionCase) {
        #expect(rejection(of: example.source) == example.expected)
    }

    static let invalidUTF8: [RejectionCase] = [
        // A lone continuation byte, a truncated sequence, an overlong form, an encoded
        // surrogate and a value above U+10FFFF; in strings, block strings, comments and between tokens.
        RejectionCase(bytes: Array("{ a(x: \"".utf8) + [0x80] + Array("\") }".utf8), "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 9, offset: 8),
        RejectionCase(bytes: Array("{ a(x: \"é".utf8) + [0xC3] + Array("\") }".utf8), "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 10, offset: 10),
        RejectionCase(bytes: Array("{ a(x: \"\"\"".utf8) + [0xC0, 0xAF] + Array("\"\"\") }".utf8), "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 11, offset: 10),
        RejectionCase(bytes: Array("# ".utf8) + [0xED, 0xA0, 0x80] + Array("\n{ a }".utf8), "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 3, offset: 2),
        RejectionCase(bytes: Array("{ ".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array(" }".utf8), "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 3, offset: 2),
        RejectionCase(bytes: Array("{ a(x: -".utf8) + [0xFF], "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 9, offset: 8),
        RejectionCase(bytes: [0xFF, 0xFE], "Syntax Error: Invalid UTF-8 sequence.", line: 1, column: 1, offset: 0),
    ]

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsRejectedAtTheByte(_ example: RejectionCase) {
        #expect(rejection(of: example.source) == example.expected)
    }
}
