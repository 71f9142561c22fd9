public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `HealthReport` of the schema.
public struct HealthReport: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        public var key: [GroupValue]
        public var kpis: [KpiValue]
    }

    public var series: [Series]
    public var ignoredFilters: [Dimension]
}

/// `KpiValue` of the schema: a KPI's value over a group, with the org's lines and the band.
public struct KpiValue: Sendable, Equatable {
    public var kpi: Kpi
    public var value: Double?
    public var numerator: Double
    public var denominator: Double
    /// `ALERT`, `WATCH`, `HEALTHY` or `EXCELLENT`, decided in SQL on the exact sums.
    public var band: String?
    public var alertLine: Double?
    public var healthyLine: Double?
    public var excellentLine: Double?
    public var lowerIsBetter: Bool
}

extension WarehouseReader {
    public func health(_ request: HealthRequest, scope: AccessScope, planner: ReportPlanner) async throws -> HealthReport {
        var report = HealthReport(series: [], ignoredFilters: request.ignoredFilters)
        var currentKey: [String]?
        typealias Row = ([String], [String], String, Double, Double, Double?, String?, Double?, Double?, Double?, Bool)
        for try await row in try await rows(planner.health(request, scope: scope)).decode(Row.self) {
            guard let kpi = Kpi(rawValue: row.2) else { continue }
            if row.0 != currentKey {
                currentKey = row.0
                report.series.append(HealthReport.Series(key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), kpis: []))
            }
            report.series[report.series.count - 1].kpis.append(KpiValue(
                kpi: kpi, value: row.5, numerator: row.3, denominator: row.4, band: row.6,
                alertLine: row.7, healthyLine: row.8, excellentLine: row.9, lowerIsBetter: row.10
            ))
        }
        return report
    }
}

extension HealthReport {
    var output: OutputValue {
        .object(OutputObject("HealthReport", fields: [
            "series": .list(series.map { series in
                .object(OutputObject("HealthSeries", fields: [
                    "key": .list(series.key.map(\.output)), "kpis": .list(series.kpis.map(\.output)),
                ]))
            }),
            "ignoredFilters": .list(ignoredFilters.map { .string($0.rawValue) }),
        ]))
    }
}

extension KpiValue {
    var output: OutputValue {
        .object(OutputObject("KpiValue", fields: [
            "kpi": .string(kpi.rawValue), "value": .float(value),
            "numerator": .float(numerator), "denominator": .float(denominator), "band": .string(band),
            "alertLine": .float(alertLine), "healthyLine": .float(healthyLine), "excellentLine": .float(excellentLine),
        ]))
    }
}
