import Testing

/// Where GraphQLSwift 4.3.0 departs from the GraphQL spec (October 2021) and graphql-js 16,
/// so that its answer differs from ours, with both answers pinned by
/// `DifferentialDivergenceTests`. The classes were found by comparing both parsers on the
/// golden inputs and on a libFuzzer corpus (about 2,700 inputs). GraphQLSwift's lexer follows an older graphql-js (before
/// the 2021 spec's Unicode and number rules); every case below is a bug or an outdated rule
/// on its side, except `typeSystemDefinition`, which is our deliberate refusal.
struct DifferentialDivergence: Sendable, CustomTestStringConvertible {
    /// What a parser makes of the input.
    enum Outcome: Sendable, Equatable {
        /// Accepted; the first argument's value, as a `DifferentialTree` description.
        case firstArgument(String)
        /// Accepted; the whole document as a `DifferentialTree` description.
        case document(String)
        /// Rejected; for us the exact message, for GraphQLSwift any message.
        case rejected(String?)
        /// Not run: GraphQLSwift traps on it and would take the test process down.
        case crashes
    }

    let name: String
    let text: String
    let why: String
    let ours: Outcome
    let graphQLSwift: Outcome

    var testDescription: String { name }

    /// Golden inputs left out of the same-tree comparison, by name, each because it contains
    /// one of the cases below.
    static let goldenInputs: Set<String> = [
        "crlf-line-endings",  // blockStringCRLF
        "string-escapes",  // variableWidthUnicodeEscape, surrogatePairEscape, formFeedEscape
    ]

    static let all: [DifferentialDivergence] = [
        DifferentialDivergence(
            name: "variableWidthUnicodeEscape",
            text: #"{ a(s: "\u{1F600}") }"#,
            why: "`\\u{...}` escapes are in the October 2021 spec; GraphQLSwift reads only `\\uXXXX`",
            ours: .firstArgument(#"(string "😀")"#),
            graphQLSwift: .rejected(nil)),
        DifferentialDivergence(
            name: "surrogatePairEscape",
            text: #"{ a(s: "\uD83D\uDE00") }"#,
            why: "the spec joins a UTF-16 surrogate pair into one scalar; GraphQLSwift refuses each half",
            ours: .firstArgument(#"(string "😀")"#),
            graphQLSwift: .rejected(nil)),
        DifferentialDivergence(
            name: "formFeedEscape",
            text: #"{ a(s: "\f") }"#,
            why: "`\\f` is U+000C; GraphQLSwift writes `\\u{12}` (decimal 12 read as hex)",
            ours: .firstArgument(#"(string "\u{0C}")"#),
            graphQLSwift: .firstArgument(#"(string "\u{12}")"#)),
        DifferentialDivergence(
            name: "blockStringCRLF",
            text: "{ a(s: \"\"\"\r\n  x\r\n  y\r\n\"\"\") }",
            why: "CRLF is one line terminator; GraphQLSwift splits on CR and LF separately, adding blank lines",
            ours: .firstArgument(#"(block-string "x\ny")"#),
            graphQLSwift: .firstArgument(#"(block-string "x\n\ny")"#)),
        DifferentialDivergence(
            name: "blockStringZeroIndentLine",
            text: "{ a(s: \"\"\"\nx\n  y\"\"\") }",
            why: "a line without indentation makes the common indentation 0; GraphQLSwift treats 0 as unset, takes the next line's 2 and cuts `x` away",
            ours: .firstArgument(#"(block-string "x\n  y")"#),
            graphQLSwift: .firstArgument(#"(block-string "y")"#)),
        DifferentialDivergence(
            name: "nameDirectlyAfterInt",
            text: "{ a(s: [123abc]) }",
            why: "a number may not be followed by a name start; GraphQLSwift reads two tokens",
            ours: .rejected(#"Syntax Error: Invalid number, expected digit but got: "a"."#),
            graphQLSwift: .firstArgument(#"(list (int "123") (enum "abc"))"#)),
        DifferentialDivergence(
            name: "nameDirectlyAfterFloat",
            text: "{ a(s: [1.5e3x]) }",
            why: "a number may not be followed by a name start; GraphQLSwift reads two tokens",
            ours: .rejected(#"Syntax Error: Invalid number, expected digit but got: "x"."#),
            graphQLSwift: .firstArgument(#"(list (float "1.5e3") (enum "x"))"#)),
        DifferentialDivergence(
            name: "rawControlCharacterInString",
            text: "{ a(s: \"bell\u{7}\") }",
            why: "since October 2021 a string may hold any Unicode scalar but line terminators; GraphQLSwift still refuses C0 controls",
            ours: .firstArgument(#"(string "bell\u{07}")"#),
            graphQLSwift: .rejected(nil)),
        DifferentialDivergence(
            name: "rawControlCharacterInBlockString",
            text: "{ a(s: \"\"\"form\u{C}feed\"\"\") }",
            why: "as for strings: any Unicode scalar may stand in a block string; GraphQLSwift refuses C0 controls",
            ours: .firstArgument(#"(block-string "form\u{0C}feed")"#),
            graphQLSwift: .rejected(nil)),
        DifferentialDivergence(
            name: "unicodeEscapeAtEndOfInput",
            text: #"{ a(s: "\u"#,
            why: "GraphQLSwift reads four bytes after `\\u` without a bounds check and traps (a request that kills the server)",
            ours: .rejected(#"Syntax Error: Invalid Unicode escape sequence: "\u"."#),
            graphQLSwift: .crashes),
        DifferentialDivergence(
            name: "typeSystemDefinition",
            text: "type T { a: Int }",
            why: "our choice: a request is an executable document; GraphQLSwift parses SDL too",
            ours: .rejected(#"Syntax Error: Type system definitions are not allowed in a request: "type"."#),
            graphQLSwift: .document(#"(document (type-system-definition objectTypeDefinition))"#)),
    ]
}
