public import FunnelPlanner
import FunnelSchema

/// `ComparisonSeries` of the schema: one group's KPIs over a baseline and the current period.
public struct ComparisonSeries: Sendable, Equatable {
    public var key: [GroupValue]
    public var rows: [ComparisonRow]
}

/// `ComparisonRow` of the schema (metrics.md, "Comparison").
public struct ComparisonRow: Sendable, Equatable {
    public var kpi: Kpi
    public var baseline: Double?
    public var current: Double?

    /// `current - baseline`; null when either side is.
    public var change: Double? {
        guard let baseline, let current else { return nil }
        return current - baseline
    }

    /// `change / |baseline|`; null when the baseline is null or 0.
    public var relativeChange: Double? {
        guard let change, let baseline, baseline != 0 else { return nil }
        return change / abs(baseline)
    }

    let lowerIsBetter: Bool

    public init(kpi: Kpi, baseline: Double?, current: Double?, lowerIsBetter: Bool) {
        self.kpi = kpi
        self.baseline = baseline
        self.current = current
        self.lowerIsBetter = lowerIsBetter
    }

    /// Strictly better in the KPI's own direction; null when either side is null.
    public var improved: Bool? {
        guard let baseline, let current else { return nil }
        return lowerIsBetter ? current < baseline : current > baseline
    }
}

extension WarehouseReader {
    /// Two planned health statements (one per period, run concurrently) joined by group key:
    /// each side is exactly `health` over its period, so the two tables always agree with the
    /// health report. Groups in the current period come first, in its order, then the groups
    /// only the baseline has; a group missing from one side has null there.
    public func compare(
        baseline: HealthRequest, current: HealthRequest, scope: AccessScope, planner: ReportPlanner
    ) async throws -> [ComparisonSeries] {
        async let before = health(baseline, scope: scope, planner: planner)
        let after = try await health(current, scope: scope, planner: planner)
        let baselineSeries = try await before.series
        func byKey(_ series: [HealthReport.Series]) -> [[String]: HealthReport.Series] {
            Dictionary(series.map { ($0.key.map(\.id), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let baselineByKey = byKey(baselineSeries)
        let currentByKey = byKey(after.series)
        let keys = after.series.map(\.key) + baselineSeries.map(\.key).filter { currentByKey[$0.map(\.id)] == nil }
        return keys.map { key in
            let before = baselineByKey[key.map(\.id)]?.kpis ?? []
            let now = currentByKey[key.map(\.id)]?.kpis ?? []
            return ComparisonSeries(key: key, rows: current.kpis.map { kpi in
                let old = before.first { $0.kpi == kpi }
                let new = now.first { $0.kpi == kpi }
                return ComparisonRow(
                    kpi: kpi, baseline: old?.value, current: new?.value,
                    lowerIsBetter: new?.lowerIsBetter ?? old?.lowerIsBetter ?? false
                )
            })
        }
    }
}

extension ComparisonSeries {
    var output: OutputValue {
        .object(OutputObject("ComparisonSeries", fields: [
            "key": .list(key.map(\.output)),
            "rows": .list(rows.map { row in
                .object(OutputObject("ComparisonRow", fields: [
                    "kpi": .string(row.kpi.rawValue), "baseline": .float(row.baseline), "current": .float(row.current),
                    "change": .float(row.change), "relativeChange": .float(row.relativeChange), "improved": .bool(row.improved),
                ]))
            }),
        ]))
    }
}
