public import FunnelLanguage

/// A default value written back as GraphQL source: graphql-js `astFromValue` followed by
/// `print`, the one way both the SDL printer and `__InputValue.defaultValue` show defaults.
///
/// The input type decides the literal's form: a string is an enum value (unquoted) in an
/// enum position, an `Int` literal in an `ID` position when it looks like one, a quoted
/// string otherwise.
public enum GraphQLLiteral {
    /// The printed literal; nil when the value has no literal of the type (graphql-js then
    /// prints no default at all).
    public static func print(_ value: JSONValue, as type: TypeRef, in schema: Schema) -> String? {
        ast(value, as: type, in: schema).map(Printer.print)
    }

    /// graphql-js 16 `astFromValue` for values already coerced to `type`.
    public static func ast(_ value: JSONValue, as type: TypeRef, in schema: Schema) -> Value? {
        switch type {
        case .nonNull(let inner):
            let literal = ast(value, as: inner, in: schema)
            if case .null? = literal { return nil }
            return literal
        case _ where value == .null:
            return .null(NullValue())
        case .list(let itemType):
            guard case .array(let items) = value else { return ast(value, as: itemType, in: schema) }
            return .list(ListValue(items.compactMap { ast($0, as: itemType, in: schema) }))
        case .named(let name):
            switch schema.type(named: name) {
            case .inputObject(let inputObject)?:
                guard case .object(let given) = value else { return nil }
                // The type's field order, not the value's.
                let fields = inputObject.fields.compactMap { field -> ObjectField? in
                    guard let fieldValue = given.first(where: { $0.key == field.name })?.value,
                        let literal = ast(fieldValue, as: field.type, in: schema)
                    else { return nil }
                    return ObjectField(name: Name(field.name), value: literal)
                }
                return .object(ObjectValue(fields))
            case .enumeration(let enumeration)?:
                guard case .string(let name) = value, enumeration.value(name) != nil else { return nil }
                return .enum(EnumValue(name))
            case .scalar(let scalar)?:
                return scalarLiteral(value, of: scalar.kind)
            case .object?, nil:
                return nil
            }
        }
    }

    /// What each scalar's serialization yields, as a literal.
    private static func scalarLiteral(_ value: JSONValue, of kind: ScalarKind) -> Value? {
        switch (kind, value) {
        case (.int, .int(let int)):
            return .int(IntValue(String(int)))
        case (.int, .double(let double)) where double.rounded() == double && abs(double) < 0x1p31:
            return .int(IntValue(String(Int(double))))
        case (.float, .int(let int)):
            return .float(FloatValue(floatText(Double(int))))
        case (.float, .double(let double)) where double.isFinite:
            return .float(FloatValue(floatText(double)))
        case (.boolean, .bool(let bool)):
            return .boolean(BooleanValue(bool))
        case (.id, .int(let int)):
            return .int(IntValue(String(int)))
        case (.id, .string(let string)) where isIntegerText(string):
            return .int(IntValue(string))
        case (.string, .string(let string)), (.id, .string(let string)), (.date, .string(let string)),
            (.dateTime, .string(let string)):
            return .string(StringValue(string))
        default:
            return nil
        }
    }

    /// The shortest text that reads back as the same double, without a `.0` for whole
    /// numbers (Swift's and Python's `repr` agree; graphql-core is our reference peer).
    private static func floatText(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `/^-?(?:0|[1-9][0-9]*)$/`: an `ID` that graphql-js writes as an `Int` literal.
    private static func isIntegerText(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return first != "0" || digits.count == 1
    }
}
