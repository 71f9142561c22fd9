public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `FunnelSeries` of api.md.
public struct FunnelSeries: Sendable, Equatable {
    public var key: [GroupValue]
    public var population: Int
    public var stages: [FunnelStage]
}

/// `FunnelStage` of api.md.
public struct FunnelStage: Sendable, Equatable {
    public var key: String
    public var name: String
    public var position: Int
    public var reached: Int
    public var conversionRate: Double?
    public var cumulativeRate: Double?
    public var lostAt: Int
    public var avgDwellHours: Double?
    public var medianDwellHours: Double?
}

extension WarehouseReader {
    /// One statement; rows arrive grouped by key in order, so series are cut in one pass.
    public func funnel(_ request: PipelineReportRequest, scope: AccessScope, planner: ReportPlanner) async throws -> [FunnelSeries] {
        var series: [FunnelSeries] = []
        var currentKey: [String]?
        let rows = try await rows(planner.funnel(request, scope: scope))
        typealias Row = ([String], [String], Int, String, String, Int, Int, Double?, Double?, Int, Double?, Double?)
        for try await row in rows.decode(Row.self) {
            let stage = FunnelStage(
                key: row.3, name: row.4, position: row.5, reached: row.6, conversionRate: row.7,
                cumulativeRate: row.8, lostAt: row.9, avgDwellHours: row.10, medianDwellHours: row.11
            )
            if row.0 != currentKey {
                currentKey = row.0
                series.append(FunnelSeries(
                    key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), population: row.2, stages: []
                ))
            }
            series[series.count - 1].stages.append(stage)
        }
        return series
    }
}

extension FunnelSeries {
    var output: OutputValue {
        .object(OutputObject("FunnelSeries", fields: [
            "key": .list(key.map(\.output)),
            "population": .int(population),
            "stages": .list(stages.map(\.output)),
        ]))
    }
}

extension FunnelStage {
    var output: OutputValue {
        .object(OutputObject("FunnelStage", fields: [
            "key": .string(key), "name": .string(name), "position": .int(position), "reached": .int(reached),
            "conversionRate": .float(conversionRate), "cumulativeRate": .float(cumulativeRate), "lostAt": .int(lostAt),
            "avgDwellHours": .float(avgDwellHours), "medianDwellHours": .float(medianDwellHours),
        ]))
    }
}
