import FunnelSchema

/// A schema exercising every printing rule: descriptions that must stay quoted, arguments
/// with and without descriptions, defaults of every input kind, deprecations, a custom
/// scalar with a specification URL, a custom directive, a mutation root.
enum SchemaPrinterTestSchema {
    static let schema = Schema(
        query: query, mutation: mutation, types: types,
        description: Bilingual("测试架构。", "The test schema."),
        directives: BuiltIns.directives + [cached]
    )

    static let cached = DirectiveDefinition(
        "cached", Bilingual("缓存此字段。", "Caches the field."), locations: [.field, .query],
        arguments: [
            InputValueDefinition("seconds", .named("Int"), default: .int(60), Bilingual("", "")),
            InputValueDefinition("scope", .named("Scope"), default: .string("ORG"), Bilingual("", "")),
        ],
        isRepeatable: true
    )

    static let query = ObjectType("Query", Bilingual("查询入口。", "The query root."), fields: [
        FieldDefinition("deals", .nonNull(.list(.nonNull(.named("Deal")))), arguments: [
            InputValueDefinition("period", .nonNull(.named("PeriodInput")), Bilingual("统计期间。", "The period.")),
            InputValueDefinition("stages", .list(.nonNull(.named("Stage"))), default: .array([.string("LEAD"), .string("WON")]), Bilingual("", "")),
            InputValueDefinition("filter", .named("DealFilter"), default: .object([
                ("owner", .string("42")), ("minAmount", .int(1000)), ("region", .string("华东")),
                // Coerced values carry the input fields' defaults too.
                ("stages", .array([.string("OPEN")])),
            ]), Bilingual("筛选。", "Filter.")),
        ], Bilingual("商机列表。", "Deals.")),
        FieldDefinition("deal", .named("Deal"), arguments: [
            InputValueDefinition("id", .nonNull(.named("ID")), Bilingual("", "")),
            InputValueDefinition("asOf", .named("DateTime"), default: .null, Bilingual("", "")),
        ], Bilingual("", "")),
        FieldDefinition("ratio", .named("Float"), arguments: [
            InputValueDefinition("weight", .named("Float"), default: .double(1.5), Bilingual("", "")),
            InputValueDefinition("scale", .named("Float"), default: .int(2), Bilingual("", "")),
            InputValueDefinition("strict", .named("Boolean"), default: .bool(true), Bilingual("", "")),
            InputValueDefinition("label", .named("String"), default: .string("say \"hi\"\n\\ 你好"), Bilingual("", "")),
            InputValueDefinition("key", .named("ID"), default: .string("abc"), Bilingual("", "")),
        ], Bilingual("比率。", "A ratio.")),
        FieldDefinition("oldTotal", .named("Int"), Bilingual("旧总数。", "Old total."), deprecationReason: "No longer supported"),
        FieldDefinition("legacyTotal", .named("Int"), Bilingual("", ""), deprecationReason: "请改用 deals。 Use \"deals\"."),
    ])

    static let mutation = ObjectType("Mutation", Bilingual("", ""), fields: [
        FieldDefinition("touch", .nonNull(.named("Boolean")), arguments: [
            InputValueDefinition("ids", .nonNull(.list(.nonNull(.named("ID")))), Bilingual("", "")),
        ], Bilingual("", "")),
    ])

    static let types: [NamedType] = [
        .scalar(ScalarType(.dateTime, Bilingual("带时区偏移的时间。", "A moment with an offset."), specifiedByURL: "https://scalars.graphql.org/andimarek/date-time")),
        .scalar(ScalarType(.date, Bilingual("", ""))),
        .object(ObjectType("Deal", Bilingual(
            "  以空格开头的描述。", "  A description that starts with spaces."
        ), fields: [
            FieldDefinition("id", .nonNull(.named("ID")), Bilingual("", "")),
            FieldDefinition("stage", .nonNull(.named("Stage")), Bilingual("当前阶段。", "The current stage.")),
            FieldDefinition("amount", .named("Float"), Bilingual(
                "金额（元），一个相当长的描述，用来测试超过七十个字符的块字符串是否换行打印，确保与参考实现完全一致。",
                "The amount in yuan, with a description long enough to pass seventy characters."
            )),
            FieldDefinition("note", .named("String"), Bilingual("\n以换行开头。", "\nStarts with a newline.")),
            FieldDefinition("quote", .named("String"), Bilingual("含 \"\"\" 三引号", "Ends with a quote \"")),
            FieldDefinition("bell", .named("String"), Bilingual("控制字符 \u{7}", "control \u{7}")),
            FieldDefinition("created", .named("DateTime"), Bilingual("", "")),
        ])),
        .enumeration(EnumType("Stage", Bilingual("阶段。", "Stage."), values: [
            EnumValueDefinition("LEAD", Bilingual("线索。", "Lead.")),
            EnumValueDefinition("OPEN", Bilingual("", "")),
            EnumValueDefinition("WON", Bilingual("赢单。", "Won.")),
            EnumValueDefinition("DEAD", Bilingual("", ""), deprecationReason: "No longer supported"),
            EnumValueDefinition("LOST", Bilingual("输单。", "Lost."), deprecationReason: "Use DEAD"),
        ])),
        .enumeration(EnumType("Scope", Bilingual("", ""), values: [
            EnumValueDefinition("ORG", Bilingual("", "")), EnumValueDefinition("TEAM", Bilingual("", "")),
        ])),
        .inputObject(InputObjectType("PeriodInput", Bilingual("期间。", "A period."), fields: [
            InputValueDefinition("from", .nonNull(.named("Date")), Bilingual("起始。", "First day.")),
            InputValueDefinition("to", .nonNull(.named("Date")), Bilingual("结束。", "Last day.")),
        ])),
        .inputObject(InputObjectType("DealFilter", Bilingual("", ""), fields: [
            InputValueDefinition("region", .named("String"), Bilingual("", "")),
            InputValueDefinition("owner", .named("ID"), Bilingual("负责人。", "Owner.")),
            InputValueDefinition("minAmount", .named("Float"), Bilingual("", "")),
            InputValueDefinition("stages", .list(.nonNull(.named("Stage"))), default: .array([.string("OPEN")]), Bilingual("", "")),
        ])),
    ]
}

extension SchemaPrinterTestSchema {
    /// The specification's scalars and introspection types, which every schema carries.
    static func isBuiltIn(_ name: String) -> Bool {
        name.hasPrefix("__") || ["Int", "Float", "String", "Boolean", "ID"].contains(name)
    }
}
