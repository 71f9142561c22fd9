public import FunnelLanguage

// Stand-ins until the `validation` branch lands (Validator, VariableValues, ArgumentValues):
// same names and signatures, minimal behaviour. Deleted when it merges.

public enum Validator {
    public static func validate(_ document: Document, against schema: Schema) -> [GraphQLError] { [] }
}

public enum VariableValues {
    public static func coerce(_ operation: OperationDefinition, schema: Schema, inputs: JSONValue?) -> (values: [String: JSONValue], errors: [GraphQLError]) {
        var values: [String: JSONValue] = [:]
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            if let given = inputs?[name] {
                values[name] = given
            } else if let defaultValue = definition.defaultValue {
                values[name] = try? ArgumentValues.literal(defaultValue, variables: [:])
            }
        }
        return (values, [])
    }
}

public enum ArgumentValues {
    public static func coerce(
        _ definitions: [InputValueDefinition], _ arguments: [Argument], variables: [String: JSONValue], schema: Schema
    ) throws(GraphQLError) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for definition in definitions {
            if let argument = arguments.first(where: { $0.name.value == definition.name }) {
                values[definition.name] = try literal(argument.value, variables: variables)
            } else if let defaultValue = definition.defaultValue {
                values[definition.name] = defaultValue
            }
        }
        return values
    }

    static func literal(_ value: Value, variables: [String: JSONValue]) throws(GraphQLError) -> JSONValue {
        switch value {
        case .variable(let variable): return variables[variable.name.value] ?? .null
        case .int(let int): return .int(Int(int.value) ?? 0)
        case .float(let float): return .double(Double(float.value) ?? 0)
        case .string(let string): return .string(string.value)
        case .boolean(let boolean): return .bool(boolean.value)
        case .null: return .null
        case .enum(let enumValue): return .string(enumValue.value)
        case .list(let list):
            var items: [JSONValue] = []
            for item in list.values { items.append(try literal(item, variables: variables)) }
            return .array(items)
        case .object(let object):
            var fields: [(key: String, value: JSONValue)] = []
            for field in object.fields { fields.append((field.name.value, try literal(field.value, variables: variables))) }
            return .object(fields)
        }
    }
}

extension Introspection {
    public static func schemaObject(_ schema: Schema) -> OutputObject {
        OutputObject("__Schema", fields: [:])
    }

    public static func type(named name: String, in schema: Schema) -> OutputValue { .null }
}
