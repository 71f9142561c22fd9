import FunnelLanguage
import Testing

/// The printer's layout rules, each with graphql-js 16's output written out by hand.
@Suite struct PrinterTests {
    private func printed(_ text: String) throws -> String {
        Printer.print(try parsed(text))
    }

    @Test func shorthandQueryAndKeywordOperations() throws {
        #expect(try printed("query { a }") == "{\n  a\n}")
        #expect(try printed("query Q { a }") == "query Q {\n  a\n}")
        #expect(try printed("mutation { a }") == "mutation {\n  a\n}")
        #expect(try printed("subscription S @live { a }") == "subscription S @live {\n  a\n}")
    }

    @Test func variableDefinitionsWithDefaultsAndDirectives() throws {
        #expect(try printed("query Q($a:Int=1 @d,$b:[String!]!){a}") == "query Q($a: Int = 1 @d, $b: [String!]!) {\n  a\n}")
        #expect(try printed("query ($a: Int) { a }") == "query ($a: Int) {\n  a\n}")
    }

    @Test func fieldsArgumentsDirectivesAndNesting() throws {
        #expect(try printed("{me:user(id:4,x:[1,2],o:{a:null,b:E}) @skip(if:$s) {id ...F ... on U @i {n} ... {m}}}") == """
            {
              me: user(id: 4, x: [1, 2], o: {a: null, b: E}) @skip(if: $s) {
                id
                ...F
                ... on U @i {
                  n
                }
                ... {
                  m
                }
              }
            }
            """)
    }

    @Test func fragmentDefinitions() throws {
        #expect(try printed("fragment F on T { a }") == "fragment F on T {\n  a\n}")
        #expect(try printed("fragment F on T @a @b(x: 1) { a }") == "fragment F on T @a @b(x: 1) {\n  a\n}")
    }

    @Test func definitionsAreSeparatedByABlankLine() throws {
        #expect(try printed("{a} {b}") == "{\n  a\n}\n\n{\n  b\n}")
    }

    @Test func argumentsWrapPastEightyCharacters() throws {
        // `field(` + 6 arguments of 13 characters joined by ", " is 6 + 6 * 13 + 5 * 2 + 1 = 95 > 80.
        let text = "{ field(argument1: 11, argument2: 22, argument3: 33, argument4: 44, argument5: 55, argument6: 66) }"
        #expect(try printed(text) == """
            {
              field(
                argument1: 11
                argument2: 22
                argument3: 33
                argument4: 44
                argument5: 55
                argument6: 66
              )
            }
            """)
    }

    @Test func exactlyEightyCharactersStayOnOneLine() throws {
        // `f(a: "` + 72 x + `")` is 80 characters.
        let value = String(repeating: "x", count: 72)
        #expect(try printed("{ f(a: \"\(value)\") }") == "{\n  f(a: \"\(value)\")\n}")
        #expect(try printed("{ f(a: \"\(value)x\") }") == "{\n  f(\n    a: \"\(value)x\"\n  )\n}")
    }

    @Test func lineLengthCountsUTF16Units() throws {
        // 36 emoji are 72 UTF-16 units: `f(a: "` + 72 + `")` is 80; one more wraps.
        let value = String(repeating: "😀", count: 36)
        #expect(try printed("{ f(a: \"\(value)\") }") == "{\n  f(a: \"\(value)\")\n}")
        #expect(try printed("{ f(a: \"\(value)é\") }") == "{\n  f(\n    a: \"\(value)é\"\n  )\n}")
    }

    @Test func stringsEscapeControlCharactersQuotesAndBackslashes() throws {
        let text = #"{ f(a: "\u0000\u0001\b\t\n\u000B\f\r\u001F \" \\ / \u007F\u0080\u009F\u00A0 é 😀") }"#
        #expect(try printed(text) == "{\n  " + #"f(a: "\u0000\u0001\b\t\n\u000B\f\r\u001F \" \\ / \u007F\u0080\u009F"# + "\u{A0} é 😀\")\n}")
    }

    private static let q3 = "\"\"\""

    @Test(arguments: [
        // Short single line: stays inline, even with leading whitespace.
        ("short", q3 + "short" + q3),
        ("", q3 + q3),
        ("  indented", q3 + "  indented" + q3),
        // Several lines: on their own lines.
        ("one\ntwo", q3 + "\none\ntwo\n" + q3),
        ("  indented\nnext", q3 + "\n  indented\nnext\n" + q3),
        // A trailing quote or backslash forces a trailing newline; leading whitespace then skips the leading one.
        ("say \"hi\"", q3 + "\nsay \"hi\"\n" + q3),
        ("back\\", q3 + "\nback\\\n" + q3),
        (" x\"", q3 + " x\"\n" + q3),
        // Triple quotes are escaped; trailing ones put the value on its own lines.
        ("a \(q3) b", q3 + "a \\\(q3) b" + q3),
        ("ends \(q3)", q3 + "\nends \\\(q3)\n" + q3),
        // Later lines all indented: a leading newline keeps that indentation meaningful.
        ("first\n  x\n  y", q3 + "\nfirst\n  x\n  y\n" + q3),
        // Longer than 70 UTF-16 units.
        (String(repeating: "b", count: 71), q3 + "\n" + String(repeating: "b", count: 71) + "\n" + q3),
        (String(repeating: "😀", count: 35) + "b", q3 + "\n" + String(repeating: "😀", count: 35) + "b\n" + q3),
    ])
    func blockStrings(value: String, expected: String) {
        // Directive arguments never wrap, so the block string's own layout shows.
        let document = query([field("f", directives: [directive("d", [argument("a", .string(StringValue(value, block: true)))])])])
        #expect(Printer.print(document) == "{\n  f @d(a: \(Self.indented(expected)))\n}")
    }

    @Test func longSingleLineBlockStringGetsItsOwnLines() throws {
        let value = String(repeating: "b", count: 71)
        #expect(try printed("{ f(a: \"\"\"\(value)\"\"\") }") == "{\n  f(\n    a: \"\"\"\n    \(value)\n    \"\"\"\n  )\n}")
    }

    @Test func printingASynthesizedDocument() {
        let document = Document(definitions: [
            .operation(OperationDefinition(
                operation: .query, name: Name("Q"),
                variableDefinitions: [VariableDefinition(variable: Variable(name: Name("v")), type: .nonNull(NonNullType(type: named("ID"))))],
                selectionSet: SelectionSet(selections: [field("node", arguments: [argument("id", variable("v"))], [field("id")])])
            ))
        ])
        #expect(Printer.print(document) == "query Q($v: ID!) {\n  node(id: $v) {\n    id\n  }\n}")
    }

    @Test func emptySelectionSetsPrintAsGraphqlJsDoes() {
        // Only a built AST can have them; graphql-js prints nothing for the empty block.
        let document = Document(definitions: [
            .operation(OperationDefinition(operation: .query, name: Name("Q"), selectionSet: SelectionSet(selections: []))),
            .operation(OperationDefinition(operation: .query, selectionSet: SelectionSet(selections: [field("a", [])]))),
        ])
        #expect(Printer.print(document) == "query Q \n\n{\n  a\n}")
    }

    /// The indentation graphql-js adds inside a selection set and argument list: every line of
    /// the value, block string lines included, two more spaces.
    private static func indented(_ printed: String) -> String {
        printed.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}
