public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `BenchmarkTable` of the schema: the org against the other orgs of its industry.
public struct BenchmarkTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var value: KpiValue
        public var label: String
        /// Peer orgs with a value for the KPI over the period.
        public var peers: Int
        /// Fewer than 5 peers: the percentiles are withheld (already null from SQL).
        public var suppressed: Bool
        public var p25: Double?
        public var p50: Double?
        public var p75: Double?
    }

    public var industry: String
    public var peerOrgs: Int
    public var rows: [Row]
}

extension WarehouseReader {
    public func benchmarks(kpis: [Kpi], period: ReportPeriod, scope: AccessScope, planner: ReportPlanner) async throws -> BenchmarkTable {
        var table = BenchmarkTable(industry: "", peerOrgs: 0, rows: [])
        typealias Row = (
            String, Int, String, String, Double, Double, Double?, String?, Double?, Double?, Double?, Int, Bool, Double?, Double?, Double?, Bool
        )
        for try await row in try await rows(planner.benchmarks(kpis: kpis, period: period, scope: scope)).decode(Row.self) {
            guard let kpi = Kpi(rawValue: row.2) else { continue }
            table.industry = row.0
            table.peerOrgs = row.1
            table.rows.append(BenchmarkTable.Row(
                value: KpiValue(
                    kpi: kpi, value: row.6, numerator: row.4, denominator: row.5, band: row.7,
                    alertLine: row.8, healthyLine: row.9, excellentLine: row.10, lowerIsBetter: row.16
                ),
                label: row.3, peers: row.11, suppressed: row.12, p25: row.13, p50: row.14, p75: row.15
            ))
        }
        return table
    }
}

extension BenchmarkTable {
    var output: OutputValue {
        .object(OutputObject("BenchmarkTable", fields: [
            "industry": .string(industry), "peerOrgs": .int(peerOrgs),
            "rows": .list(rows.map { row in
                let value = row.value
                return .object(OutputObject("BenchmarkRow", fields: [
                    "kpi": .string(value.kpi.rawValue), "label": .string(row.label), "value": .float(value.value),
                    "numerator": .float(value.numerator), "denominator": .float(value.denominator), "band": .string(value.band),
                    "alertLine": .float(value.alertLine), "healthyLine": .float(value.healthyLine),
                    "excellentLine": .float(value.excellentLine),
                    "peers": .int(row.peers), "suppressed": .bool(row.suppressed),
                    "p25": .float(row.p25), "p50": .float(row.p50), "p75": .float(row.p75),
                ]))
            }),
        ]))
    }
}
