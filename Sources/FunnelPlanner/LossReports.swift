public import Foundation

/// The arguments of `lossReasons`, `lossDrivers` and `closedDeals`: `(period:, filter:, groupBy:)`.
public struct LossReportRequest: Sendable, Equatable {
    public var period: ReportPeriod
    public var filter: DimensionFilter
    public var groupBy: [Dimension]

    public init(period: ReportPeriod, filter: DimensionFilter = .init(), groupBy: [Dimension] = []) {
        self.period = period
        self.filter = filter
        self.groupBy = groupBy
    }
}

/// The statement shapes of the closed-deal analysis (`sql/queries/loss_*.sql`,
/// `closed_deals.sql`).
struct LossTemplates: Sendable {
    let closedDeals: QueryTemplate
    let reasons: QueryTemplate
    let drivers: QueryTemplate
    let profiles: QueryTemplate
    let latestRefresh: QueryTemplate

    init(sqlDirectory: URL) throws(QueryTemplate.LoadError) {
        closedDeals = try QueryTemplate.load("closed_deals", slots: ["group_key", "where"], from: sqlDirectory)
        reasons = try QueryTemplate.load("loss_reasons", slots: ["group_key", "where"], from: sqlDirectory)
        drivers = try QueryTemplate.load("loss_drivers", slots: ["group_key", "where"], from: sqlDirectory)
        profiles = try QueryTemplate.load("loss_profiles", slots: ["where"], from: sqlDirectory)
        latestRefresh = try QueryTemplate.load("latest_refresh", slots: [], from: sqlDirectory)
    }
}

extension FactView {
    /// Opportunities at their closing (loss analysis): dated by `closed_on`, TENURE_BAND at
    /// `closed_at` (metrics.md: loss analysis uses the record's `closed_at`).
    static let opportunitiesClosed = FactView(relation: "reporting.opportunity_facts", dateColumn: "closed_on", columns: [
        .region: "region_id", .city: "city_id", .team: "team_id", .rep: "rep_id", .product: "product_id",
        .channel: "channel", .industry: "industry", .customerSize: "customer_size", .tenureBand: "closed_tenure_band",
    ])

    /// Lost-deal profiles (`reporting.loss_profiles`): the same columns, lost deals only.
    static let lossProfiles = FactView(relation: "reporting.loss_profiles", dateColumn: "closed_on", columns: opportunitiesClosed.columns)
}

extension ReportPlanner {
    /// The smallest number of closed deals a dimension value needs to be a loss driver.
    public static let driverMinimumClosed = 20

    /// Columns: group_key, group_labels, won, lost, won_amount, lost_amount, win_rate,
    /// avg_won_amount (sql/queries/closed_deals.sql).
    public func closedDeals(_ request: LossReportRequest, scope: AccessScope) -> SQLQuery {
        grouped(lossTemplates.closedDeals, request: request, scope: scope, extra: [])
    }

    /// Columns: group_key, group_labels, lost_count, lost_amount, code, name, count, amount,
    /// share (sql/queries/loss_reasons.sql).
    public func lossReasons(_ request: LossReportRequest, scope: AccessScope) -> SQLQuery {
        grouped(lossTemplates.reasons, request: request, scope: scope, extra: [])
    }

    /// Columns: group_key, group_labels, closed, lost, dimension, id, label, value_closed,
    /// value_lost (sql/queries/loss_drivers.sql).
    public func lossDrivers(_ request: LossReportRequest, scope: AccessScope) -> SQLQuery {
        grouped(lossTemplates.drivers, request: request, scope: scope, extra: [.int(Self.driverMinimumClosed)])
    }

    /// Columns: opportunity_id, amount, loss_reason_code, loss_reason_name, lost_at_stage,
    /// lost_at_stage_name, region_id, region_name, industry, product_id, product_name,
    /// customer_size, customer_size_label, closed_tenure_band, tenure_band_label, channel,
    /// competitor_named (sql/queries/loss_profiles.sql).
    public func lossProfiles(period: ReportPeriod, filter: DimensionFilter, scope: AccessScope) -> SQLQuery {
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        let predicate = FactView.lossProfiles.predicate(scope: scope, period: period, filter: filter, parameters: &parameters)
        return SQLQuery(text: lossTemplates.profiles.render(["where": predicate]), parameters: parameters.values)
    }

    /// Columns: refreshed_at (RFC 3339 text, "" before any refresh).
    public func latestRefresh() -> SQLQuery {
        SQLQuery(text: lossTemplates.latestRefresh.render([:]), parameters: [])
    }

    /// `$1` org, `$2` grouped dimensions, then `extra`, then the predicate's parameters.
    private func grouped(
        _ template: QueryTemplate, request: LossReportRequest, scope: AccessScope, extra: [SQLQuery.Parameter]
    ) -> SQLQuery {
        let view = FactView.opportunitiesClosed
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.texts(request.groupBy.map(\.rawValue)))
        for value in extra { _ = parameters.bind(value) }
        let predicate = view.predicate(scope: scope, period: request.period, filter: request.filter, parameters: &parameters)
        let text = template.render(["group_key": view.groupKey(request.groupBy), "where": predicate])
        return SQLQuery(text: text, parameters: parameters.values)
    }
}
