import FunnelSchema
import Testing

/// The resolver asked field by field, as an executor would (spec §4.2).
@Suite struct IntrospectionResolverTests {
    let schema = SchemaPrinterTestSchema.schema

    /// A field to ask for: name, arguments, and the fields to ask of its value.
    struct Pick: ExpressibleByStringLiteral {
        let name: String
        let arguments: [String: JSONValue]
        let picks: [Pick]

        init(_ name: String, _ arguments: [String: JSONValue] = [:], _ picks: [Pick] = []) {
            self.name = name
            self.arguments = arguments
            self.picks = picks
        }

        init(stringLiteral name: String) { self.init(name) }
    }

    func resolve(_ value: OutputValue, _ picks: [Pick]) -> JSONValue {
        switch value {
        case .null: .null
        case .leaf(let leaf): leaf
        case .list(let items): .array(items.map { resolve($0, picks) })
        case .object(let object):
            .object(picks.map { ($0.name, resolve(object.field($0.name, arguments: $0.arguments), $0.picks)) })
        }
    }

    func type(_ name: String, _ picks: [Pick]) -> JSONValue {
        resolve(Introspection.type(named: name, in: schema), picks)
    }

    func names(_ items: [String]) -> JSONValue { .array(items.map { .object([("name", .string($0))]) }) }

