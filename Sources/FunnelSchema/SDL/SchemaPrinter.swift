import FunnelLanguage

/// The schema as SDL, byte for byte as graphql-js 16 `printSchema` (graphql-core 3.2.8
/// `print_schema`) prints the same schema: what `funnelhouse schema` shows and what client
/// tools can build a schema from.
public enum SchemaPrinter {
    /// Built-in scalars, built-in directives and introspection types are left out; the rest
    /// keeps the schema's declaration order. No trailing newline, as graphql-js.
    public static func print(_ schema: Schema) -> String {
        var parts: [String] = []
        if let definition = schemaDefinition(schema) { parts.append(definition) }
        parts += schema.directives.filter { !specifiedDirectives.contains($0.name) }.map { directive($0, in: schema) }
        parts += schema.types.filter { !specifiedTypes.contains($0.name) }.map { type($0, in: schema) }
        return parts.joined(separator: "\n\n")
    }

    /// graphql-js `isSpecifiedDirective`, by name.
    static let specifiedDirectives: Set<String> = ["include", "skip", "deprecated", "specifiedBy", "oneOf"]

    /// graphql-js `isSpecifiedScalarType` and `isIntrospectionType`, by name.
    static let specifiedTypes = Set(BuiltIns.scalars.map(\.name) + Introspection.types.map(\.name))

    /// `schema { ... }` only when it says something: a description or uncommon root names.
    static func schemaDefinition(_ schema: Schema) -> String? {
        let description = schema.description?.text
        let commonNames = schema.queryType == "Query" && (schema.mutationType ?? "Mutation") == "Mutation"
        if description == nil && commonNames { return nil }
        var operations = ["  query: \(schema.queryType)"]
        if let mutation = schema.mutationType { operations.append("  mutation: \(mutation)") }
        return printed(description) + "schema {\n" + operations.joined(separator: "\n") + "\n}"
    }

    static func type(_ type: NamedType, in schema: Schema) -> String {
        let description = printed(type.description.text)
        switch type {
        case .scalar(let scalar):
            return description + "scalar \(scalar.name)" + specifiedBy(scalar.specifiedByURL)
        case .object(let object):
            let fields = object.fields.enumerated().map { index, field in
                printed(field.description.text, indentation: "  ", firstInBlock: index == 0)
                    + "  \(field.name)" + arguments(field.arguments, indentation: "  ", in: schema)
                    + ": \(field.type)" + deprecated(field.deprecationReason)
            }
            return description + "type \(object.name)" + block(fields)
        case .enumeration(let enumeration):
            let values = enumeration.values.enumerated().map { index, value in
                printed(value.description.text, indentation: "  ", firstInBlock: index == 0)
                    + "  \(value.name)" + deprecated(value.deprecationReason)
            }
            return description + "enum \(enumeration.name)" + block(values)
        case .inputObject(let inputObject):
            let fields = inputObject.fields.enumerated().map { index, field in
                printed(field.description.text, indentation: "  ", firstInBlock: index == 0)
                    + "  " + inputValue(field, in: schema)
            }
            return description + "input \(inputObject.name)" + block(fields)
        }
    }

    static func directive(_ directive: DirectiveDefinition, in schema: Schema) -> String {
        printed(directive.description.text) + "directive @\(directive.name)"
            + arguments(directive.arguments, indentation: "", in: schema)
            + (directive.isRepeatable ? " repeatable" : "")
            + " on " + directive.locations.map(\.rawValue).joined(separator: " | ")
    }

    /// One line when no argument has a description, else one argument per line.
    static func arguments(_ arguments: [InputValueDefinition], indentation: String, in schema: Schema) -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ $0.description.text == nil }) {
            return "(" + arguments.map { inputValue($0, in: schema) }.joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { index, argument in
            printed(argument.description.text, indentation: "  " + indentation, firstInBlock: index == 0)
                + "  " + indentation + inputValue(argument, in: schema)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    static func inputValue(_ value: InputValueDefinition, in schema: Schema) -> String {
        let defaultValue = value.defaultValue.flatMap { GraphQLLiteral.print($0, as: value.type, in: schema) }
        return "\(value.name): \(value.type)" + (defaultValue.map { " = " + $0 } ?? "")
    }

    static func block(_ items: [String]) -> String {
        items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
    }

    static func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: \(Printer.print(.string(StringValue(reason)))))"
    }

    /// The default of `@deprecated(reason:)`, which graphql-js leaves unsaid.
    static let defaultDeprecationReason = "No longer supported"

    static func specifiedBy(_ url: String?) -> String {
        guard let url else { return "" }
        return " @specifiedBy(url: \(Printer.print(.string(StringValue(url)))))"
    }
}
