/// `slice(measures:, period:, filter:, groupBy:, orderBy:, limit:)`.
public struct SliceRequest: Sendable, Equatable {
    public enum Order: Sendable, Equatable {
        case measure(Kpi, descending: Bool)
        case dimension(Dimension, descending: Bool)
    }

    public var measures: [Kpi]
    public var period: ReportPeriod
    public var filter: DimensionFilter
    public var groupBy: [Dimension]
    public var orderBy: [Order]
    public var limit: Int?

    public init(
        measures: [Kpi], period: ReportPeriod, filter: DimensionFilter = .init(), groupBy: [Dimension] = [],
        orderBy: [Order] = [], limit: Int? = nil
    ) {
        self.measures = measures
        self.period = period
        self.filter = filter
        self.groupBy = groupBy
        self.orderBy = orderBy
        self.limit = limit
    }

    /// Filter dimensions some asked measure does not carry (metrics.md: reported, not applied).
    public var ignoredFilters: [Dimension] {
        filter.dimensions.filter { dimension in measures.contains { !$0.carries.contains(dimension) } }
    }
}

extension ReportPlanner {
    /// Columns: group_key, group_labels, total_rows, kpi, numerator, denominator, value
    /// (sql/queries/slice.sql).
    public func slice(_ request: SliceRequest, scope: AccessScope) -> SQLQuery {
        let view = FactView.kpiItems
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.texts(request.measures.map(\.rawValue)))
        _ = parameters.bind(.texts(request.groupBy.map(\.rawValue)))
        _ = parameters.bind(.date(request.period.from))
        _ = parameters.bind(request.limit.map { .int($0) } ?? .text(nil))
        var joins: [String] = []
        var order: [String] = []
        for term in request.orderBy {
            switch term {
            case .measure(let kpi, let descending):
                let alias = "o\(joins.count + 1)"
                joins.append("LEFT JOIN agg \(alias) ON \(alias).group_key = g.group_key AND \(alias).kpi = \(parameters.bind(.text(kpi.rawValue)))")
                order.append("(\(alias).numerator / nullif(\(alias).denominator, 0)) \(descending ? "DESC" : "ASC") NULLS LAST")
            case .dimension(let dimension, let descending):
                guard let index = request.groupBy.firstIndex(of: dimension) else { continue }
                order.append("reporting.group_label($1::text, \(parameters.bind(.text(dimension.rawValue))), g.group_key[\(index + 1)]) \(descending ? "DESC" : "ASC")")
            }
        }
        order.append("g.group_key")
        let predicate = view.predicate(scope: scope, period: request.period, filter: request.filter, parameters: &parameters)
        let text = sliceTemplate.render([
            "relation": view.relation, "group_key": view.groupKey(request.groupBy), "where": predicate,
            "order_joins": joins.joined(separator: "\n    "), "order": order.joined(separator: ", "),
        ])
        return SQLQuery(text: text, parameters: parameters.values)
    }
}
