import FunnelLanguage
import FunnelSchema
import Testing

@Suite struct ValuesVariableAndArgumentTests {
    private static let operationSource =
        "query ($d: Date!, $p: Date, $c: ComplexInput, $l: [Int!], $e: FurColor = BROWN, $n: Int!) { dog { name } }"

    private func coerce(_ inputs: JSONValue?) throws -> (values: [String: JSONValue], errors: [GraphQLError]) {
        let document = try Parser.parse(Source(Self.operationSource))
        guard case .operation(let operation) = document.definitions[0] else { throw Unexpected() }
        return VariableValues.coerce(operation, schema: ValidationTestSchema.schema, inputs: inputs)
    }

    private func problems(_ inputs: JSONValue?) throws -> [String] {
        let errors = try coerce(inputs).errors
        #expect(errors.allSatisfy { $0.code == .badUserInput })
        return errors.map(\.rendered)
    }

    private struct Unexpected: Error {}

    @Test func requiredVariablesMustBeProvided() throws {
        #expect(try problems(.object([])) == [
            "Variable \"$d\" of required type \"Date!\" was not provided. @ 1:8",
            "Variable \"$n\" of required type \"Int!\" was not provided. @ 1:81",
        ])
    }

    @Test func invalidValuesAreReportedWithTheirPath() throws {
        #expect(try problems(.object([
            ("d", .string("2024-02-29")), ("p", .string("2026-02-29")), ("n", .null),
            ("c", .object([("requiredField", .bool(true)), ("intField", .string("x")), ("bogus", .int(1))])),
            ("l", .array([.int(1), .null])),
        ])) == [
            "Variable \"$p\" got invalid value \"2026-02-29\"; Expected type \"Date\". Date must be a real calendar date. @ 1:19",
            "Variable \"$c\" got invalid value \"x\" at \"c.intField\"; Int cannot represent non-integer value: \"x\" @ 1:29",
            "Variable \"$c\" got invalid value { requiredField: true, intField: \"x\", bogus: 1 }; Field \"bogus\" is not defined by type \"ComplexInput\". @ 1:29",
            "Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null. @ 1:47",
            "Variable \"$n\" of non-null type \"Int!\" must not be null. @ 1:81",
        ])
        #expect(try problems(.object([("d", .int(20240229)), ("n", .int(1)), ("c", .string("{}"))])) == [
            "Variable \"$d\" got invalid value 20240229; Expected type \"Date\". Date must be a string. @ 1:8",
            "Variable \"$c\" got invalid value \"{}\"; Expected type \"ComplexInput\" to be an object. @ 1:29",
        ])
        #expect(try problems(.object([("d", .string("2024-01-01")), ("n", .int(1)), ("c", .object([("intFeld", .int(1))]))])) == [
            "Variable \"$c\" got invalid value { intFeld: 1 }; Field \"requiredField\" of required type \"Boolean!\" was not provided. @ 1:29",
            "Variable \"$c\" got invalid value { intFeld: 1 }; Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? @ 1:29",
        ])
        #expect(try problems(.string("{}")).count == 1)
    }

    @Test func coercedValuesHaveDefaultsAndDefinitionOrder() throws {
        let result = try coerce(.object([
            ("n", .int(5)), ("d", .string("2024-02-29")), ("l", .int(3)),
            ("c", .object([("stringField", .string("s")), ("requiredField", .bool(false))])),
        ]))
        #expect(result.errors == [])
        #expect(result.values == [
            "d": .string("2024-02-29"),
            "n": .int(5),
            "l": .array([.int(3)]),
            "e": .string("BROWN"),
            "c": .object([("requiredField", .bool(false)), ("nonNullField", .bool(false)), ("stringField", .string("s"))]),
        ])
    }

    /// The arguments of `complicatedArgs { <selection> }`'s one field, coerced.
    private func arguments(_ selection: String, _ variables: [String: JSONValue] = [:]) throws -> [String: JSONValue] {
        let document = try Parser.parse(Source("{ complicatedArgs { \(selection) } }"))
        guard case .operation(let operation) = document.definitions[0],
              case .field(let root) = operation.selectionSet.selections[0],
              case .field(let field)? = root.selectionSet?.selections[0],
              let definition = ValidationTestSchema.schema.field(field.name.value, on: "ComplicatedArgs")
        else { throw Unexpected() }
        return try ArgumentValues.coerce(definition.arguments, field.arguments, variables: variables, schema: ValidationTestSchema.schema)
    }

    @Test func argumentsWithDefaultsVariablesAndEnums() throws {
        #expect(try arguments("multipleOpts") == ["opt1": .int(0), "opt2": .int(0)])
        #expect(try arguments("multipleOpts(opt2: $o)", ["o": .int(9)]) == ["opt1": .int(0), "opt2": .int(9)])
        #expect(try arguments("enumArgField(enumArg: BROWN)") == ["enumArg": .string("BROWN")])
        #expect(try arguments("complexArgField(complexArg: {intField: $i, requiredField: true})") == [
            "complexArg": .object([("requiredField", .bool(true)), ("nonNullField", .bool(false))]),
        ])
        #expect(try arguments("stringListArgField(stringListArg: \"one\")") == ["stringListArg": .array([.string("one")])])
        #expect(try arguments("dateArgField(dateArg: \"2024-02-29\")") == ["dateArg": .string("2024-02-29")])
    }

    @Test func argumentErrors() throws {
        #expect(throws: GraphQLError("Argument \"nonNullIntArg\" of non-null type \"Int!\" must not be null.", code: .badUserInput, locations: [.init(line: 1, column: 55)])) {
            try arguments("nonNullIntArgField(nonNullIntArg: $v)", ["v": .null])
        }
        #expect(throws: GraphQLError(
            "Argument \"nonNullIntArg\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.",
            code: .badUserInput, locations: [.init(line: 1, column: 55)]
        )) {
            try arguments("nonNullIntArgField(nonNullIntArg: $v)")
        }
        #expect(throws: GraphQLError("Argument \"intArg\" has invalid value \"x\".", code: .badUserInput, locations: [.init(line: 1, column: 41)])) {
            try arguments("intArgField(intArg: \"x\")")
        }
        #expect(throws: GraphQLError("Argument \"dateArg\" has invalid value \"2026-02-29\".", code: .badUserInput, locations: [.init(line: 1, column: 43)])) {
            try arguments("dateArgField(dateArg: \"2026-02-29\")")
        }
    }
}
