public import Foundation

/// A statement shape kept as a readable file in `sql/queries/`, with `{{slot}}` markers where
/// the planner puts its generated fragments (grouping keys, predicates).
public struct QueryTemplate: Sendable {
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case unreadable(file: String)
        case missingSlot(file: String, slot: String)

        public var description: String {
            switch self {
            case .unreadable(let file): "\(file): cannot read the query template"
            case .missingSlot(let file, let slot): "\(file): the template has no {{\(slot)}}"
            }
        }
    }

    public let name: String
    let text: String

    /// Reads `sql/queries/NAME.sql` and checks that every slot the planner fills is there.
    public static func load(_ name: String, slots: [String], from sqlDirectory: URL) throws(LoadError) -> QueryTemplate {
        let url = sqlDirectory.appendingPathComponent("queries").appendingPathComponent("\(name).sql")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(file: url.path) }
        for slot in slots where !text.contains("{{\(slot)}}") {
            throw .missingSlot(file: "sql/queries/\(name).sql", slot: slot)
        }
        return QueryTemplate(name: name, text: text)
    }

    /// The statement with every `{{slot}}` replaced.
    func render(_ fragments: [String: String]) -> String {
        var result = text
        for (slot, fragment) in fragments {
            result = result.replacingOccurrences(of: "{{\(slot)}}", with: fragment)
        }
        return result
    }
}
