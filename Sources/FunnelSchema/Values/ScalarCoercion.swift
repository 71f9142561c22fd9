public import FunnelLanguage

/// Input coercion of every scalar this schema knows, with graphql-js's messages for the
/// built-in ones.
///
/// Internal values: Int as `.int`, Float as `.double`, String and ID as `.string`, Boolean
/// as `.bool`; `Date` and `DateTime` as the `.string` they were written as, once checked.
public enum ScalarCoercion {
    /// Literal → internal JSONValue (nil: invalid), per scalar kind; Int range-checked (32-bit),
    /// Float accepts ints, ID accepts int/string, Date = YYYY-MM-DD real calendar date,
    /// DateTime = RFC 3339 with offset (Z or ±HH:MM), seconds required, fraction optional.
    public static func parseLiteral(_ kind: ScalarKind, _ value: Value) -> JSONValue? {
        try? literal(kind, value).get()
    }

    /// Variable value → internal, or a message (graphql-js wording where it has one).
    public static func coerceInput(_ kind: ScalarKind, _ value: JSONValue) -> Result<JSONValue, ScalarCoercionError> {
        switch kind {
        case .int:
            switch value {
            case .int(let int) where Int(Int32.min)...Int(Int32.max) ~= int: return .success(.int(int))
            case .int: return builtIn("Int cannot represent non 32-bit signed integer value: " + value.inspected)
            case .double(let double) where double.isFinite && double == double.rounded():
                guard Double(Int32.min)...Double(Int32.max) ~= double else {
                    return builtIn("Int cannot represent non 32-bit signed integer value: " + value.inspected)
                }
                return .success(.int(Int(double)))
            default: return builtIn("Int cannot represent non-integer value: " + value.inspected)
            }
        case .float:
            switch value {
            case .int(let int): return .success(.double(Double(int)))
            case .double(let double) where double.isFinite: return .success(.double(double))
            default: return builtIn("Float cannot represent non numeric value: " + value.inspected)
            }
        case .string:
            if case .string = value { return .success(value) }
            return builtIn("String cannot represent a non string value: " + value.inspected)
        case .boolean:
            if case .bool = value { return .success(value) }
            return builtIn("Boolean cannot represent a non boolean value: " + value.inspected)
        case .id:
            switch value {
            case .string: return .success(value)
            case .int(let int): return .success(.string(String(int)))
            case .double(let double) where double.isFinite && double == double.rounded() && abs(double) < 9.0e15:
                return .success(.string(String(Int(double))))
            default: return builtIn("ID cannot represent value: " + value.inspected)
            }
        case .date, .dateTime:
            guard case .string(let text) = value else { return custom("\(kind.rawValue) must be a string.") }
            return calendar(kind, text)
        }
    }

    /// The literal's internal value, or why not: graphql-js `parseLiteral` of each scalar.
    static func literal(_ kind: ScalarKind, _ value: Value) -> Result<JSONValue, ScalarCoercionError> {
        let printed = Printer.print(value)
        switch (kind, value) {
        case (.int, .int(let int)):
            guard let number = Int(int.value), Int(Int32.min)...Int(Int32.max) ~= number else {
                return builtIn("Int cannot represent non 32-bit signed integer value: " + printed)
            }
            return .success(.int(number))
        case (.int, _):
            return builtIn("Int cannot represent non-integer value: " + printed)
        case (.float, .int(let int)):
            return finiteDouble(int.value, printed: printed)
        case (.float, .float(let float)):
            return finiteDouble(float.value, printed: printed)
        case (.float, _):
            return builtIn("Float cannot represent non numeric value: " + printed)
        case (.string, .string(let string)):
            return .success(.string(string.value))
        case (.string, _):
            return builtIn("String cannot represent a non string value: " + printed)
        case (.boolean, .boolean(let boolean)):
            return .success(.bool(boolean.value))
        case (.boolean, _):
            return builtIn("Boolean cannot represent a non boolean value: " + printed)
        case (.id, .string(let string)):
            return .success(.string(string.value))
        case (.id, .int(let int)):
            return .success(.string(int.value))
        case (.id, _):
            return builtIn("ID cannot represent a non-string and non-integer value: " + printed)
        case (.date, .string(let string)), (.dateTime, .string(let string)):
            return calendar(kind, string.value)
        case (.date, _), (.dateTime, _):
            return custom("\(kind.rawValue) must be a string.")
        }
    }

    private static func calendar(_ kind: ScalarKind, _ text: String) -> Result<JSONValue, ScalarCoercionError> {
        switch kind == .date ? CalendarText.checkDate(text) : CalendarText.checkDateTime(text) {
        case nil: .success(.string(text))
        case .shape?:
            kind == .date
                ? custom("Date must be written YYYY-MM-DD.")
                : custom("DateTime must be an RFC 3339 date-time with seconds and an offset (Z or ±HH:MM).")
        case .impossible?:
            kind == .date
                ? custom("Date must be a real calendar date.")
                : custom("DateTime must be a real calendar date and time of day.")
        }
    }

    /// A number JSON can carry back: `1e999` is refused rather than turned into infinity.
    private static func finiteDouble(_ digits: String, printed: String) -> Result<JSONValue, ScalarCoercionError> {
        guard let double = Double(digits), double.isFinite else {
            return builtIn("Float cannot represent non numeric value: " + printed)
        }
        return .success(.double(double))
    }

    private static func builtIn(_ message: String) -> Result<JSONValue, ScalarCoercionError> {
        .failure(ScalarCoercionError(message, standsAlone: true))
    }

    private static func custom(_ message: String) -> Result<JSONValue, ScalarCoercionError> {
        .failure(ScalarCoercionError(message, standsAlone: false))
    }
}

