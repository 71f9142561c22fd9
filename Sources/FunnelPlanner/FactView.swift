/// How a reporting view carries the dimensions (metrics.md, "Dimensions carried"): the column
/// of each dimension it has, and the local date that places its records in a period and a
/// time grain. Queries alias the view as `f`.
struct FactView: Sendable {
    /// The relation the view's rows come from (a template's `{{relation}}` slot, where it has one).
    let relation: String
    let dateColumn: String
    let columns: [Dimension: String]
    /// For views mixing KPIs (`kpi_items`): the KPIs that do not carry a dimension, for
    /// which a filter on it is ignored rather than applied.
    var notCarriedBy: [Dimension: [Kpi]] = [:]

    /// Opportunities at their creation (funnel population).
    static let opportunitiesCreated = FactView(relation: "reporting.opportunity_facts", dateColumn: "created_on", columns: [
        .region: "region_id", .city: "city_id", .team: "team_id", .rep: "rep_id", .product: "product_id",
        .channel: "channel", .industry: "industry", .customerSize: "customer_size", .tenureBand: "created_tenure_band",
    ])

    /// Stage stays at their end (stage dwell).
    static let staysExited = FactView(relation: "reporting.stage_stays", dateColumn: "exited_on", columns: [
        .region: "region_id", .city: "city_id", .team: "team_id", .rep: "rep_id", .product: "product_id",
        .channel: "channel", .industry: "industry", .customerSize: "customer_size", .tenureBand: "exited_tenure_band",
    ])

    /// KPI items (slice, health): every KPI's items with their own dates and dimensions;
    /// `kpi_facts` joins 005's items with the stall and required-action KPIs of 006.
    static let kpiItems = FactView(relation: "reporting.kpi_facts", dateColumn: "on_date", columns: [
        .region: "region_id", .city: "city_id", .team: "team_id", .rep: "rep_id", .product: "product_id",
        .channel: "channel", .industry: "industry", .customerSize: "customer_size", .tenureBand: "tenure_band",
    ], notCarriedBy: Dictionary(uniqueKeysWithValues: Dimension.filterable.map { dimension in
        (dimension, Kpi.allCases.filter { !$0.carries.contains(dimension) })
    }))

    /// The grouping key of a record: one text per grouped dimension, NULL where it has none.
    func groupKey(_ dimensions: [Dimension]) -> String {
        let parts = dimensions.map { expression($0) ?? "NULL::text" }
        return "ARRAY[\(parts.joined(separator: ", "))]::text[]"
    }

    /// Org, period (none for the live stall list), filters and the scope, ANDed. The org is
    /// always `$1`.
    func predicate(scope: AccessScope, period: ReportPeriod?, filter: DimensionFilter, parameters: inout SQLParameters) -> String {
        var terms = ["f.org_id = $1::text"]
        if let period {
            terms.append("f.\(dateColumn) BETWEEN \(parameters.bind(.date(period.from))) AND \(parameters.bind(.date(period.to)))")
        }
        for dimension in filter.dimensions {
            guard let column = columns[dimension], let values = filter[dimension] else { continue }
            let applied = "f.\(column) = ANY(\(parameters.bind(.texts(values))))"
            if let ignoring = notCarriedBy[dimension], !ignoring.isEmpty {
                terms.append("(f.kpi = ANY(\(parameters.bind(.texts(ignoring.map(\.rawValue))))) OR \(applied))")
            } else {
                terms.append(applied)
            }
        }
        terms.append(scopePredicate(scope, parameters: &parameters))
        return terms.joined(separator: "\n      AND ")
    }

    /// The mandatory scope predicate: what a manager or rep may see, whatever else was asked.
    private func scopePredicate(_ scope: AccessScope, parameters: inout SQLParameters) -> String {
        switch scope.role {
        case .director, .admin:
            return "true"
        case .manager:
            var reach: [String] = []
            if !scope.regions.isEmpty, let column = columns[.region] {
                reach.append("f.\(column) = ANY(\(parameters.bind(.texts(scope.regions))))")
            }
            if !scope.teams.isEmpty, let column = columns[.team] {
                reach.append("f.\(column) = ANY(\(parameters.bind(.texts(scope.teams))))")
            }
            return reach.isEmpty ? "false" : "(\(reach.joined(separator: " OR ")))"
        case .rep:
            guard let rep = scope.rep, let column = columns[.rep] else { return "false" }
            return "f.\(column) = \(parameters.bind(.text(rep)))"
        }
    }

    private func expression(_ dimension: Dimension) -> String? {
        switch dimension {
        case .day: "to_char(f.\(dateColumn), 'YYYY-MM-DD')"
        case .week: "to_char(f.\(dateColumn), 'IYYY-\"W\"IW')"
        case .month: "to_char(f.\(dateColumn), 'YYYY-MM')"
        case .quarter: "to_char(f.\(dateColumn), 'YYYY-\"Q\"Q')"
        default: columns[dimension].map { "f.\($0)" }
        }
    }
}
