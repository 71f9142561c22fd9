/// The specification's scalars and directives, described in both languages.
public enum BuiltIns {
    public static let scalars: [ScalarType] = [
        ScalarType(.int, Bilingual("32 位有符号整数。", "A signed 32-bit integer.")),
        ScalarType(.float, Bilingual("双精度浮点数。", "A double-precision floating-point value.")),
        ScalarType(.string, Bilingual("UTF-8 文本。", "UTF-8 text.")),
        ScalarType(.boolean, Bilingual("true 或 false。", "true or false.")),
        ScalarType(.id, Bilingual("唯一标识（以字符串序列化）。", "A unique identifier, serialized as a string.")),
    ]

    public static let include = DirectiveDefinition(
        "include",
        Bilingual("仅当 if 为 true 时包含此部分。", "Directs the executor to include this field or fragment only when the `if` argument is true."),
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [InputValueDefinition("if", .nonNull(.named("Boolean")), Bilingual("为 true 时包含。", "Included when true."))]
    )

    public static let skip = DirectiveDefinition(
        "skip",
        Bilingual("当 if 为 true 时跳过此部分。", "Directs the executor to skip this field or fragment when the `if` argument is true."),
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [InputValueDefinition("if", .nonNull(.named("Boolean")), Bilingual("为 true 时跳过。", "Skipped when true."))]
    )

    public static let deprecated = DirectiveDefinition(
        "deprecated",
        Bilingual("标记已弃用的架构元素。", "Marks an element of a GraphQL schema as no longer supported."),
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        arguments: [InputValueDefinition(
            "reason", .named("String"), default: .string("No longer supported"),
            Bilingual("弃用原因。", "Explains why this element was deprecated.")
        )]
    )

    public static let specifiedBy = DirectiveDefinition(
        "specifiedBy",
        Bilingual("标量的规范链接。", "Exposes a URL that specifies the behavior of this scalar."),
        locations: [.scalar],
        arguments: [InputValueDefinition("url", .nonNull(.named("String")), Bilingual("规范的 URL。", "The URL that specifies the behavior of this scalar."))]
    )

    public static let directives = [include, skip, deprecated, specifiedBy]
}
