import Foundation
import FunnelSchema

/// The answers the Python oracles in `Tests/python/validation/` wrote down.
enum OracleFixture {
    static func entries(_ file: String) -> [[String: Any]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../python/validation/\(file)").standardizedFileURL
        guard let data = try? Data(contentsOf: url),
              let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return entries
    }

    /// `["kind", payload]` → JSONValue; objects are lists of `[key, value]` pairs, so order survives.
    static func jsonValue(_ any: Any) -> JSONValue? {
        guard let pair = any as? [Any], let kind = pair.first as? String else { return nil }
        let payload = pair.count > 1 ? pair[1] : nil
        switch kind {
        case "null": return .null
        case "bool": return (payload as? Bool).map(JSONValue.bool)
        case "int": return (payload as? NSNumber).map { .int($0.intValue) }
        case "double": return (payload as? NSNumber).map { .double($0.doubleValue) }
        case "string": return (payload as? String).map(JSONValue.string)
        case "array": return (payload as? [Any]).map { .array($0.compactMap(jsonValue)) }
        case "object":
            return (payload as? [[Any]]).map { fields in
                .object(fields.compactMap { field in
                    guard let key = field.first as? String, let value = field.last.flatMap(jsonValue) else { return nil }
                    return (key, value)
                })
            }
        default: return nil
        }
    }
}
