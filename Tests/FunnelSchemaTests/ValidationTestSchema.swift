import FunnelLanguage
import FunnelSchema

/// The schema of graphql-js's validation test harness, without its interfaces and unions,
/// plus Date and DateTime. `Tests/python/validation/validation_oracle.py` declares the same schema in SDL.
enum ValidationTestSchema {
    private static let none = Bilingual("", "")

    private static func arg(_ name: String, _ type: TypeRef, default value: JSONValue? = nil) -> InputValueDefinition {
        InputValueDefinition(name, type, default: value, none)
    }

    private static func field(_ name: String, _ type: TypeRef, _ arguments: [InputValueDefinition] = []) -> FieldDefinition {
        FieldDefinition(name, type, arguments: arguments, none)
    }

    private static func named(_ name: String) -> TypeRef { .named(name) }
    private static func nonNull(_ name: String) -> TypeRef { .nonNull(.named(name)) }

    static let schema: Schema = {
        let dog = ObjectType("Dog", none, fields: [
            field("name", named("String"), [arg("surname", named("Boolean"))]),
            field("nickname", named("String")),
            field("barkVolume", named("Int")),
            field("barks", named("Boolean")),
            field("doesKnowCommand", named("Boolean"), [arg("dogCommand", named("DogCommand"))]),
            field("isHouseTrained", named("Boolean"), [arg("atOtherHomes", named("Boolean"), default: .bool(true))]),
            field("isAtLocation", named("Boolean"), [arg("x", named("Int")), arg("y", named("Int"))]),
            field("mother", named("Dog")),
            field("father", named("Dog")),
        ])
        let cat = ObjectType("Cat", none, fields: [
            field("name", named("String"), [arg("surname", named("Boolean"))]),
            field("nickname", named("String")),
            field("meows", named("Boolean")),
            field("meowsVolume", named("Int")),
            field("furColor", named("FurColor")),
        ])
        let human = ObjectType("Human", none, fields: [
            field("name", named("String"), [arg("surname", named("Boolean"))]),
            field("pets", .list(named("Dog"))),
            field("relatives", .nonNull(.list(nonNull("Human")))),
            field("iq", named("Int")),
        ])
        let complexInput = InputObjectType("ComplexInput", none, fields: [
            arg("requiredField", nonNull("Boolean")),
            arg("nonNullField", nonNull("Boolean"), default: .bool(false)),
            arg("intField", named("Int")),
            arg("stringField", named("String")),
            arg("booleanField", named("Boolean")),
            arg("stringListField", .list(named("String"))),
        ])
        let complicatedArgs = ObjectType("ComplicatedArgs", none, fields: [
            field("intArgField", named("String"), [arg("intArg", named("Int"))]),
            field("nonNullIntArgField", named("String"), [arg("nonNullIntArg", nonNull("Int"))]),
            field("stringArgField", named("String"), [arg("stringArg", named("String"))]),
            field("booleanArgField", named("String"), [arg("booleanArg", named("Boolean"))]),
            field("enumArgField", named("String"), [arg("enumArg", named("FurColor"))]),
            field("floatArgField", named("String"), [arg("floatArg", named("Float"))]),
            field("idArgField", named("String"), [arg("idArg", named("ID"))]),
            field("stringListArgField", named("String"), [arg("stringListArg", .list(named("String")))]),
            field("stringListNonNullArgField", named("String"), [arg("stringListNonNullArg", .list(nonNull("String")))]),
            field("complexArgField", named("String"), [arg("complexArg", named("ComplexInput"))]),
            field("multipleReqs", named("String"), [arg("req1", nonNull("Int")), arg("req2", nonNull("Int"))]),
            field("nonNullFieldWithDefault", named("String"), [arg("arg", nonNull("Int"), default: .int(0))]),
            field("multipleOpts", named("String"), [arg("opt1", named("Int"), default: .int(0)), arg("opt2", named("Int"), default: .int(0))]),
            field("multipleOptAndReq", named("String"), [
                arg("req1", nonNull("Int")), arg("req2", nonNull("Int")),
                arg("opt1", named("Int"), default: .int(0)), arg("opt2", named("Int"), default: .int(0)),
            ]),
            field("dateArgField", named("String"), [arg("dateArg", named("Date"))]),
            field("dateTimeArgField", named("String"), [arg("at", named("DateTime"))]),
        ])
        let query = ObjectType("QueryRoot", none, fields: [
            field("human", named("Human"), [arg("id", named("ID"))]),
            field("dog", named("Dog")),
            field("cat", named("Cat")),
            field("complicatedArgs", named("ComplicatedArgs")),
        ])
        let mutation = ObjectType("MutationRoot", none, fields: [
            field("renameDog", named("Dog"), [arg("name", nonNull("String"))]),
        ])
        func enumeration(_ name: String, _ values: [String]) -> FunnelSchema.NamedType {
            .enumeration(EnumType(name, none, values: values.map { EnumValueDefinition($0, none) }))
        }
        return Schema(
            query: query, mutation: mutation,
            types: [
                .object(dog), .object(cat), .object(human), .object(complicatedArgs), .inputObject(complexInput),
                enumeration("DogCommand", ["SIT", "HEEL", "DOWN"]),
                enumeration("FurColor", ["BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN"]),
                .scalar(ScalarType(.date, none)), .scalar(ScalarType(.dateTime, none)),
            ],
            directives: BuiltIns.directives + [
                DirectiveDefinition("onQuery", none, locations: [.query]),
                DirectiveDefinition("onMutation", none, locations: [.mutation]),
                DirectiveDefinition("onVariableDefinition", none, locations: [.variableDefinition]),
                DirectiveDefinition("repeatable", none, locations: [.field], isRepeatable: true),
            ]
        )
    }()

    /// Validates `source` against the test schema: each error as `message @ line:column; ...`.
    static func errors(_ source: String) throws -> [String] {
        let document = try Parser.parse(Source(source))
        return Validator.validate(document, against: schema).map(\.rendered)
    }
}

extension GraphQLError {
    /// One line a test can compare: the message and every location.
    var rendered: String {
        ([message] + locations.map { "\($0.line):\($0.column)" }).joined(separator: " @ ")
    }
}
