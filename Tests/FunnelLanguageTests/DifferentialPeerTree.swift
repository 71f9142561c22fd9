import GraphQL

/// GraphQLSwift's AST as a `DifferentialTree`, node for node like `DifferentialOurTree`.
/// This file alone imports GraphQLSwift: its `Document`, `Source`, `Field`... share names
/// with ours.
enum DifferentialPeerTree {
    /// Parses with GraphQLSwift; nil when it rejects the text.
    static func parse(_ text: String) -> DifferentialTree? {
        guard let document = try? GraphQL.parse(source: text) else { return nil }
        return DifferentialTree("document", document.definitions.map(definition))
    }

    /// GraphQLSwift's error message for `text`, nil when it accepts it.
    static func rejection(_ text: String) -> String? {
        do {
            _ = try GraphQL.parse(source: text)
            return nil
        } catch let error as GraphQLError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    static func definition(_ definition: any Definition) -> DifferentialTree {
        switch definition {
        case let operation as OperationDefinition:
            DifferentialTree("operation", [
                .word(operation.operation.rawValue),
                operation.name.map { .text($0.value) } ?? .absent,
                DifferentialTree("variables", operation.variableDefinitions.map(variableDefinition)),
                directives(operation.directives),
                selectionSet(operation.selectionSet),
            ])
        case let fragment as FragmentDefinition:
            DifferentialTree("fragment", [
                .text(fragment.name.value),
                .text(fragment.typeCondition.name.value),
                directives(fragment.directives),
                selectionSet(fragment.selectionSet),
            ])
        default:
            // Type-system definitions: ours rejects them, so they never reach a comparison.
            DifferentialTree("type-system-definition", [.word("\(definition.kind)")])
        }
    }

    static func variableDefinition(_ definition: VariableDefinition) -> DifferentialTree {
        DifferentialTree("variable-definition", [
            .text(definition.variable.name.value),
            type(definition.type),
            definition.defaultValue.map(value) ?? .absent,
            directives(definition.directives),
        ])
    }

    static func type(_ type: any GraphQL.`Type`) -> DifferentialTree {
        switch type {
        case let named as NamedType: DifferentialTree("named", [.text(named.name.value)])
        case let list as ListType: DifferentialTree("list", [Self.type(list.type)])
        case let nonNull as NonNullType: DifferentialTree("non-null", [Self.type(nonNull.type)])
        default: DifferentialTree("unknown-type")
        }
    }

    static func selectionSet(_ set: SelectionSet) -> DifferentialTree {
        DifferentialTree("selections", set.selections.map(selection))
    }

    static func selection(_ selection: any Selection) -> DifferentialTree {
        switch selection {
        case let field as Field:
            DifferentialTree("field", [
                field.alias.map { .text($0.value) } ?? .absent,
                .text(field.name.value),
                arguments(field.arguments),
                directives(field.directives),
                field.selectionSet.map(selectionSet) ?? .absent,
            ])
        case let spread as FragmentSpread:
            DifferentialTree("spread", [.text(spread.name.value), directives(spread.directives)])
        case let fragment as InlineFragment:
            DifferentialTree("inline-fragment", [
                fragment.typeCondition.map { .text($0.name.value) } ?? .absent,
                directives(fragment.directives),
                selectionSet(fragment.selectionSet),
            ])
        default:
            DifferentialTree("unknown-selection")
        }
    }

    static func arguments(_ arguments: [Argument]) -> DifferentialTree {
        DifferentialTree("arguments", arguments.map { DifferentialTree("argument", [.text($0.name.value), value($0.value)]) })
    }

    static func directives(_ directives: [Directive]) -> DifferentialTree {
        DifferentialTree("directives", directives.map { DifferentialTree("directive", [.text($0.name.value), arguments($0.arguments)]) })
    }

    static func value(_ value: any Value) -> DifferentialTree {
        switch value {
        case let variable as Variable: DifferentialTree("variable", [.text(variable.name.value)])
        case let int as IntValue: DifferentialTree("int", [.text(int.value)])
        case let float as FloatValue: DifferentialTree("float", [.text(float.value)])
        case let string as StringValue: DifferentialTree(string.block == true ? "block-string" : "string", [.text(string.value)])
        case let boolean as BooleanValue: DifferentialTree("boolean", [.word(String(boolean.value))])
        case is NullValue: DifferentialTree("null")
        case let enumValue as EnumValue: DifferentialTree("enum", [.text(enumValue.value)])
        case let list as ListValue: DifferentialTree("list", list.values.map(Self.value))
        case let object as ObjectValue:
            DifferentialTree("object", object.fields.map { DifferentialTree("object-field", [.text($0.name.value), Self.value($0.value)]) })
        default: DifferentialTree("unknown-value")
        }
    }
}
