/// `__Field`, `__InputValue`, `__EnumValue` and `__Directive` values.
///
/// Arguments and input fields cannot be deprecated here, so `includeDeprecated` changes
/// nothing for them and they always answer `isDeprecated: false`.
extension Introspection {
    static func fieldObject(_ definition: FieldDefinition, in schema: Schema) -> OutputObject {
        OutputObject("__Field") { field, _ in
            switch field {
            case "name": .string(definition.name)
            case "description": .string(definition.description.text)
            case "args": .list(definition.arguments.map { .object(inputValueObject($0, in: schema)) })
            case "type": type(definition.type, in: schema)
            case "isDeprecated": .bool(definition.deprecationReason != nil)
            case "deprecationReason": .string(definition.deprecationReason)
            default: .null
            }
        }
    }

    static func inputValueObject(_ definition: InputValueDefinition, in schema: Schema) -> OutputObject {
        OutputObject("__InputValue") { field, _ in
            switch field {
            case "name": .string(definition.name)
            case "description": .string(definition.description.text)
            case "type": type(definition.type, in: schema)
            case "defaultValue": .string(definition.defaultValue.flatMap { GraphQLLiteral.print($0, as: definition.type, in: schema) })
            case "isDeprecated": .bool(false)
            default: .null
            }
        }
    }

    static func enumValueObject(_ definition: EnumValueDefinition) -> OutputObject {
        OutputObject("__EnumValue") { field, _ in
            switch field {
            case "name": .string(definition.name)
            case "description": .string(definition.description.text)
            case "isDeprecated": .bool(definition.deprecationReason != nil)
            case "deprecationReason": .string(definition.deprecationReason)
            default: .null
            }
        }
    }

    static func directiveObject(_ directive: DirectiveDefinition, in schema: Schema) -> OutputObject {
        OutputObject("__Directive") { field, _ in
            switch field {
            case "name": .string(directive.name)
            case "description": .string(directive.description.text)
            case "isRepeatable": .bool(directive.isRepeatable)
            case "locations": .list(directive.locations.map { .leaf(.string($0.rawValue)) })
            case "args": .list(directive.arguments.map { .object(inputValueObject($0, in: schema)) })
            default: .null
            }
        }
    }
}
