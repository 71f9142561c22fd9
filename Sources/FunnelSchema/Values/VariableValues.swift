public import FunnelLanguage

/// graphql-js `getVariableValues`: an operation's variables from the request's JSON.
public enum VariableValues {
    /// graphql-js `execute` stops collecting variable errors here.
    static let maxErrors = 50

    /// get_variable_values: defaults, non-null checks, coercion, with graphql-js messages
    /// (`Variable "$x" of required type "Date!" was not provided.`, `Variable "$p" got invalid
    /// value ...; Expected type "Date". ...`), code .badUserInput, location of the definition.
    ///
    /// Returned as values and errors (the engine's shape; `[GraphQLError]` is no `Error`, so no
    /// `Result`): the values are only meaningful when there are no errors.
    public static func coerce(_ operation: OperationDefinition, schema: Schema, inputs: JSONValue?) -> (values: [String: JSONValue], errors: [GraphQLError]) {
        let provided: [(key: String, value: JSONValue)]
        switch inputs {
        case nil, .null?: provided = []
        case .object(let fields)?: provided = fields
        default:
            return ([:], [GraphQLError(
                "Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided.",
                code: .badUserInput
            )])
        }
        var errors: [GraphQLError] = []
        var coerced: [String: JSONValue] = [:]
        func report(_ message: String, at location: Location) -> Bool {
            if errors.count >= maxErrors {
                errors.append(GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.", code: .badUserInput))
                return false
            }
            errors.append(GraphQLError(message, code: .badUserInput, locations: [location].sourceLocations))
            return true
        }
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            guard let type = schema.typeRef(definition.type), schema.isInputType(type) else {
                let written = String(describing: TypeRef(written: definition.type))
                guard report("Variable \"$\(name)\" expected value of type \"\(written)\" which cannot be used as an input type.", at: definition.type.location) else { break }
                continue
            }
            guard let value = provided.first(where: { $0.key == name })?.value else {
                if let defaultValue = definition.defaultValue {
                    coerced[name] = LiteralCoercion.value(defaultValue, type, schema: schema, variables: nil)
                } else if type.isNonNull {
                    guard report("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", at: definition.location) else { break }
                }
                continue
            }
            if value == .null && type.isNonNull {
                guard report("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", at: definition.location) else { break }
                continue
            }
            var aborted = false
            let result = InputCoercion.coerce(value, to: type, schema: schema) { path, invalid, message in
                guard !aborted else { return }
                var prefix = "Variable \"$\(name)\" got invalid value \(invalid.inspected)"
                if !path.isEmpty { prefix += " at \"\(name)\(InputCoercion.printed(path))\"" }
                aborted = !report(prefix + "; " + message, at: definition.location)
            }
            if aborted { break }
            if let result { coerced[name] = result }
        }
        return errors.isEmpty ? (coerced, []) : ([:], errors)
    }
}

extension TypeRef {
    /// The type as written, known to the schema or not.
    init(written node: TypeReference) {
        switch node {
        case .named(let named): self = .named(named.name.value)
        case .list(let list): self = .list(TypeRef(written: list.type))
        case .nonNull(let nonNull): self = .nonNull(TypeRef(written: nonNull.type))
        }
    }
}

