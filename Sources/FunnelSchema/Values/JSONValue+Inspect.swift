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

    /// JavaScript's `String(number)` (ECMA-262 Number::toString) from Swift's shortest
    /// round-trip digits: fixed notation from 1e-6 up to 1e21, exponent notation outside.
    static func javaScriptNumber(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        var text = "\(abs(value))"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0] + (parts.count > 1 ? parts[1] : ""))
        // The decimal point stands after `point` digits: value = 0.digits × 10^point.
        var point = parts[0].count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        let count = digits.count
        let result: String
        if count <= point && point <= 21 {
            result = String(digits) + String(repeating: "0", count: point - count)
        } else if 0 < point && point <= 21 {
            result = String(digits[..<point]) + "." + String(digits[point...])
        } else if -6 < point && point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + String(digits)
        } else {
            let shown = point - 1
            result = String(digits[0]) + (count > 1 ? "." + String(digits[1...]) : "")
                + "e" + (shown >= 0 ? "+" : "-") + String(abs(shown))
        }
        return (value < 0 ? "-" : "") + result
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
