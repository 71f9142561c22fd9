import FunnelLanguage
import Testing

/// One test per production of the executable grammar, asserting the whole AST.
@Suite struct ParserGrammarTests {
    @Test func shorthandQueryIsAnAnonymousQuery() throws {
        #expect(try parsed("{ a }") == query([field("a")]))
    }

    @Test func everyOperationKindWithName() throws {
        for kind in OperationType.allCases {
            let document = try parsed("\(kind.rawValue) Named { a }")
            let expected = Document(definitions: [
                .operation(OperationDefinition(operation: kind, name: Name("Named"), selectionSet: SelectionSet(selections: [field("a")])))
            ])
            #expect(document == expected, "\(kind)")
        }
    }

    @Test func anonymousOperationWithKeyword() throws {
        let document = try parsed("mutation { a }")
        let expected = Document(definitions: [.operation(OperationDefinition(operation: .mutation, selectionSet: SelectionSet(selections: [field("a")])))])
        #expect(document == expected)
    }

    @Test func variableDefinitionsWithTypesDefaultsAndDirectives() throws {
        let document = try parsed(#"query Q($a: Int, $b: [String!]! = ["x"], $c: In = {k: [1, null]} @deprecated @tag(name: "v")) { a }"#)
        let definitions = [
            VariableDefinition(variable: Variable(name: Name("a")), type: named("Int")),
            VariableDefinition(
                variable: Variable(name: Name("b")),
                type: .nonNull(NonNullType(type: .list(ListType(type: .nonNull(NonNullType(type: named("String"))))))),
                defaultValue: .list(ListValue([.string(StringValue("x"))]))
            ),
            VariableDefinition(
                variable: Variable(name: Name("c")),
                type: named("In"),
                defaultValue: .object(ObjectValue([ObjectField(name: Name("k"), value: .list(ListValue([.int(IntValue("1")), .null(NullValue())])))])),
                directives: [directive("deprecated"), directive("tag", [argument("name", .string(StringValue("v")))])]
            ),
        ]
        let expected = Document(definitions: [
            .operation(OperationDefinition(operation: .query, name: Name("Q"), variableDefinitions: definitions, selectionSet: SelectionSet(selections: [field("a")])))
        ])
        #expect(document == expected)
    }

    @Test func nestedListTypes() throws {
        let document = try parsed("query ($m: [[Int]!]) { a }")
        guard case .operation(let operation)? = document.definitions.first else {
            Issue.record("no operation")
            return
        }
        #expect(operation.variableDefinitions.first?.type == .list(ListType(type: .nonNull(NonNullType(type: .list(ListType(type: named("Int"))))))))
    }

    @Test func aliasesArgumentsAndNestedSelections() throws {
        let document = try parsed("{ me: user(id: 4) { id friends(first: 10) { name } } }")
        let expected = query([
            field("user", alias: "me", arguments: [argument("id", .int(IntValue("4")))], [
                field("id"),
                field("friends", arguments: [argument("first", .int(IntValue("10")))], [field("name")]),
            ])
        ])
        #expect(document == expected)
    }

    @Test func fragmentsOfEveryForm() throws {
        let document = try parsed("""
            query Q {
              ...Named @include(if: $x)
              ... on User @skip(if: false) { id }
              ... @defer { name }
              ... { plain }
              ... on Page { title }
            }
            fragment Named on Query @live { me }
            """)
        let selections: [Selection] = [
            .fragmentSpread(FragmentSpread(name: Name("Named"), directives: [directive("include", [argument("if", variable("x"))])])),
            .inlineFragment(InlineFragment(
                typeCondition: NamedType(name: Name("User")),
                directives: [directive("skip", [argument("if", .boolean(BooleanValue(false)))])],
                selectionSet: SelectionSet(selections: [field("id")])
            )),
            .inlineFragment(InlineFragment(directives: [directive("defer")], selectionSet: SelectionSet(selections: [field("name")]))),
            .inlineFragment(InlineFragment(selectionSet: SelectionSet(selections: [field("plain")]))),
            .inlineFragment(InlineFragment(typeCondition: NamedType(name: Name("Page")), selectionSet: SelectionSet(selections: [field("title")]))),
        ]
        let expected = Document(definitions: [
            .operation(OperationDefinition(operation: .query, name: Name("Q"), selectionSet: SelectionSet(selections: selections))),
            .fragment(FragmentDefinition(
                name: Name("Named"), typeCondition: NamedType(name: Name("Query")), directives: [directive("live")],
                selectionSet: SelectionSet(selections: [field("me")])
            )),
        ])
        #expect(document == expected)
    }

    @Test func onIsAnOrdinaryFieldName() throws {
        #expect(try parsed("{ on fragment query }") == query([field("on"), field("fragment"), field("query")]))
    }

    @Test func directivesOnEveryExecutableLocation() throws {
        // QUERY, VARIABLE_DEFINITION, FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT, FRAGMENT_DEFINITION.
        let document = try parsed("query Q($v: Int @onVariable) @onQuery { f @onField ...S @onSpread ... @onInline { g } } fragment S on T @onFragment { h }")
        let expected = Document(definitions: [
            .operation(OperationDefinition(
                operation: .query, name: Name("Q"),
                variableDefinitions: [VariableDefinition(variable: Variable(name: Name("v")), type: named("Int"), directives: [directive("onVariable")])],
                directives: [directive("onQuery")],
                selectionSet: SelectionSet(selections: [
                    field("f", directives: [directive("onField")]),
                    .fragmentSpread(FragmentSpread(name: Name("S"), directives: [directive("onSpread")])),
                    .inlineFragment(InlineFragment(directives: [directive("onInline")], selectionSet: SelectionSet(selections: [field("g")]))),
                ])
            )),
            .fragment(FragmentDefinition(name: Name("S"), typeCondition: NamedType(name: Name("T")), directives: [directive("onFragment")], selectionSet: SelectionSet(selections: [field("h")]))),
        ])
        #expect(document == expected)
    }

    @Test func mutationAndSubscriptionDirectives() throws {
        let document = try parsed("mutation @a { x } subscription @b(n: 1) { y }")
        let expected = Document(definitions: [
            .operation(OperationDefinition(operation: .mutation, directives: [directive("a")], selectionSet: SelectionSet(selections: [field("x")]))),
            .operation(OperationDefinition(operation: .subscription, directives: [directive("b", [argument("n", .int(IntValue("1")))])], selectionSet: SelectionSet(selections: [field("y")]))),
        ])
        #expect(document == expected)
    }

    @Test func everyValueKind() throws {
        let document = try parsed(#"{ f(v: $var, i: -42, fl: 6.02e23, s: "str", b: """block""", t: true, n: null, e: ENUM_VALUE, l: [1, "two", [3]], o: {a: 1, nested: {b: false}}, el: [], eo: {}) }"#)
        let expected = query([
            field("f", arguments: [
                argument("v", variable("var")),
                argument("i", .int(IntValue("-42"))),
                argument("fl", .float(FloatValue("6.02e23"))),
                argument("s", .string(StringValue("str", block: false))),
                argument("b", .string(StringValue("block", block: true))),
                argument("t", .boolean(BooleanValue(true))),
                argument("n", .null(NullValue())),
                argument("e", .enum(EnumValue("ENUM_VALUE"))),
                argument("l", .list(ListValue([.int(IntValue("1")), .string(StringValue("two")), .list(ListValue([.int(IntValue("3"))]))]))),
                argument("o", .object(ObjectValue([
                    ObjectField(name: Name("a"), value: .int(IntValue("1"))),
                    ObjectField(name: Name("nested"), value: .object(ObjectValue([ObjectField(name: Name("b"), value: .boolean(BooleanValue(false)))]))),
                ]))),
                argument("el", .list(ListValue([]))),
                argument("eo", .object(ObjectValue([]))),
            ])
        ])
        #expect(document == expected)
    }

    @Test func numbersKeepTheirSourceText() throws {
        let cases: [(String, Value)] = [
            ("0", .int(IntValue("0"))), ("-0", .int(IntValue("-0"))), ("123456789012345678901234567890", .int(IntValue("123456789012345678901234567890"))),
            ("1.0", .float(FloatValue("1.0"))), ("-1.5E-10", .float(FloatValue("-1.5E-10"))), ("1e+3", .float(FloatValue("1e+3"))),
            ("0.000", .float(FloatValue("0.000"))),
        ]
        for (text, value) in cases {
            #expect(try firstArgumentValue("{ f(x: \(text)) }") == value, "\(text)")
        }
    }

    @Test func stringEscapesOfEveryForm() throws {
        let value = try firstArgumentValue(#"{ f(x: "q\" s\\ sl\/ b\b f\f n\n r\r t\t \u00e9 \u{1F600} \uD83D\uDE00 \u{0} \u{10FFFF}") }"#)
        #expect(value == .string(StringValue("q\" s\\ sl/ b\u{8} f\u{C} n\n r\r t\t é 😀 😀 \u{0} \u{10FFFF}")))
    }

    @Test func nonASCIIAndControlCharactersInStrings() throws {
        #expect(try firstArgumentValue("{ f(x: \"销售漏斗 \u{7}\") }") == .string(StringValue("销售漏斗 \u{7}")))
    }

    @Test func blockStringsAreDedented() throws {
        let text = "{ f(x: \"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \n\"\"\") }"
        #expect(try firstArgumentValue(text) == .string(StringValue("Hello,\n  World!\n\nYours,\n  GraphQL.", block: true)))
    }

    @Test func blockStringFirstLineKeepsItsIndentationAndEscapedQuotes() throws {
        let text = "{ f(x: \"\"\"  first\n    second \\\"\"\" \\n\r\n    third\"\"\") }"
        #expect(try firstArgumentValue(text) == .string(StringValue("  first\nsecond \"\"\" \\n\nthird", block: true)))
    }

    @Test func blankBlockStringIsEmpty() throws {
        #expect(try firstArgumentValue("{ f(x: \"\"\"  \n\t\n\"\"\") }") == .string(StringValue("", block: true)))
    }

    @Test func commentsCommasAndByteOrderMarkAreIgnored() throws {
        let text = "\u{FEFF}# leading comment\n{ a,,, b # trailing\n , c\u{FEFF} }# end"
        #expect(try parsed(text) == query([field("a"), field("b"), field("c")]))
    }

    @Test func lineTerminatorsOfEveryKind() throws {
        #expect(try parsed("{\r\na\rb\nc}") == query([field("a"), field("b"), field("c")]))
    }

    @Test func equalityIgnoresLocations() throws {
        #expect(try parsed("{a(x:1){b}}") == parsed("query {\n  a(x: 1) {\n    b\n  }\n}"))
        #expect(try parsed("{ a }") != parsed("{ b }"))
        #expect(try parsed(#"{ a(x: "s") }"#) != parsed(#"{ a(x: """s""") }"#))
    }

    @Test func locationsPointAtTheSource() throws {
        // Columns count UTF-16 units: "é" is one, "😀" two; the BOM is one.
        let document = try parsed("\u{FEFF}{\n  a(x: \"é😀\") b\n}")
        guard case .operation(let operation)? = document.definitions.first,
            case .field(let a)? = operation.selectionSet.selections.first,
            case .field(let b)? = operation.selectionSet.selections.last
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(document.location.start == 0)
        #expect(document.location.end == 25)
        #expect(operation.location.start == 3)
        #expect(operation.location.end == 25)
        #expect((operation.location.line, operation.location.column) == (1, 2))
        #expect((a.location.start, a.location.end, a.location.line, a.location.column) == (7, 21, 2, 3))
        #expect((b.location.start, b.location.end, b.location.line, b.location.column) == (22, 23, 2, 15))
        let argument = try #require(a.arguments.first)
        #expect((argument.value.location.start, argument.value.location.column) == (12, 8))
    }

    @Test func locationsAfterAMultiLineBlockString() throws {
        let document = try parsed("{ a(x: \"\"\"one\n  twö\"\"\") b }")
        guard case .operation(let operation)? = document.definitions.first, case .field(let b)? = operation.selectionSet.selections.last else {
            Issue.record("unexpected shape")
            return
        }
        // Line 2 is `  twö""") b }`: b is the 11th UTF-16 unit, at byte 25.
        #expect((b.location.start, b.location.line, b.location.column) == (25, 2, 11))
    }
}
