/// `funnel(pipeline:, period:, filter:, groupBy:)`.
public struct FunnelRequest: Sendable, Equatable {
    public var pipeline: String?
    public var period: ReportPeriod
    public var filter: DimensionFilter
    public var groupBy: [Dimension]

    public init(pipeline: String? = nil, period: ReportPeriod, filter: DimensionFilter = .init(), groupBy: [Dimension] = []) {
        self.pipeline = pipeline
        self.period = period
        self.filter = filter
        self.groupBy = groupBy
    }
}

extension ReportPlanner {
    /// Columns: group_key text[], group_labels text[], population, stage_key, name, position,
    /// reached, conversion_rate, cumulative_rate, lost_at, avg_hours, median_hours.
    public func funnel(_ request: FunnelRequest, scope: AccessScope) -> SQLQuery {
        let view = FactView.opportunitiesCreated
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.text(request.pipeline))
        _ = parameters.bind(.texts(request.groupBy.map(\.rawValue)))
        let predicate = view.predicate(scope: scope, period: request.period, filter: request.filter, parameters: &parameters)
        let text = funnelTemplate.render(["group_key": view.groupKey(request.groupBy), "where": predicate])
        return SQLQuery(text: text, parameters: parameters.values)
    }
}
