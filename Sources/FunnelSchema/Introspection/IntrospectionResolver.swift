/// Answers `__schema` and `__type` (spec §4.2) from a `Schema`.
///
/// Every `__Type` is built when a selection reaches it, so the self-referential type graph
/// costs only what a query asks for.
extension Introspection {
    /// The `__schema` value.
    public static func schemaObject(_ schema: Schema) -> OutputObject {
        OutputObject("__Schema") { field, _ in
            switch field {
            case "description": .string(schema.description?.text)
            case "types": .list(schema.types.map { .object(typeObject($0, in: schema)) })
            case "queryType": type(named: schema.queryType, in: schema)
            case "mutationType": schema.mutationType.map { type(named: $0, in: schema) } ?? .null
            case "directives": .list(schema.directives.map { .object(directiveObject($0, in: schema)) })
            default: .null
            }
        }
    }

    /// `__type(name:)`: .null for unknown names.
    public static func type(named name: String, in schema: Schema) -> OutputValue {
        schema.type(named: name).map { .object(typeObject($0, in: schema)) } ?? .null
    }

    /// The `__Type` of a reference: the named type itself, or a `LIST` / `NON_NULL` wrapper
    /// whose `ofType` leads inwards.
    static func type(_ reference: TypeRef, in schema: Schema) -> OutputValue {
        switch reference {
        case .named(let name): type(named: name, in: schema)
        case .list(let inner): .object(wrapperObject("LIST", of: inner, in: schema))
        case .nonNull(let inner): .object(wrapperObject("NON_NULL", of: inner, in: schema))
        }
    }

    static func typeObject(_ type: NamedType, in schema: Schema) -> OutputObject {
        OutputObject("__Type") { field, arguments in
            let includeDeprecated = arguments["includeDeprecated"] == .bool(true)
            switch (field, type) {
            case ("kind", _): return .leaf(.string(kind(of: type)))
            case ("name", _): return .string(type.name)
            case ("description", _): return .string(type.description.text)
            case ("specifiedByURL", .scalar(let scalar)): return .string(scalar.specifiedByURL)
            case ("fields", .object(let object)):
                return .list(object.fields
                    .filter { includeDeprecated || $0.deprecationReason == nil }
                    .map { .object(fieldObject($0, in: schema)) })
            case ("interfaces", .object): return .list([])
            case ("enumValues", .enumeration(let enumeration)):
                return .list(enumeration.values
                    .filter { includeDeprecated || $0.deprecationReason == nil }
                    .map { .object(enumValueObject($0)) })
            case ("inputFields", .inputObject(let inputObject)):
                return .list(inputObject.fields.map { .object(inputValueObject($0, in: schema)) })
            default: return .null
            }
        }
    }

    /// `__TypeKind` of a named type (no interfaces or unions in our schemas).
    static func kind(of type: NamedType) -> String {
        switch type {
        case .scalar: "SCALAR"
        case .object: "OBJECT"
        case .enumeration: "ENUM"
        case .inputObject: "INPUT_OBJECT"
        }
    }

    static func wrapperObject(_ kind: String, of inner: TypeRef, in schema: Schema) -> OutputObject {
        OutputObject("__Type") { field, _ in
            switch field {
            case "kind": .leaf(.string(kind))
            case "ofType": type(inner, in: schema)
            default: .null
            }
        }
    }
}
