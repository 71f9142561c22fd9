import FunnelLanguage
import Testing

/// Each limit refuses with its exact error at the place it was crossed, and accepts a
/// document exactly at the limit.
@Suite struct ParseLimitsTests {
    @Test func defaultsAreTheDocumentedOnes() {
        #expect(ParseLimits.default == ParseLimits(maxBytes: 100_000, maxTokens: 20_000, maxDepth: 64))
    }

    @Test func sizeIsCheckedBeforeLexing() {
        // Bytes past the limit are never looked at: the invalid one here is not reported.
        let limits = ParseLimits(maxBytes: 10)
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document contains more than 10 bytes. Parsing aborted.", line: 1, column: 11, offset: 10)
        #expect(rejection(of: Array("{ aaaaa bbbbb }".utf8) + [0xFF], limits: limits) == expected)
        #expect(rejection(of: "{ aaaaaa }", limits: limits) == nil)
    }

    @Test func tokensAreCountedAsRead() {
        // `{ a b c }` is five tokens; the fifth, `}`, crosses a limit of four.
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document contains more than 4 tokens. Parsing aborted.", line: 1, column: 9, offset: 8)
        #expect(rejection(of: "{ a b c }", limits: ParseLimits(maxTokens: 4)) == expected)
        #expect(rejection(of: "{ a b c }", limits: ParseLimits(maxTokens: 5)) == nil)
    }

    @Test func commentsAreNotTokens() {
        #expect(rejection(of: "# one\n{ a # two\n b } # three", limits: ParseLimits(maxTokens: 4)) == nil)
    }

    @Test func tokenLimitStopsBeforeTheRestIsLexed() {
        // The error is the limit, not the bad character after it.
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document contains more than 2 tokens. Parsing aborted.", line: 1, column: 5, offset: 4)
        #expect(rejection(of: "{ a b %", limits: ParseLimits(maxTokens: 2)) == expected)
    }

    @Test func selectionSetDepth() {
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document nesting exceeds 2 levels.", line: 1, column: 9, offset: 8)
        #expect(rejection(of: "{ a { b { c } } }", limits: ParseLimits(maxDepth: 2)) == expected)
        #expect(rejection(of: "{ a { b } }", limits: ParseLimits(maxDepth: 2)) == nil)
    }

    @Test func argumentsAndListValuesNest() {
        // `{` 1, `(` 2, `[` 3, `[` 4.
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document nesting exceeds 3 levels.", line: 1, column: 9, offset: 8)
        #expect(rejection(of: "{ a(x: [[1]]) }", limits: ParseLimits(maxDepth: 3)) == expected)
        #expect(rejection(of: "{ a(x: [[1]]) }", limits: ParseLimits(maxDepth: 4)) == nil)
    }

    @Test func objectValuesNest() {
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document nesting exceeds 3 levels.", line: 1, column: 12, offset: 11)
        #expect(rejection(of: "{ a(x: {b: {c: 1}}) }", limits: ParseLimits(maxDepth: 3)) == expected)
    }

    @Test func variableDefinitionsAndListTypesNest() {
        // `(` 1, `[` 2, `[` 3.
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document nesting exceeds 2 levels.", line: 1, column: 13, offset: 12)
        #expect(rejection(of: "query ($v: [[Int]]) { a }", limits: ParseLimits(maxDepth: 2)) == expected)
    }

    @Test func defaultDepthIsSixtyFour() {
        let accepted = String(repeating: "{ a ", count: 64) + String(repeating: "}", count: 64)
        #expect(rejection(of: accepted) == nil)
        let refused = String(repeating: "{ a ", count: 65) + String(repeating: "}", count: 65)
        // The 65th `{` stands at byte 4 * 64 = 256.
        let expected = GraphQLSyntaxError(message: "Syntax Error: Document nesting exceeds 64 levels.", line: 1, column: 257, offset: 256)
        #expect(rejection(of: refused) == expected)
    }

    @Test func unlimitedStillHasAHardDepthCap() {
        let cap = ParseLimits.hardDepthCap
        let atCap = "{ a(x: " + String(repeating: "[", count: cap - 2) + String(repeating: "]", count: cap - 2) + ") }"
        #expect(rejection(of: atCap, limits: .unlimited) == nil)
        let hostile = "{ a(x: " + String(repeating: "[", count: 100_000)
        // `{` and `(` are levels 1 and 2; level 3 is the `[` at byte 7, so level cap + 1 is at byte cap + 5.
        let expected = GraphQLSyntaxError(
            message: "Syntax Error: Document nesting exceeds \(cap) levels.", line: 1, column: cap + 6, offset: cap + 5)
        #expect(rejection(of: hostile, limits: .unlimited) == expected)
    }

    @Test func deepListTypesAreCappedToo() {
        let hostile = "query ($v: " + String(repeating: "[", count: 50_000) + "Int"
        let error = rejection(of: hostile, limits: .unlimited)
        #expect(error?.message == "Syntax Error: Document nesting exceeds \(ParseLimits.hardDepthCap) levels.")
    }

    /// Every way to nest, at the hard cap: parses and prints without running out of stack
    /// (in the debug build the tests run, where frames are largest).
    @Test(arguments: ["selections", "inline fragments", "lists", "objects", "list types"])
    func everyNestingFormParsesAtTheHardCap(form: String) throws {
        let cap = ParseLimits.hardDepthCap
        let text = switch form {
        case "selections": String(repeating: "{ a ", count: cap) + String(repeating: "}", count: cap)
        case "inline fragments": "{" + String(repeating: " ... on T {", count: cap - 1) + " a" + String(repeating: "}", count: cap)
        case "lists": "{ a(x: " + String(repeating: "[", count: cap - 2) + String(repeating: "]", count: cap - 2) + ") }"
        case "objects": "{ a(x: " + String(repeating: "{a: ", count: cap - 2) + "1" + String(repeating: "}", count: cap - 2) + ") }"
        default: "query ($v: " + String(repeating: "[", count: cap - 1) + "Int" + String(repeating: "]", count: cap - 1) + ") { a }"
        }
        let document = try Parser.parse(Source(text), limits: .unlimited)
        #expect(Printer.print(document).utf8.count > 2 * cap)
        #expect(rejection(of: text, limits: ParseLimits(maxBytes: .max, maxTokens: .max, maxDepth: cap - 1)) != nil)
    }
}
