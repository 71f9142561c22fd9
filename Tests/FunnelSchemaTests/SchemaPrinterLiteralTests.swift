import FunnelSchema
import Testing

/// `GraphQLLiteral.print`: graphql-js `print(astFromValue(value, type))`.
@Suite struct SchemaPrinterLiteralTests {
    let schema = SchemaPrinterTestSchema.schema

    func printed(_ value: JSONValue, _ type: TypeRef) -> String? {
        GraphQLLiteral.print(value, as: type, in: schema)
    }

    @Test func enumsAreUnquotedAndUnknownEnumValuesHaveNoLiteral() {
        #expect(printed(.string("OPEN"), .named("Stage")) == "OPEN")
        #expect(printed(.array([.string("LEAD"), .string("WON")]), .list(.nonNull(.named("Stage")))) == "[LEAD, WON]")
        #expect(printed(.string("OPEN"), .list(.named("Stage"))) == "OPEN")
        #expect(printed(.string("MAYBE"), .named("Stage")) == nil)
    }

    @Test func nullsAndNonNullPositions() {
        #expect(printed(.null, .named("Int")) == "null")
        #expect(printed(.null, .nonNull(.named("Int"))) == nil)
        #expect(printed(.array([.int(1), .null, .int(3)]), .list(.nonNull(.named("Int")))) == "[1, 3]")
        #expect(printed(.array([]), .list(.named("Int"))) == "[]")
    }

    @Test func scalarsSerializeToTheirLiterals() {
        #expect(printed(.int(-7), .named("Int")) == "-7")
        #expect(printed(.double(4), .named("Int")) == "4")
        #expect(printed(.int(2), .named("Float")) == "2")
        #expect(printed(.double(3.0), .named("Float")) == "3")
        #expect(printed(.double(0.25), .named("Float")) == "0.25")
        #expect(printed(.bool(false), .named("Boolean")) == "false")
        #expect(printed(.string("a\"b\\c\n\u{7}中"), .named("String")) == #""a\"b\\c\n\u0007中""#)
        #expect(printed(.string("2026-03-01"), .named("Date")) == #""2026-03-01""#)
    }

    @Test func integerLookingIDsAreIntLiterals() {
        #expect(printed(.string("42"), .named("ID")) == "42")
        #expect(printed(.string("-12"), .named("ID")) == "-12")
        #expect(printed(.string("007"), .named("ID")) == #""007""#)
        #expect(printed(.string("4x"), .named("ID")) == #""4x""#)
        #expect(printed(.int(9), .named("ID")) == "9")
    }

    @Test func inputObjectsFollowTheTypesFieldOrder() {
        let value = JSONValue.object([("minAmount", .double(12.5)), ("owner", .string("u1")), ("stages", .array([]))])
        #expect(printed(value, .named("DealFilter")) == #"{owner: "u1", minAmount: 12.5, stages: []}"#)
        #expect(printed(.string("x"), .named("DealFilter")) == nil)
        #expect(printed(.object([]), .named("Deal")) == nil)
    }
}
