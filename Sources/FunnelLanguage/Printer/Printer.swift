/// Prints documents in graphql-js 16's canonical form, byte for byte as its `print()`.
///
/// The rules are graphql-js's `printDocASTReducer`: each node prints from its children's
/// printed text with the same `join`, `wrap`, `block` and `indent` rules, so even the odd
/// cases (empty selection sets, block strings inside indented blocks) agree. Definitions and
/// selection sets are written by `DocumentWriter` straight into one buffer at their depth,
/// instead of re-indenting nested text level by level, so deep documents print in linear time.
public enum Printer {
    /// Arguments wrap onto their own lines when the field's line would pass this length
    /// (in UTF-16 units, like JavaScript's `length`).
    static let maxLineLength = 80

    public static func print(_ document: Document) -> String {
        var writer = DocumentWriter()
        writer.write(document)
        return writer.text
    }

    /// `Field`'s `argsLine` in graphql-js: alias, name and arguments, the arguments on their
    /// own lines when the line would be too long.
    static func argumentsLine(_ field: Field) -> String {
        let prefix = wrap("", field.alias?.value ?? "", ": ") + field.name.value
        let arguments = field.arguments.map(print)
        let line = prefix + wrap("(", join(arguments, ", "), ")")
        if line.utf16.count > maxLineLength {
            return prefix + wrap("(\n", indent(join(arguments, "\n")), "\n)")
        }
        return line
    }

    /// The text before an operation's selection set; `query` alone means the shorthand form.
    static func prefix(_ operation: OperationDefinition) -> String {
        let variableDefinitions = wrap("(", join(operation.variableDefinitions.map(print), ", "), ")")
        return join(
            [
                operation.operation.rawValue,
                join([operation.name?.value ?? "", variableDefinitions]),
                join(operation.directives.map(print), " "),
            ],
            " "
        )
    }

    static func print(_ definition: VariableDefinition) -> String {
        "$" + definition.variable.name.value + ": " + print(definition.type)
            + wrap(" = ", definition.defaultValue.map(print) ?? "")
            + wrap(" ", join(definition.directives.map(print), " "))
    }

    static func print(_ argument: Argument) -> String {
        argument.name.value + ": " + print(argument.value)
    }

    static func print(_ directive: Directive) -> String {
        "@" + directive.name.value + wrap("(", join(directive.arguments.map(print), ", "), ")")
    }

    static func print(_ value: Value) -> String {
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
