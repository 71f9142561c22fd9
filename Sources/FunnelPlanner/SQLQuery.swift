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
