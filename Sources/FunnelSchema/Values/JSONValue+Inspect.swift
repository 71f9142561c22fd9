/// graphql-js `inspect`: how messages show a variable's value (JSON strings, unquoted keys,
/// at most ten list items, two levels deep).
extension JSONValue {
    var inspected: String { inspect(depth: 0) }

    private func inspect(depth: Int) -> String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return JSONValue.javaScriptNumber(value)
        case .string(let value): return JSONValue.javaScriptString(value)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if depth >= 2 { return "[Array]" }
            var parts = items.prefix(10).map { $0.inspect(depth: depth + 1) }
            let remaining = items.count - parts.count
            if remaining == 1 { parts.append("... 1 more item") }
            if remaining > 1 { parts.append("... \(remaining) more items") }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            if depth >= 2 { return "[Object]" }
            return "{ " + fields.map { $0.key + ": " + $0.value.inspect(depth: depth + 1) }.joined(separator: ", ") + " }"
        }
    }

    /// JavaScript's `String(number)` for the values JSON can hold.
    static func javaScriptNumber(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e21 { return String(Int64(value)) }
        var text = "\(value)"
        // Swift writes `1e-07` and `1e+21`; JavaScript drops the exponent's leading zeros.
        if let e = text.firstIndex(of: "e") {
            let mantissa = text[..<e]
            var exponent = text[text.index(after: e)...]
            var sign = "+"
            if let first = exponent.first, first == "-" || first == "+" {
                sign = String(first)
                exponent = exponent.dropFirst()
            }
            let digits = exponent.drop { $0 == "0" }
            text = mantissa + "e" + sign + (digits.isEmpty ? "0" : String(digits))
        }
        return text
    }

    /// `JSON.stringify` of a string.
    static func javaScriptString(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x08: result += "\\b"
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0C: result += "\\f"
            case 0x0D: result += "\\r"
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x00...0x1F:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
