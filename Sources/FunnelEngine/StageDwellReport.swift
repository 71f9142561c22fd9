public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `StageDwellSeries` of the schema.
public struct StageDwellSeries: Sendable, Equatable {
    public var key: [GroupValue]
    public var stages: [StageDwell]
}

/// `StageDwell` of the schema.
public struct StageDwell: Sendable, Equatable {
    public var key: String
    public var name: String
    public var position: Int
    public var timeoutHours: Int?
    public var stays: Int
    public var avgDwellHours: Double?
    public var medianDwellHours: Double?
    public var p90DwellHours: Double?
    public var overTimeoutRate: Double?
}

extension WarehouseReader {
    public func stageDwell(_ request: PipelineReportRequest, scope: AccessScope, planner: ReportPlanner) async throws -> [StageDwellSeries] {
        var series: [StageDwellSeries] = []
        var currentKey: [String]?
        typealias Row = ([String], [String], String, String, Int, Int?, Int, Double?, Double?, Double?, Double?)
        for try await row in try await rows(planner.stageDwell(request, scope: scope)).decode(Row.self) {
            if row.0 != currentKey {
                currentKey = row.0
                series.append(StageDwellSeries(key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), stages: []))
            }
            series[series.count - 1].stages.append(StageDwell(
                key: row.2, name: row.3, position: row.4, timeoutHours: row.5, stays: row.6,
                avgDwellHours: row.7, medianDwellHours: row.8, p90DwellHours: row.9, overTimeoutRate: row.10
            ))
        }
        return series
    }
}

extension StageDwellSeries {
    var output: OutputValue {
        .object(OutputObject("StageDwellSeries", fields: ["key": .list(key.map(\.output)), "stages": .list(stages.map(\.output))]))
    }
}

extension StageDwell {
    var output: OutputValue {
        .object(OutputObject("StageDwell", fields: [
            "key": .string(key), "name": .string(name), "position": .int(position), "timeoutHours": .int(timeoutHours),
            "stays": .int(stays), "avgDwellHours": .float(avgDwellHours), "medianDwellHours": .float(medianDwellHours),
            "p90DwellHours": .float(p90DwellHours), "overTimeoutRate": .float(overTimeoutRate),
        ]))
    }
}
