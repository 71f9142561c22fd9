/// Prints documents in graphql-js 16's canonical form, byte for byte as its `print()`.
///
/// The printer is graphql-js's `printDocASTReducer` bottom-up: each node prints from its
/// children's printed text with the same `join`, `wrap`, `block` and `indent` rules, so
/// even the odd cases (empty selection sets, block strings inside indented blocks) agree.
public enum Printer {
    /// Arguments wrap onto their own lines when the field's line would pass this length
    /// (in UTF-16 units, like JavaScript's `length`).
    static let maxLineLength = 80

    public static func print(_ document: Document) -> String {
        join(document.definitions.map(print), "\n\n")
    }

    static func print(_ definition: Definition) -> String {
        switch definition {
        case .operation(let operation): print(operation)
        case .fragment(let fragment): print(fragment)
        }
    }

    static func print(_ operation: OperationDefinition) -> String {
        let variableDefinitions = wrap("(", join(operation.variableDefinitions.map(print), ", "), ")")
        let prefix = join(
            [
                operation.operation.rawValue,
                join([operation.name?.value ?? "", variableDefinitions]),
                join(operation.directives.map(print), " "),
            ],
            " "
        )
        // The anonymous query without variables or directives prints in the shorthand form.
        return (prefix == "query" ? "" : prefix + " ") + print(operation.selectionSet)
    }

    static func print(_ definition: VariableDefinition) -> String {
        "$" + definition.variable.name.value + ": " + print(definition.type)
            + wrap(" = ", definition.defaultValue.map(print) ?? "")
            + wrap(" ", join(definition.directives.map(print), " "))
    }

    static func print(_ selectionSet: SelectionSet) -> String {
        block(selectionSet.selections.map(print))
    }

    static func print(_ selection: Selection) -> String {
        switch selection {
        case .field(let field): print(field)
        case .fragmentSpread(let spread): "..." + spread.name.value + wrap(" ", join(spread.directives.map(print), " "))
        case .inlineFragment(let fragment):
            join(
                [
                    "...",
                    wrap("on ", fragment.typeCondition?.name.value ?? ""),
                    join(fragment.directives.map(print), " "),
                    print(fragment.selectionSet),
                ],
                " "
            )
        }
    }

    static func print(_ field: Field) -> String {
        let prefix = wrap("", field.alias?.value ?? "", ": ") + field.name.value
        let arguments = field.arguments.map(print)
        var argumentsLine = prefix + wrap("(", join(arguments, ", "), ")")
        if argumentsLine.utf16.count > maxLineLength {
            argumentsLine = prefix + wrap("(\n", indent(join(arguments, "\n")), "\n)")
        }
        return join([argumentsLine, join(field.directives.map(print), " "), field.selectionSet.map(print) ?? ""], " ")
    }

    static func print(_ argument: Argument) -> String {
        argument.name.value + ": " + print(argument.value)
    }

    static func print(_ fragment: FragmentDefinition) -> String {
        "fragment " + fragment.name.value + " on " + fragment.typeCondition.name.value + " "
            + wrap("", join(fragment.directives.map(print), " "), " ") + print(fragment.selectionSet)
    }

    static func print(_ directive: Directive) -> String {
        "@" + directive.name.value + wrap("(", join(directive.arguments.map(print), ", "), ")")
    }

    public static func print(_ value: Value) -> String {
        switch value {
        case .variable(let variable): "$" + variable.name.value
        case .int(let int): int.value
        case .float(let float): float.value
        case .string(let string): string.block ? BlockString.printed(string.value) : StringLiteral.printed(string.value)
        case .boolean(let boolean): boolean.value ? "true" : "false"
        case .null: "null"
        case .enum(let value): value.value
        case .list(let list): "[" + join(list.values.map(print), ", ") + "]"
        case .object(let object): "{" + join(object.fields.map { $0.name.value + ": " + print($0.value) }, ", ") + "}"
        }
    }

    static func print(_ type: TypeReference) -> String {
        switch type {
        case .named(let named): named.name.value
        case .list(let list): "[" + print(list.type) + "]"
        case .nonNull(let nonNull): print(nonNull.type) + "!"
        }
    }

    // MARK: - graphql-js's layout rules

    /// The non-empty strings joined by `separator`.
    static func join(_ strings: [String], _ separator: String = "") -> String {
        strings.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// Each string on its own line, indented, in `{ }`; nothing at all for no strings.
    static func block(_ strings: [String]) -> String {
        wrap("{\n", indent(join(strings, "\n")), "\n}")
    }

    /// `string` between `start` and `end`, or nothing when `string` is empty.
    static func wrap(_ start: String, _ string: String, _ end: String = "") -> String {
        string.isEmpty ? "" : start + string + end
    }

    /// Two spaces before every line, block-string lines included, as graphql-js does.
    static func indent(_ string: String) -> String {
        guard !string.isEmpty else { return "" }
        var bytes: [UInt8] = [0x20, 0x20]
        bytes.reserveCapacity(string.utf8.count + 16)
        for byte in string.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\n") {
                bytes.append(0x20)
                bytes.append(0x20)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
