public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `SliceResult` of the schema.
public struct SliceResult: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var key: [GroupValue]
        public var values: [MeasureValue]
    }

    public var measures: [Kpi]
    public var rows: [Row]
    public var totalRows: Int
    public var ignoredFilters: [Dimension]
}

/// `MeasureValue` of the schema.
public struct MeasureValue: Sendable, Equatable {
    public var kpi: Kpi
    public var value: Double?
    public var numerator: Double
    public var denominator: Double
}

extension WarehouseReader {
    public func slice(_ request: SliceRequest, scope: AccessScope, planner: ReportPlanner) async throws -> SliceResult {
        var result = SliceResult(measures: request.measures, rows: [], totalRows: 0, ignoredFilters: request.ignoredFilters)
        var currentKey: [String]?
        typealias Row = ([String], [String], Int, String, Double, Double, Double?)
        for try await row in try await rows(planner.slice(request, scope: scope)).decode(Row.self) {
            guard let kpi = Kpi(rawValue: row.3) else { continue }
            if row.0 != currentKey {
                currentKey = row.0
                result.totalRows = row.2
                result.rows.append(SliceResult.Row(key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), values: []))
            }
            result.rows[result.rows.count - 1].values.append(
                MeasureValue(kpi: kpi, value: row.6, numerator: row.4, denominator: row.5)
            )
        }
        return result
    }
}

extension SliceResult {
    var output: OutputValue {
        .object(OutputObject("SliceResult", fields: [
            "measures": .list(measures.map { .string($0.rawValue) }),
            "rows": .list(rows.map { row in
                .object(OutputObject("SliceRow", fields: [
                    "key": .list(row.key.map(\.output)), "values": .list(row.values.map(\.output)),
                ]))
            }),
            "totalRows": .int(totalRows),
            "ignoredFilters": .list(ignoredFilters.map { .string($0.rawValue) }),
        ]))
    }
}

extension MeasureValue {
    var output: OutputValue {
        .object(OutputObject("MeasureValue", fields: [
            "kpi": .string(kpi.rawValue), "value": .float(value),
            "numerator": .float(numerator), "denominator": .float(denominator),
        ]))
    }
}
