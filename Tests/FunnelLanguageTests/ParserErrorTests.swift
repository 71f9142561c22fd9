import FunnelLanguage
import Testing

/// Every parser error graphql-js 16 reports for executable documents, exact message and
/// position, and the refusal of type-system definitions.
@Suite struct ParserErrorTests {
    static let cases: [RejectionCase] = [
        RejectionCase("", "Syntax Error: Unexpected <EOF>.", line: 1, column: 1, offset: 0),
        RejectionCase("  # only a comment\n", "Syntax Error: Unexpected <EOF>.", line: 2, column: 1, offset: 19),
        RejectionCase("{", "Syntax Error: Expected Name, found <EOF>.", line: 1, column: 2, offset: 1),
        RejectionCase("}", #"Syntax Error: Unexpected "}"."#, line: 1, column: 1, offset: 0),
        RejectionCase("{}", #"Syntax Error: Expected Name, found "}"."#, line: 1, column: 2, offset: 1),
        RejectionCase("{ a(x: ) }", #"Syntax Error: Unexpected ")"."#, line: 1, column: 8, offset: 7),
        RejectionCase("{ a() }", #"Syntax Error: Expected Name, found ")"."#, line: 1, column: 5, offset: 4),
        RejectionCase("{ a: }", #"Syntax Error: Expected Name, found "}"."#, line: 1, column: 6, offset: 5),
        RejectionCase("{ a(x 1) }", #"Syntax Error: Expected ":", found Int "1"."#, line: 1, column: 7, offset: 6),
        RejectionCase("{ a(x: 1) @ }", #"Syntax Error: Expected Name, found "}"."#, line: 1, column: 13, offset: 12),
        RejectionCase("{ a(x: {b}) }", #"Syntax Error: Expected ":", found "}"."#, line: 1, column: 10, offset: 9),
        RejectionCase("{ a(x: [1 2 3) }", #"Syntax Error: Unexpected ")"."#, line: 1, column: 14, offset: 13),
        RejectionCase("{ a(x: $) }", #"Syntax Error: Expected Name, found ")"."#, line: 1, column: 9, offset: 8),
        RejectionCase(#"{ a(x: "s" "t") }"#, #"Syntax Error: Expected Name, found String "t"."#, line: 1, column: 12, offset: 11),
        RejectionCase("nonsense { a }", #"Syntax Error: Unexpected Name "nonsense"."#, line: 1, column: 1, offset: 0),
        RejectionCase("subscriptio { a }", #"Syntax Error: Unexpected Name "subscriptio"."#, line: 1, column: 1, offset: 0),
        RejectionCase("1 { a }", #"Syntax Error: Unexpected Int "1"."#, line: 1, column: 1, offset: 0),
        RejectionCase("query Q($x) { a }", #"Syntax Error: Expected ":", found ")"."#, line: 1, column: 11, offset: 10),
        RejectionCase("query Q($x: ) { a }", #"Syntax Error: Expected Name, found ")"."#, line: 1, column: 13, offset: 12),
        RejectionCase("query Q(x: Int) { a }", #"Syntax Error: Expected "$", found Name "x"."#, line: 1, column: 9, offset: 8),
        RejectionCase("query Q($v: Int!!) { a }", #"Syntax Error: Expected "$", found "!"."#, line: 1, column: 17, offset: 16),
        RejectionCase("query Q($v: [Int) { a }", #"Syntax Error: Expected "]", found ")"."#, line: 1, column: 17, offset: 16),
        RejectionCase("query Q($x: Int = $y) { a }", #"Syntax Error: Unexpected variable "$y" in constant value."#, line: 1, column: 19, offset: 18),
        RejectionCase("query Q($x: In = {a: [$y]}) { a }", #"Syntax Error: Unexpected variable "$y" in constant value."#, line: 1, column: 23, offset: 22),
        RejectionCase("query Q($x: Int = $) { a }", #"Syntax Error: Unexpected "$"."#, line: 1, column: 19, offset: 18),
        RejectionCase("query Q($x: Int @d(a: $y)) { a }", #"Syntax Error: Unexpected variable "$y" in constant value."#, line: 1, column: 23, offset: 22),
        RejectionCase("query Q", #"Syntax Error: Expected "{", found <EOF>."#, line: 1, column: 8, offset: 7),
        RejectionCase("query { a } fragment F on T", #"Syntax Error: Expected "{", found <EOF>."#, line: 1, column: 28, offset: 27),
        RejectionCase("fragment on on T { a }", #"Syntax Error: Unexpected Name "on"."#, line: 1, column: 10, offset: 9),
        RejectionCase("fragment F T { a }", #"Syntax Error: Expected "on", found Name "T"."#, line: 1, column: 12, offset: 11),
        RejectionCase("fragment F { a }", #"Syntax Error: Expected "on", found "{"."#, line: 1, column: 12, offset: 11),
        RejectionCase("{ ... on { a } }", #"Syntax Error: Expected Name, found "{"."#, line: 1, column: 10, offset: 9),
        RejectionCase("{ ... }", #"Syntax Error: Expected "{", found "}"."#, line: 1, column: 7, offset: 6),
        RejectionCase("{ ...F(x: 1) }", #"Syntax Error: Expected Name, found "("."#, line: 1, column: 7, offset: 6),
        RejectionCase(#""desc" query { a }"#, "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", line: 1, column: 1, offset: 0),
        RejectionCase(#""d" {a}"#, #"Syntax Error: Unexpected "{"."#, line: 1, column: 5, offset: 4),
        RejectionCase("query Q {\n  a(x: 1\n}", #"Syntax Error: Expected Name, found "}"."#, line: 3, column: 1, offset: 19),
        RejectionCase("{ a(x: \"销售\" y) }", #"Syntax Error: Expected ":", found ")"."#, line: 1, column: 14, offset: 17),
    ]

    @Test(arguments: cases)
    func rejected(_ example: RejectionCase) {
        #expect(rejection(of: example.source) == example.expected)
    }

    static let typeSystemDefinitions: [RejectionCase] = [
        RejectionCase("type T { a: Int }", #"Syntax Error: Type system definitions are not allowed in a request: "type"."#, line: 1, column: 1, offset: 0),
        RejectionCase("schema { query: Q }", #"Syntax Error: Type system definitions are not allowed in a request: "schema"."#, line: 1, column: 1, offset: 0),
        RejectionCase("scalar Date", #"Syntax Error: Type system definitions are not allowed in a request: "scalar"."#, line: 1, column: 1, offset: 0),
        RejectionCase("interface I { a: Int }", #"Syntax Error: Type system definitions are not allowed in a request: "interface"."#, line: 1, column: 1, offset: 0),
        RejectionCase("union U = A | B", #"Syntax Error: Type system definitions are not allowed in a request: "union"."#, line: 1, column: 1, offset: 0),
        RejectionCase("enum E { A }", #"Syntax Error: Type system definitions are not allowed in a request: "enum"."#, line: 1, column: 1, offset: 0),
        RejectionCase("input I { a: Int }", #"Syntax Error: Type system definitions are not allowed in a request: "input"."#, line: 1, column: 1, offset: 0),
        RejectionCase("directive @d on FIELD", #"Syntax Error: Type system definitions are not allowed in a request: "directive"."#, line: 1, column: 1, offset: 0),
        RejectionCase("extend type T { b: Int }", #"Syntax Error: Type system definitions are not allowed in a request: "extend"."#, line: 1, column: 1, offset: 0),
        RejectionCase("{ a }\n\ntype T { a: Int }", #"Syntax Error: Type system definitions are not allowed in a request: "type"."#, line: 3, column: 1, offset: 7),
        // With a description, the error points at the keyword, not the description.
        RejectionCase(#""""Described.""" type T { a: Int }"#, #"Syntax Error: Type system definitions are not allowed in a request: "type"."#, line: 1, column: 18, offset: 17),
        RejectionCase("\"d\"\nenum E { A }", #"Syntax Error: Type system definitions are not allowed in a request: "enum"."#, line: 2, column: 1, offset: 4),
    ]

    @Test(arguments: typeSystemDefinitions)
    func typeSystemDefinitionsAreRefused(_ example: RejectionCase) {
        #expect(rejection(of: example.source) == example.expected)
    }
}
