public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `ClosedDealSeries` of api.md: won and lost deals of one group, dated by `closed_at`.
public struct ClosedDealSeries: Sendable, Equatable {
    public var key: [GroupValue]
    public var won: Int
    public var lost: Int
    public var wonAmount: Double
    public var lostAmount: Double
    /// won / (won + lost); nil when nothing closed.
    public var winRate: Double?
    /// nil without a won deal.
    public var avgWonAmount: Double?
}

extension WarehouseReader {
    /// One statement, one row per group (sql/queries/closed_deals.sql).
    public func closedDeals(_ request: LossReportRequest, scope: AccessScope, planner: ReportPlanner) async throws -> [ClosedDealSeries] {
        typealias Row = ([String], [String], Int, Int, Double, Double, Double?, Double?)
        var series: [ClosedDealSeries] = []
        for try await row in try await rows(planner.closedDeals(request, scope: scope)).decode(Row.self) {
            series.append(ClosedDealSeries(
                key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), won: row.2, lost: row.3,
                wonAmount: row.4, lostAmount: row.5, winRate: row.6, avgWonAmount: row.7
            ))
        }
        return series
    }
}

extension ClosedDealSeries {
    var output: OutputValue {
        .object(OutputObject("ClosedDealSeries", fields: [
            "key": .list(key.map(\.output)), "won": .int(won), "lost": .int(lost),
            "wonAmount": .float(wonAmount), "lostAmount": .float(lostAmount),
            "winRate": winRate.map { .float($0) } ?? .null, "avgWonAmount": avgWonAmount.map { .float($0) } ?? .null,
        ]))
    }
}
