import Foundation
/// A SQL statement and its bind parameters: every value a user sent travels as a parameter.
public struct SQLQuery: Sendable, Equatable {
    public enum Parameter: Sendable, Equatable {
        case text(String?)
        case texts([String])
        case date(String)
        case int(Int)
    }

    public let text: String
    public let parameters: [Parameter]
}

/// Collects bind parameters and hands out their `$n` placeholders.
///
/// The one place dynamic SQL gets its values: fragments built here contain identifiers from
/// the planner's own tables and `$n` placeholders, never a user's text.
struct SQLParameters {
    private(set) var values: [SQLQuery.Parameter] = []

    /// The placeholder for `value`, cast so PostgreSQL never has to guess its type.
    mutating func bind(_ value: SQLQuery.Parameter) -> String {
        values.append(value)
        let cast = switch value {
        case .text: "text"
        case .texts: "text[]"
        case .date: "date"
        case .int: "integer"
        }
        return "$\(values.count)::\(cast)"
    }
}

extension SQLQuery {
    /// The statement with its parameters written in as literals, for running the same SQL
    /// outside the server (the benchmark hands it to pgbench). Never used to execute a
    /// user's request: those always travel as bind parameters.
    public var inlined: String {
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        var text = self.text
        // Highest placeholder first, so $1 does not eat the front of $12.
        for (index, parameter) in parameters.enumerated().reversed() {
            let literal = switch parameter {
            case .text(let value?): quoted(value)
            case .text(nil): "NULL"
            case .texts(let values): "ARRAY[\(values.map(quoted).joined(separator: ", "))]::text[]"
            case .date(let value): quoted(value)
            case .int(let value): String(value)
            }
            text = text.replacingOccurrences(of: "$\(index + 1)", with: "(\(literal))")
        }
        return text
    }
}
