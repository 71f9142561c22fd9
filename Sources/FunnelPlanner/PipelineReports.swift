/// The arguments of `funnel` and `stageDwell`: `(pipeline:, period:, filter:, groupBy:)`.
public struct PipelineReportRequest: Sendable, Equatable {
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
    /// Columns: group_key, group_labels, population, stage_key, name, position, reached,
    /// conversion_rate, cumulative_rate, lost_at, avg_hours, median_hours (sql/queries/funnel.sql).
    public func funnel(_ request: PipelineReportRequest, scope: AccessScope) -> SQLQuery {
        pipelineReport(funnelTemplate, view: .opportunitiesCreated, request: request, scope: scope)
    }

    /// Columns: group_key, group_labels, stage_key, name, position, timeout_hours, stays,
    /// avg_hours, median_hours, p90_hours, over_timeout_rate (sql/queries/stage_dwell.sql).
    public func stageDwell(_ request: PipelineReportRequest, scope: AccessScope) -> SQLQuery {
        pipelineReport(stageDwellTemplate, view: .staysExited, request: request, scope: scope)
    }
}
