import Foundation

/// `health(period:, filter:, groupBy:, kpis:)`; also each side of `compare`.
public struct HealthRequest: Sendable, Equatable {
    public var kpis: [Kpi]
    public var period: ReportPeriod
    public var filter: DimensionFilter
    public var groupBy: [Dimension]

    public init(kpis: [Kpi], period: ReportPeriod, filter: DimensionFilter = .init(), groupBy: [Dimension] = []) {
        self.kpis = kpis
        self.period = period
        self.filter = filter
        self.groupBy = groupBy
    }

    /// Filter dimensions some asked KPI does not carry (the union over the KPIs, as in slice).
    public var ignoredFilters: [Dimension] {
        SliceRequest(measures: kpis, period: period, filter: filter).ignoredFilters
    }
}

/// The statement shapes of health, benchmarks and the per-org threshold settings.
struct HealthTemplates: Sendable {
    let health: QueryTemplate
    let benchmarks: QueryTemplate
    let thresholds: QueryTemplate
    let setThresholds: QueryTemplate
    let resetThresholds: QueryTemplate

    init(sqlDirectory: URL) throws(QueryTemplate.LoadError) {
        health = try QueryTemplate.load("health", slots: ["relation", "group_key", "where"], from: sqlDirectory)
        benchmarks = try QueryTemplate.load("benchmarks", slots: ["relation", "where"], from: sqlDirectory)
        thresholds = try QueryTemplate.load("kpi_thresholds", slots: [], from: sqlDirectory)
        setThresholds = try QueryTemplate.load("set_kpi_thresholds", slots: [], from: sqlDirectory)
        resetThresholds = try QueryTemplate.load("reset_kpi_thresholds", slots: [], from: sqlDirectory)
    }
}

/// The lines an admin sets for one KPI of the org, already merged and checked.
public struct KpiLines: Sendable, Equatable {
    public var alert: Double?
    public var healthy: Double?
    public var excellent: Double?

    public init(alert: Double?, healthy: Double?, excellent: Double?) {
        self.alert = alert
        self.healthy = healthy
        self.excellent = excellent
    }
}

extension ReportPlanner {
    /// Columns: group_key, group_labels, kpi, numerator, denominator, value, band, alert_line,
    /// healthy_line, excellent_line, lower_is_better (sql/queries/health.sql).
    public func health(_ request: HealthRequest, scope: AccessScope) -> SQLQuery {
        let view = FactView.kpiItems
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.texts(request.kpis.map(\.rawValue)))
        _ = parameters.bind(.texts(request.groupBy.map(\.rawValue)))
        _ = parameters.bind(.date(request.period.from))
        let predicate = view.predicate(scope: scope, period: request.period, filter: request.filter, parameters: &parameters)
        let text = healthTemplates.health.render([
            "relation": view.relation, "group_key": view.groupKey(request.groupBy), "where": predicate,
        ])
        return SQLQuery(text: text, parameters: parameters.values)
    }

    /// Columns: industry, peer_orgs, kpi, label_zh, numerator, denominator, value, band,
    /// alert_line, healthy_line, excellent_line, peers, suppressed, p25, p50, p75, lower_is_better
    /// (sql/queries/benchmarks.sql). No filter: the org's side is cut by the scope only.
    public func benchmarks(kpis: [Kpi], period: ReportPeriod, scope: AccessScope) -> SQLQuery {
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.texts(kpis.map(\.rawValue)))
        _ = parameters.bind(.date(period.from))
        _ = parameters.bind(.date(period.to))
        let view = FactView.kpiItems
        let predicate = view.predicate(scope: scope, period: period, filter: DimensionFilter(), parameters: &parameters)
        return SQLQuery(text: healthTemplates.benchmarks.render(["relation": view.relation, "where": predicate]), parameters: parameters.values)
    }

    /// Columns: kpi, label_zh, lower_is_better, alert, healthy, excellent, customized
    /// (sql/queries/kpi_thresholds.sql).
    public func kpiThresholds(_ kpi: Kpi, orgID: String) -> SQLQuery {
        SQLQuery(text: healthTemplates.thresholds.render([:]), parameters: [.text(orgID), .text(kpi.rawValue)])
    }

    /// Writes all three lines of the org's KPI; each line travels as decimal text.
    /// Writes `lines` only if the org's lines are still `previous` (its own when `customized`,
    /// else the defaults); answers one row when written.
    public func setKpiThresholds(_ kpi: Kpi, lines: KpiLines, replacing previous: KpiLines, customized: Bool, orgID: String) -> SQLQuery {
        let decimal: (Double?) -> SQLQuery.Parameter = { line in .text(line.map { "\($0)" }) }
        return SQLQuery(text: healthTemplates.setThresholds.render([:]), parameters: [
            .text(orgID), .text(kpi.rawValue), decimal(lines.alert), decimal(lines.healthy), decimal(lines.excellent),
            .text(customized ? "true" : "false"), decimal(previous.alert), decimal(previous.healthy), decimal(previous.excellent),
        ])
    }

    public func resetKpiThresholds(_ kpi: Kpi, orgID: String) -> SQLQuery {
        SQLQuery(text: healthTemplates.resetThresholds.render([:]), parameters: [.text(orgID), .text(kpi.rawValue)])
    }
}
