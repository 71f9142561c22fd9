/// `stalls(asOf:, filter:, orderBy:, limit:)`: the live stall list (metrics.md "Stalls").
public struct StallListRequest: Sendable, Equatable {
    public enum SortField: String, Sendable, CaseIterable {
        case hoursOverdue = "HOURS_OVERDUE"
        case enteredAt = "ENTERED_AT"
        case rep = "REP"

        /// The direction a sales manager reads the list in: most overdue first, oldest
        /// stay first, reps by name.
        public var descendingByDefault: Bool { self == .hoursOverdue }
    }

    public struct Order: Sendable, Equatable {
        public var field: SortField
        public var descending: Bool

        public init(_ field: SortField, descending: Bool? = nil) {
            self.field = field
            self.descending = descending ?? field.descendingByDefault
        }
    }

    /// RFC 3339 text already checked by the schema's `DateTime`; nil = now.
    public var asOf: String?
    public var filter: DimensionFilter
    public var orderBy: [Order]
    public var limit: Int?

    public init(asOf: String? = nil, filter: DimensionFilter = .init(), orderBy: [Order] = [], limit: Int? = nil) {
        self.asOf = asOf
        self.filter = filter
        self.orderBy = orderBy
        self.limit = limit
    }
}

extension FactView {
    /// Stays open at the as-of time (sql/queries/stalls.sql): the owner's dimensions, the
    /// tenure band on the as-of date. No period applies.
    static let staysOpen = FactView(relation: "", dateColumn: "as_of_on", columns: [
        .region: "region_id", .city: "city_id", .team: "team_id", .rep: "rep_id", .product: "product_id",
        .channel: "channel", .industry: "industry", .customerSize: "customer_size", .tenureBand: "tenure_band",
    ])
}

extension ReportPlanner {
    /// Columns: opportunity_id, seq, stage_key, stage_name, timeout_hours, rep_id, rep_name,
    /// team_id, team_name, region_id, region_name, customer_name, amount, entered_at,
    /// last_reset_at, last_activity_at, last_activity_type, hours_overdue
    /// (sql/queries/stalls.sql).
    public func stalls(_ request: StallListRequest, scope: AccessScope) -> SQLQuery {
        let view = FactView.staysOpen
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.text(request.asOf))
        _ = parameters.bind(request.limit.map { .int($0) } ?? .text(nil))
        let predicate = view.predicate(scope: scope, period: nil, filter: request.filter, parameters: &parameters)
        var order = request.orderBy.map { term in
            let expression = switch term.field {
            case .hoursOverdue: "hours_overdue"
            case .enteredAt: "entered_at"
            case .rep: "rep_name"
            }
            return "\(expression) \(term.descending ? "DESC" : "ASC")"
        }
        if request.orderBy.first?.field != .hoursOverdue { order.append("hours_overdue DESC") }
        order.append(contentsOf: ["opportunity_id", "seq"])
        let text = stallsTemplate.render(["where": predicate, "order": order.joined(separator: ", ")])
        return SQLQuery(text: text, parameters: parameters.values)
    }
}
