public import FunnelLanguage

/// graphql-js `getArgumentValues`: a field's or directive's arguments, coerced.
public enum ArgumentValues {
    /// get_argument_values for a field or directive (defaults applied, variables substituted,
    /// enum values as .string(name), input objects as .object in definition order).
    ///
    /// Errors carry code .badUserInput and the argument value's location; a required argument
    /// left out has no node of its own, so that error has no location (validation reports it first).
    public static func coerce(
        _ definitions: [InputValueDefinition], _ arguments: [Argument], variables: [String: JSONValue], schema: Schema
    ) throws(GraphQLError) -> [String: JSONValue] {
        var coerced: [String: JSONValue] = [:]
        for definition in definitions {
            let name = definition.name
            let type = definition.type
            guard let argument = arguments.first(where: { $0.name.value == name }) else {
                if let defaultValue = definition.defaultValue {
                    coerced[name] = defaultValue
                } else if type.isNonNull {
                    throw GraphQLError("Argument \"\(name)\" of required type \"\(type)\" was not provided.", code: .badUserInput)
                }
                continue
            }
            let valueNode = argument.value
            var isNull: Bool
            if case .null = valueNode { isNull = true } else { isNull = false }
            if case .variable(let variable) = valueNode {
                guard let variableValue = variables[variable.name.value] else {
                    if let defaultValue = definition.defaultValue {
                        coerced[name] = defaultValue
                    } else if type.isNonNull {
                        throw GraphQLError(
                            "Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(variable.name.value)\" which was not provided a runtime value.",
                            code: .badUserInput, locations: [valueNode.location].sourceLocations
                        )
                    }
                    continue
                }
                isNull = variableValue == .null
            }
            if isNull && type.isNonNull {
                throw GraphQLError(
                    "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.",
                    code: .badUserInput, locations: [valueNode.location].sourceLocations
                )
            }
            guard let value = LiteralCoercion.value(valueNode, type, schema: schema, variables: variables) else {
                throw GraphQLError(
                    "Argument \"\(name)\" has invalid value \(Printer.print(valueNode)).",
                    code: .badUserInput, locations: [valueNode.location].sourceLocations
                )
            }
            coerced[name] = value
        }
        return coerced
    }
}
