/// graphql-js `coerceInputValue`: a variable's JSON value → the internal value of its type.
///
/// Input objects come out as `.object` in the order their fields are defined, defaults filled in.
enum InputCoercion {
    /// Where in a variable's value a problem lies: object keys and list indices.
    enum PathKey {
        case key(String)
        case index(Int)
    }

    typealias OnError = (_ path: [PathKey], _ invalidValue: JSONValue, _ message: String) -> Void

    /// nil: invalid (graphql-js `undefined`); every problem goes to `onError`.
    static func coerce(_ value: JSONValue, to type: TypeRef, schema: Schema, path: [PathKey] = [], onError: OnError) -> JSONValue? {
        if case .nonNull(let inner) = type {
            if value != .null { return coerce(value, to: inner, schema: schema, path: path, onError: onError) }
            onError(path, value, "Expected non-nullable type \"\(type)\" not to be null.")
            return nil
        }
        if value == .null { return .null }
        if case .list(let itemType) = type {
            guard case .array(let items) = value else {
                return coerce(value, to: itemType, schema: schema, path: path, onError: onError).map { .array([$0]) }
            }
            var coerced: [JSONValue] = []
            var valid = true
            for (index, item) in items.enumerated() {
                if let value = coerce(item, to: itemType, schema: schema, path: path + [.index(index)], onError: onError) {
                    coerced.append(value)
                } else {
                    valid = false
                }
            }
            return valid ? .array(coerced) : nil
        }
        switch schema.type(named: type.namedType) {
        case .inputObject(let object)?:
            guard case .object(let fields) = value else {
                onError(path, value, "Expected type \"\(object.name)\" to be an object.")
                return nil
            }
            var coerced: [(key: String, value: JSONValue)] = []
            var valid = true
            for field in object.fields {
                guard let fieldValue = fields.first(where: { $0.key == field.name })?.value else {
                    if let defaultValue = field.defaultValue {
                        coerced.append((field.name, defaultValue))
                    } else if field.type.isNonNull {
                        onError(path, value, "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")
                        valid = false
                    }
                    continue
                }
                if let fieldCoerced = coerce(fieldValue, to: field.type, schema: schema, path: path + [.key(field.name)], onError: onError) {
                    coerced.append((field.name, fieldCoerced))
                } else {
                    valid = false
                }
            }
            let names = object.fields.map(\.name)
            for (key, _) in fields where !names.contains(key) {
                onError(path, value, "Field \"\(key)\" is not defined by type \"\(object.name)\"." + Suggestions.didYouMean(Suggestions.list(key, names)))
                valid = false
            }
            return valid ? .object(coerced) : nil
        case .scalar(let scalar)?:
            switch ScalarCoercion.coerceInput(scalar.kind, value) {
            case .success(let coerced): return coerced
            case .failure(let error):
                onError(path, value, error.coercionMessage(typeName: scalar.name))
                return nil
            }
        case .enumeration(let enumeration)?:
            switch EnumCoercion.input(enumeration, value) {
            case .success(let coerced): return coerced
            case .failure(let error):
                onError(path, value, error.message)
                return nil
            }
        case .object?, nil:
            return nil
        }
    }

    /// graphql-js `printPathArray`: `.key` and `[index]`.
    static func printed(_ path: [PathKey]) -> String {
        path.map {
            switch $0 {
            case .key(let key): "." + key
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }
}
