public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `LossReasonSeries` of api.md.
public struct LossReasonSeries: Sendable, Equatable {
    public var key: [GroupValue]
    public var lostCount: Int
    public var lostAmount: Double
    public var reasons: [LossReasonCell]
}

/// `LossReasonCell` of api.md.
public struct LossReasonCell: Sendable, Equatable {
    public var code: String
    public var name: String
    public var count: Int
    public var amount: Double
    public var share: Double
}

extension WarehouseReader {
    /// One statement; rows arrive grouped by key in order (sql/queries/loss_reasons.sql).
    public func lossReasons(_ request: LossReportRequest, scope: AccessScope, planner: ReportPlanner) async throws -> [LossReasonSeries] {
        var series: [LossReasonSeries] = []
        var currentKey: [String]?
        typealias Row = ([String], [String], Int, Double, String?, String?, Int?, Double?, Double?)
        for try await row in try await rows(planner.lossReasons(request, scope: scope)).decode(Row.self) {
            if row.0 != currentKey {
                currentKey = row.0
                series.append(LossReasonSeries(
                    key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), lostCount: row.2, lostAmount: row.3, reasons: []
                ))
            }
            guard let code = row.4, let name = row.5, let count = row.6, let amount = row.7, let share = row.8 else { continue }
            series[series.count - 1].reasons.append(LossReasonCell(code: code, name: name, count: count, amount: amount, share: share))
        }
        return series
    }
}

extension LossReasonSeries {
    var output: OutputValue {
        .object(OutputObject("LossReasonSeries", fields: [
            "key": .list(key.map(\.output)), "lostCount": .int(lostCount), "lostAmount": .float(lostAmount),
            "reasons": .list(reasons.map { cell in
                .object(OutputObject("LossReasonCell", fields: [
                    "code": .string(cell.code), "name": .string(cell.name), "count": .int(cell.count),
                    "amount": .float(cell.amount), "share": .float(cell.share),
                ]))
            }),
        ]))
    }
}
