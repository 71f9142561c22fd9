import FunnelLanguage

/// graphql-js `valueFromAST`: a literal of the document (variables substituted) → the
/// internal value of its type; nil when it does not fit (graphql-js `undefined`).
enum LiteralCoercion {
    static func value(_ node: Value, _ type: TypeRef, schema: Schema, variables: [String: JSONValue]?) -> JSONValue? {
        if case .variable(let variable) = node {
            guard let value = variables?[variable.name.value] else { return nil }
            if value == .null && type.isNonNull { return nil }
            return value
        }
        if case .nonNull(let inner) = type {
            if case .null = node { return nil }
            return value(node, inner, schema: schema, variables: variables)
        }
        if case .null = node { return .null }
        if case .list(let itemType) = type {
            guard case .list(let list) = node else {
                return value(node, itemType, schema: schema, variables: variables).map { .array([$0]) }
            }
            var items: [JSONValue] = []
            for item in list.values {
                if isMissingVariable(item, variables) {
                    if itemType.isNonNull { return nil }
                    items.append(.null)
                } else {
                    guard let coerced = value(item, itemType, schema: schema, variables: variables) else { return nil }
                    items.append(coerced)
                }
            }
            return .array(items)
        }
        switch schema.type(named: type.namedType) {
        case .inputObject(let object)?:
            guard case .object(let literal) = node else { return nil }
            var fields: [(key: String, value: JSONValue)] = []
            for field in object.fields {
                guard let fieldNode = literal.fields.first(where: { $0.name.value == field.name }),
                      !isMissingVariable(fieldNode.value, variables)
                else {
                    if let defaultValue = field.defaultValue {
                        fields.append((field.name, defaultValue))
                    } else if field.type.isNonNull {
                        return nil
                    }
                    continue
                }
                guard let coerced = value(fieldNode.value, field.type, schema: schema, variables: variables) else { return nil }
                fields.append((field.name, coerced))
            }
            return .object(fields)
        case .scalar(let scalar)?:
            return try? ScalarCoercion.literal(scalar.kind, node).get()
        case .enumeration(let enumeration)?:
            return try? EnumCoercion.literal(enumeration, node).get()
        case .object?, nil:
            return nil
        }
    }

    private static func isMissingVariable(_ node: Value, _ variables: [String: JSONValue]?) -> Bool {
        guard case .variable(let variable) = node else { return false }
        return variables?[variable.name.value] == nil
    }
}
