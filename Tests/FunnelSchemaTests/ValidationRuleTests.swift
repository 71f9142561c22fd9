import FunnelLanguage
import FunnelSchema
import Testing

/// Rule by rule, with messages and locations written from graphql-js 16's rules.
@Suite struct ValidationRuleTests {
    private func errors(_ source: String) throws -> [String] { try ValidationTestSchema.errors(source) }

    @Test func validDocumentsHaveNoErrors() throws {
        #expect(try errors("query Q($id: ID, $b: Boolean!) { human(id: $id) { name @include(if: $b) relatives { iq } } dog { ...D } } fragment D on Dog { mother { name } }") == [])
        #expect(try errors("{ __typename __schema { queryType { name } } __type(name: \"Dog\") { kind } }") == [])
    }

    @Test func operations() throws {
        #expect(try errors("query A { dog { name } } query A { cat { name } }") == [
            "There can be only one operation named \"A\". @ 1:7 @ 1:32",
        ])
        #expect(try errors("{ dog { name } } query B { dog { name } }") == [
            "This anonymous operation must be the only defined operation. @ 1:1",
        ])
    }

    @Test func typesOfVariablesAndFragments() throws {
        #expect(try errors("query ($a: Dgo) { dog { name } }") == [
            "Unknown type \"Dgo\". Did you mean \"Dog\"? @ 1:12",
            "Variable \"$a\" is never used. @ 1:8",
        ])
        #expect(try errors("{ dog { ... on Boolean { name } } }") == [
            "Fragment cannot condition on non composite type \"Boolean\". @ 1:16",
        ])
        #expect(try errors("query ($c: [Cat]) { dog { isAtLocation(x: $c) } }") == [
            "Variable \"$c\" cannot be non-input type \"[Cat]\". @ 1:12",
            "Variable \"$c\" of type \"[Cat]\" used in position expecting type \"Int\". @ 1:8 @ 1:43",
        ])
    }

    @Test func leafAndCompositeSelections() throws {
        #expect(try errors("{ dog }") == [
            "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? @ 1:3",
        ])
        #expect(try errors("{ dog { name { first } } }") == [
            "Field \"name\" must not have a selection since type \"String\" has no subfields. @ 1:14",
        ])
    }

    @Test func fieldsExistOnTheirType() throws {
        #expect(try errors("{ dog { nam } }") == ["Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? @ 1:9"])
        #expect(try errors("{ dog { xyzzy } }") == ["Cannot query field \"xyzzy\" on type \"Dog\". @ 1:9"])
    }

    @Test func fragments() throws {
        #expect(try errors("{ dog { ...Nope } }") == ["Unknown fragment \"Nope\". @ 1:12"])
        #expect(try errors("{ dog { name } } fragment F on Dog { name }") == ["Fragment \"F\" is never used. @ 1:18"])
        #expect(try errors("{ dog { ... on Cat { meows } } }") == [
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:9",
        ])
        #expect(try errors("{ dog { ...A } } fragment A on Dog { ...A }") == [
            "Cannot spread fragment \"A\" within itself. @ 1:38",
        ])
        #expect(try errors("{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { nickname }") == [
            "There can be only one fragment named \"A\". @ 1:27 @ 1:54",
        ])
    }

    @Test func variables() throws {
        #expect(try errors("query Q { dog { name(surname: $s) } }") == [
            "Variable \"$s\" is not defined by operation \"Q\". @ 1:31 @ 1:1",
        ])
        #expect(try errors("query ($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }") == [
            "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". @ 1:8 @ 1:71",
        ])
        // A default value makes a nullable variable acceptable where a non-null one is expected.
        #expect(try errors("query ($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }") == [])
        #expect(try errors("query ($a: Int, $a: Int) { complicatedArgs { intArgField(intArg: $a) } }") == [
            "There can be only one variable named \"$a\". @ 1:9 @ 1:18",
        ])
    }

    @Test func directives() throws {
        #expect(try errors("{ dog @unknown { name } }") == ["Unknown directive \"@unknown\". @ 1:7"])
        #expect(try errors("query @skip(if: true) { dog { name } }") == ["Directive \"@skip\" may not be used on QUERY. @ 1:7"])
        #expect(try errors("{ dog { name @include(if: true) @include(if: false) } }") == [
            "The directive \"@include\" can only be used once at this location. @ 1:14 @ 1:33",
        ])
        #expect(try errors("{ dog { name @repeatable @repeatable } }") == [])
    }

    @Test func arguments() throws {
        #expect(try errors("{ dog { name(surnam: true) } }") == [
            "Unknown argument \"surnam\" on field \"Dog.name\". Did you mean \"surname\"? @ 1:14",
        ])
        #expect(try errors("{ dog { name @skip(iff: true) } }") == [
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:20",
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:14",
        ])
        #expect(try errors("{ dog { name(surname: true, surname: false) } }") == [
            "There can be only one argument named \"surname\". @ 1:14 @ 1:29",
        ])
        #expect(try errors("{ complicatedArgs { multipleReqs(req1: 1) } }") == [
            "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. @ 1:21",
        ])
    }

    @Test func valuesOfCorrectType() throws {
        #expect(try errors("{ complicatedArgs { intArgField(intArg: \"3\") } }") == ["Int cannot represent non-integer value: \"3\" @ 1:41"])
        #expect(try errors("{ dog { doesKnowCommand(dogCommand: sit) } }") == [
            "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? @ 1:37",
        ])
        #expect(try errors("{ complicatedArgs { complexArgField(complexArg: {intField: 4}) } }") == [
            "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @ 1:49",
        ])
        #expect(try errors("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intFeld: 2}) } }") == [
            "Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? @ 1:71",
        ])
        #expect(try errors("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) } }") == [
            "There can be only one input field named \"requiredField\". @ 1:50 @ 1:71",
        ])
        #expect(try errors("{ complicatedArgs { dateArgField(dateArg: \"2026-02-29\") } }") == [
            "Expected value of type \"Date\", found \"2026-02-29\"; Date must be a real calendar date. @ 1:43",
        ])
        #expect(try errors("{ complicatedArgs { dateArgField(dateArg: \"2024-02-29\") } }") == [])
    }

    @Test func overlappingFields() throws {
        let tail = " Use different aliases on the fields to fetch both if this was intentional."
        #expect(try errors("{ dog { name: nickname name } }") == [
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + tail + " @ 1:9 @ 1:24",
        ])
        #expect(try errors("{ dog { mother { name: nickname } mother { name } } }") == [
            "Fields \"mother\" conflict because subfields \"name\" conflict because \"nickname\" and \"name\" are different fields."
                + tail + " @ 1:9 @ 1:18 @ 1:35 @ 1:44",
        ])
        #expect(try errors("{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }") == [
            "Fields \"doesKnowCommand\" conflict because they have differing arguments." + tail + " @ 1:9 @ 1:42",
        ])
    }

    @Test func introspectionDepth() throws {
        #expect(try errors("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }") == [
            "Maximum introspection depth exceeded @ 1:3",
        ])
        #expect(try errors("{ __schema { types { fields { type { fields { name } } } } } }") == [])
    }

    @Test func validationStopsAfterAHundredErrors() throws {
        let source = "{ " + String(repeating: "a ", count: 150) + "}"
        let found = try errors(source)
        #expect(found.count == 101)
        #expect(found.last == "Too many validation errors, error limit reached. Validation aborted.")
    }

    @Test func errorsCarryTheValidationCode() throws {
        let document = try Parser.parse(Source("{ dog { nam } }"))
        let found = Validator.validate(document, against: ValidationTestSchema.schema)
        #expect(found.map(\.code) == [.validationFailed])
        #expect(found.first?.locations == [GraphQLError.SourceLocation(line: 1, column: 9)])
    }
}
