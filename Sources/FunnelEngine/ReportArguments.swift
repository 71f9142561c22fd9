import FunnelPlanner
import FunnelSchema

/// The common arguments (`period`, `filter`, `groupBy`, `pipeline`), already coerced by the
/// schema, turned into planner values.
struct ReportArguments {
    let values: [String: JSONValue]

    /// FilterInput field → dimension.
    static let filterFields: [(field: String, dimension: Dimension)] = [
        ("regions", .region), ("cities", .city), ("teams", .team), ("reps", .rep), ("products", .product),
        ("channels", .channel), ("industries", .industry), ("customerSizes", .customerSize), ("tenureBands", .tenureBand),
    ]

    func period(_ name: String = "period") throws(GraphQLError) -> ReportPeriod {
        guard case .string(let from)? = values[name]?["from"], case .string(let to)? = values[name]?["to"] else {
            throw GraphQLError("Argument \"\(name)\" needs from and to.", code: .badUserInput)
        }
        guard from <= to else {
            throw GraphQLError("Argument \"\(name)\": from (\(from)) is after to (\(to)).", code: .badUserInput)
        }
        return ReportPeriod(from: from, to: to)
    }

    var filter: DimensionFilter {
        var filter = DimensionFilter()
        guard let input = values["filter"] else { return filter }
        for (field, dimension) in Self.filterFields {
            if case .array(let items)? = input[field] {
                filter[dimension] = items.compactMap { if case .string(let id) = $0 { id } else { nil } }
            }
        }
        return filter
    }

    /// Grouping dimensions in the order given, each once.
    var groupBy: [Dimension] {
        guard case .array(let items)? = values["groupBy"] else { return [] }
        var seen: Set<Dimension> = []
        return items.compactMap { item in
            guard case .string(let name) = item, let dimension = Dimension(rawValue: name), seen.insert(dimension).inserted else { return nil }
            return dimension
        }
    }

    func string(_ name: String) -> String? {
        if case .string(let value)? = values[name] { return value }
        return nil
    }

    func int(_ name: String) -> Int? {
        if case .int(let value)? = values[name] { return value }
        return nil
    }
}