    @Test func kindsNamesAndDescriptions() {
        let picks: [Pick] = ["kind", "name", "description", "specifiedByURL", "ofType"]
        #expect(type("Query", picks) == .object([
            ("kind", "OBJECT"), ("name", "Query"), ("description", "查询入口。\n\nThe query root."),
            ("specifiedByURL", .null), ("ofType", .null),
        ]))
        #expect(type("Stage", ["kind", "description"]) == .object([("kind", "ENUM"), ("description", "阶段。\n\nStage.")]))
        #expect(type("PeriodInput", ["kind"]) == .object([("kind", "INPUT_OBJECT")]))
        #expect(type("DateTime", ["kind", "specifiedByURL"]) == .object([
            ("kind", "SCALAR"), ("specifiedByURL", "https://scalars.graphql.org/andimarek/date-time"),
        ]))
        #expect(type("Date", ["kind", "description", "specifiedByURL"]) == .object([
            ("kind", "SCALAR"), ("description", .null), ("specifiedByURL", .null),
        ]))
        #expect(type("String", ["kind", "description"]) == .object([("kind", "SCALAR"), ("description", "UTF-8 文本。\n\nUTF-8 text.")]))
        #expect(type("__Type", ["kind"]) == .object([("kind", "OBJECT")]))
        #expect(type("Nope", ["kind"]) == .null)
    }

    @Test func listsOfFieldsInterfacesAndMembersOnlyWhereTheKindHasThem() {
        let picks: [Pick] = ["fields", "interfaces", "possibleTypes", "enumValues", "inputFields"]
        #expect(type("Mutation", [Pick("fields", [:], ["name"]), "interfaces", "possibleTypes", "enumValues", "inputFields"]) == .object([
            ("fields", names(["touch"])), ("interfaces", .array([])), ("possibleTypes", .null),
            ("enumValues", .null), ("inputFields", .null),
        ]))
        #expect(type("Scope", picks) == .object([
            ("fields", .null), ("interfaces", .null), ("possibleTypes", .null),
            ("enumValues", .array([.object([]), .object([])])), ("inputFields", .null),
        ]))
        #expect(type("DateTime", picks) == .object([
            ("fields", .null), ("interfaces", .null), ("possibleTypes", .null), ("enumValues", .null), ("inputFields", .null),
        ]))
    }

    @Test func wrappersLeadInwardThroughOfType() {
        let typeChain = Pick("type", [:], ["kind", "name", Pick("ofType", [:], ["kind", "name", Pick("ofType", [:], [
            "kind", "name", Pick("ofType", [:], ["kind", "name", "ofType"]),
        ])])])
        let deals = type("Query", [Pick("fields", [:], ["name", typeChain])])
        guard case .array(let fields)? = deals["fields"] else {
            Issue.record("Query.fields is not a list")
            return
        }
        #expect(fields.first == .object([
            ("name", "deals"),
            ("type", .object([
                ("kind", "NON_NULL"), ("name", .null), ("ofType", .object([
                    ("kind", "LIST"), ("name", .null), ("ofType", .object([
                        ("kind", "NON_NULL"), ("name", .null), ("ofType", .object([
                            ("kind", "OBJECT"), ("name", "Deal"), ("ofType", .null),
                        ])),
                    ])),
                ])),
            ])),
        ]))
    }

    @Test func deprecatedFieldsAndEnumValuesOnlyWhenAskedFor() {
        let fieldPicks: [Pick] = ["name", "isDeprecated", "deprecationReason"]
        #expect(type("Query", [Pick("fields", [:], ["name"])]) == .object([("fields", names(["deals", "deal", "ratio"]))]))
        #expect(type("Query", [Pick("fields", ["includeDeprecated": false], ["name"])]) == .object([("fields", names(["deals", "deal", "ratio"]))]))
        #expect(type("Query", [Pick("fields", ["includeDeprecated": true], fieldPicks)]) == .object([("fields", .array([
            .object([("name", "deals"), ("isDeprecated", false), ("deprecationReason", .null)]),
            .object([("name", "deal"), ("isDeprecated", false), ("deprecationReason", .null)]),
            .object([("name", "ratio"), ("isDeprecated", false), ("deprecationReason", .null)]),
            .object([("name", "oldTotal"), ("isDeprecated", true), ("deprecationReason", "No longer supported")]),
            .object([("name", "legacyTotal"), ("isDeprecated", true), ("deprecationReason", "请改用 deals。 Use \"deals\".")]),
        ]))]))
        #expect(type("Stage", [Pick("enumValues", [:], ["name"])]) == .object([("enumValues", names(["LEAD", "OPEN", "WON"]))]))
        #expect(type("Stage", [Pick("enumValues", ["includeDeprecated": true], ["name", "description", "isDeprecated", "deprecationReason"])]) == .object([
            ("enumValues", .array([
                .object([("name", "LEAD"), ("description", "线索。\n\nLead."), ("isDeprecated", false), ("deprecationReason", .null)]),
                .object([("name", "OPEN"), ("description", .null), ("isDeprecated", false), ("deprecationReason", .null)]),
                .object([("name", "WON"), ("description", "赢单。\n\nWon."), ("isDeprecated", false), ("deprecationReason", .null)]),
                .object([("name", "DEAD"), ("description", .null), ("isDeprecated", true), ("deprecationReason", "No longer supported")]),
                .object([("name", "LOST"), ("description", "输单。\n\nLost."), ("isDeprecated", true), ("deprecationReason", "Use DEAD")]),
            ])),
        ]))
    }

    @Test func argumentsAndInputFieldsWithDefaultsAsGraphQLText() {
        let argumentPicks: [Pick] = ["name", "defaultValue"]
        func arguments(of field: String) -> JSONValue? {
            guard case .array(let fields)? = type("Query", [Pick("fields", ["includeDeprecated": true], ["name", Pick("args", [:], argumentPicks)])])["fields"]
            else { return nil }
            return fields.first { $0["name"] == .string(field) }?["args"]
        }
        func argument(_ name: String, _ defaultValue: JSONValue) -> JSONValue {
            .object([("name", .string(name)), ("defaultValue", defaultValue)])
        }
        #expect(arguments(of: "deals") == .array([
            argument("period", .null),
            argument("stages", "[LEAD, WON]"),
            argument("filter", #"{region: "华东", owner: 42, minAmount: 1000, stages: [OPEN]}"#),
        ]))
        #expect(arguments(of: "deal") == .array([argument("id", .null), argument("asOf", "null")]))
        #expect(arguments(of: "ratio") == .array([
            argument("weight", "1.5"), argument("scale", "2"), argument("strict", "true"),
            argument("label", #""say \"hi\"\n\\ 你好""#), argument("key", #""abc""#),
        ]))
        #expect(arguments(of: "oldTotal") == .array([]))

        #expect(type("DealFilter", [Pick("inputFields", ["includeDeprecated": true], [
            "name", "description", Pick("type", [:], ["kind", "name", Pick("ofType", [:], ["kind", "name"])]), "defaultValue",
            "isDeprecated", "deprecationReason",
        ])])["inputFields"] == .array([
            .object([("name", "region"), ("description", .null), ("type", .object([("kind", "SCALAR"), ("name", "String"), ("ofType", .null)])),
                     ("defaultValue", .null), ("isDeprecated", false), ("deprecationReason", .null)]),
            .object([("name", "owner"), ("description", "负责人。\n\nOwner."), ("type", .object([("kind", "SCALAR"), ("name", "ID"), ("ofType", .null)])),
                     ("defaultValue", .null), ("isDeprecated", false), ("deprecationReason", .null)]),
            .object([("name", "minAmount"), ("description", .null), ("type", .object([("kind", "SCALAR"), ("name", "Float"), ("ofType", .null)])),
                     ("defaultValue", .null), ("isDeprecated", false), ("deprecationReason", .null)]),
            .object([("name", "stages"), ("description", .null), ("type", .object([("kind", "LIST"), ("name", .null), ("ofType", .object([("kind", "NON_NULL"), ("name", .null)]))])),
                     ("defaultValue", "[OPEN]"), ("isDeprecated", false), ("deprecationReason", .null)]),
        ]))
    }

    @Test func schemaRootsTypesAndDirectives() {
        let value = resolve(.object(Introspection.schemaObject(schema)), [
            "description",
            Pick("queryType", [:], ["name"]), Pick("mutationType", [:], ["name"]), Pick("subscriptionType", [:], ["name"]),
            Pick("types", [:], ["name"]),
            Pick("directives", [:], ["name", "isRepeatable", "locations", Pick("args", [:], ["name", "defaultValue"])]),
        ])
        #expect(value["description"] == "测试架构。\n\nThe test schema.")
        #expect(value["queryType"] == .object([("name", "Query")]))
        #expect(value["mutationType"] == .object([("name", "Mutation")]))
        #expect(value["subscriptionType"] == .null)
        #expect(value["types"] == names([
            "Query", "Mutation", "DateTime", "Date", "Deal", "Stage", "Scope", "PeriodInput", "DealFilter",
            "Int", "Float", "String", "Boolean", "ID",
            "__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation",
        ]))
        guard case .array(let directives)? = value["directives"] else {
            Issue.record("directives is not a list")
            return
        }
        #expect(directives.map { $0["name"] } == ["include", "skip", "deprecated", "specifiedBy", "cached"])
        #expect(directives[2] == .object([
            ("name", "deprecated"), ("isRepeatable", false),
            ("locations", ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"]),
            ("args", .array([.object([("name", "reason"), ("defaultValue", #""No longer supported""#)])])),
        ]))
        #expect(directives[4] == .object([
            ("name", "cached"), ("isRepeatable", true), ("locations", ["FIELD", "QUERY"]),
            ("args", .array([
                .object([("name", "seconds"), ("defaultValue", "60")]), .object([("name", "scope"), ("defaultValue", "ORG")]),
            ])),
        ]))
    }
}
