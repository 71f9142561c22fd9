/// The introspection system of the specification (§4): its types and meta-fields.
///
/// `Introspection.schemaObject(_:)` (in IntrospectionResolver.swift) answers `__schema` and
/// `__type` from a `Schema`.
public enum Introspection {
    static func d(_ text: String) -> Bilingual { Bilingual(text, text) }

    public static let typenameField = FieldDefinition(
        "__typename", .nonNull(.named("String")), Bilingual("所在对象类型的名称。", "The name of the current object type.")
    )
    public static let schemaField = FieldDefinition(
        "__schema", .nonNull(.named("__Schema")), Bilingual("访问此服务的架构。", "Access the current type schema of this server.")
    )
    public static let typeField = FieldDefinition(
        "__type", .named("__Type"),
        arguments: [InputValueDefinition("name", .nonNull(.named("String")), Bilingual("类型名称。", "The type's name."))],
        Bilingual("按名称查询类型。", "Request the type information of a single type.")
    )

    private static let includeDeprecated = InputValueDefinition(
        "includeDeprecated", .named("Boolean"), default: .bool(false), Bilingual("包含已弃用项。", "Include deprecated items.")
    )

    private static func nn(_ name: String) -> TypeRef { .nonNull(.named(name)) }
    private static func nnList(_ name: String) -> TypeRef { .nonNull(.list(.nonNull(.named(name)))) }

    public static let types: [NamedType] = [
        .object(ObjectType("__Schema", d("A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations."), fields: [
            FieldDefinition("description", .named("String"), d("")),
            FieldDefinition("types", nnList("__Type"), d("A list of all types supported by this server.")),
            FieldDefinition("queryType", nn("__Type"), d("The type that query operations will be rooted at.")),
            FieldDefinition("mutationType", .named("__Type"), d("If this server supports mutation, the type that mutation operations will be rooted at.")),
            FieldDefinition("subscriptionType", .named("__Type"), d("If this server support subscription, the type that subscription operations will be rooted at.")),
            FieldDefinition("directives", nnList("__Directive"), d("A list of all directives supported by this server.")),
        ])),
        .object(ObjectType("__Type", d("The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum."), fields: [
            FieldDefinition("kind", nn("__TypeKind"), d("")),
            FieldDefinition("name", .named("String"), d("")),
            FieldDefinition("description", .named("String"), d("")),
            FieldDefinition("specifiedByURL", .named("String"), d("")),
            FieldDefinition("fields", .list(.nonNull(.named("__Field"))), arguments: [includeDeprecated], d("")),
            FieldDefinition("interfaces", .list(.nonNull(.named("__Type"))), d("")),
            FieldDefinition("possibleTypes", .list(.nonNull(.named("__Type"))), d("")),
            FieldDefinition("enumValues", .list(.nonNull(.named("__EnumValue"))), arguments: [includeDeprecated], d("")),
            FieldDefinition("inputFields", .list(.nonNull(.named("__InputValue"))), arguments: [includeDeprecated], d("")),
            FieldDefinition("ofType", .named("__Type"), d("")),
        ])),
        .object(ObjectType("__Field", d("Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type."), fields: [
            FieldDefinition("name", nn("String"), d("")),
            FieldDefinition("description", .named("String"), d("")),
            FieldDefinition("args", nnList("__InputValue"), arguments: [includeDeprecated], d("")),
            FieldDefinition("type", nn("__Type"), d("")),
            FieldDefinition("isDeprecated", nn("Boolean"), d("")),
            FieldDefinition("deprecationReason", .named("String"), d("")),
        ])),
        .object(ObjectType("__InputValue", d("Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value."), fields: [
            FieldDefinition("name", nn("String"), d("")),
            FieldDefinition("description", .named("String"), d("")),
            FieldDefinition("type", nn("__Type"), d("")),
            FieldDefinition("defaultValue", .named("String"), d("A GraphQL-formatted string representing the default value for this input value.")),
            FieldDefinition("isDeprecated", nn("Boolean"), d("")),
            FieldDefinition("deprecationReason", .named("String"), d("")),
        ])),
        .object(ObjectType("__EnumValue", d("One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string."), fields: [
            FieldDefinition("name", nn("String"), d("")),
            FieldDefinition("description", .named("String"), d("")),
            FieldDefinition("isDeprecated", nn("Boolean"), d("")),
            FieldDefinition("deprecationReason", .named("String"), d("")),
        ])),
        .object(ObjectType("__Directive", d("A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document."), fields: [
            FieldDefinition("name", nn("String"), d("")),
            FieldDefinition("description", .named("String"), d("")),
            FieldDefinition("isRepeatable", nn("Boolean"), d("")),
            FieldDefinition("locations", nnList("__DirectiveLocation"), d("")),
            FieldDefinition("args", nnList("__InputValue"), arguments: [includeDeprecated], d("")),
        ])),
        .enumeration(EnumType("__TypeKind", d("An enum describing what kind of type a given `__Type` is."), values: [
            "SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL",
        ].map { EnumValueDefinition($0, d("")) })),
        .enumeration(EnumType("__DirectiveLocation", d("A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies."), values: [
            "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
            "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
            "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        ].map { EnumValueDefinition($0, d("")) })),
    ]
}
