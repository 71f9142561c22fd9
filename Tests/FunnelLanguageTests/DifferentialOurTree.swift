import FunnelLanguage

/// Our AST as a `DifferentialTree`.
enum DifferentialOurTree {
    static func of(_ document: Document) -> DifferentialTree {
        DifferentialTree("document", document.definitions.map(definition))
    }

    static func definition(_ definition: Definition) -> DifferentialTree {
        switch definition {
        case .operation(let operation):
            DifferentialTree("operation", [
                .word(operation.operation.rawValue),
                operation.name.map { .text($0.value) } ?? .absent,
                DifferentialTree("variables", operation.variableDefinitions.map(variableDefinition)),
                directives(operation.directives),
                selectionSet(operation.selectionSet),
            ])
        case .fragment(let fragment):
            DifferentialTree("fragment", [
                .text(fragment.name.value),
                .text(fragment.typeCondition.name.value),
                directives(fragment.directives),
                selectionSet(fragment.selectionSet),
            ])
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

    static func type(_ type: TypeReference) -> DifferentialTree {
        switch type {
        case .named(let named): DifferentialTree("named", [.text(named.name.value)])
        case .list(let list): DifferentialTree("list", [Self.type(list.type)])
        case .nonNull(let nonNull): DifferentialTree("non-null", [Self.type(nonNull.type)])
        }
    }

    static func selectionSet(_ set: SelectionSet) -> DifferentialTree {
        DifferentialTree("selections", set.selections.map(selection))
    }

    static func selection(_ selection: Selection) -> DifferentialTree {
        switch selection {
        case .field(let field):
            DifferentialTree("field", [
                field.alias.map { .text($0.value) } ?? .absent,
                .text(field.name.value),
                arguments(field.arguments),
                directives(field.directives),
                field.selectionSet.map(selectionSet) ?? .absent,
            ])
        case .fragmentSpread(let spread):
            DifferentialTree("spread", [.text(spread.name.value), directives(spread.directives)])
        case .inlineFragment(let fragment):
            DifferentialTree("inline-fragment", [
                fragment.typeCondition.map { .text($0.name.value) } ?? .absent,
                directives(fragment.directives),
                selectionSet(fragment.selectionSet),
            ])
        }
    }

    static func arguments(_ arguments: [Argument]) -> DifferentialTree {
        DifferentialTree("arguments", arguments.map { DifferentialTree("argument", [.text($0.name.value), value($0.value)]) })
    }

    static func directives(_ directives: [Directive]) -> DifferentialTree {
        DifferentialTree("directives", directives.map { DifferentialTree("directive", [.text($0.name.value), arguments($0.arguments)]) })
    }

    static func value(_ value: Value) -> DifferentialTree {
        switch value {
        case .variable(let variable): DifferentialTree("variable", [.text(variable.name.value)])
        case .int(let int): DifferentialTree("int", [.text(int.value)])
        case .float(let float): DifferentialTree("float", [.text(float.value)])
        case .string(let string): DifferentialTree(string.block ? "block-string" : "string", [.text(string.value)])
        case .boolean(let boolean): DifferentialTree("boolean", [.word(String(boolean.value))])
        case .null: DifferentialTree("null")
        case .enum(let enumValue): DifferentialTree("enum", [.text(enumValue.value)])
        case .list(let list): DifferentialTree("list", list.values.map(Self.value))
        case .object(let object):
            DifferentialTree("object", object.fields.map { DifferentialTree("object-field", [.text($0.name.value), Self.value($0.value)]) })
        }
    }
}
