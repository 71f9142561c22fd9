public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `LossDriverSeries` of api.md.
public struct LossDriverSeries: Sendable, Equatable {
    public var key: [GroupValue]
    public var closed: Int
    public var lost: Int
    public var drivers: [LossDriver]
}

/// `LossDriver` of api.md.
public struct LossDriver: Sendable, Equatable {
    public var value: GroupValue
    public var closed: Int
    public var lost: Int
    public var statistics: LossDriverStatistics
}

extension WarehouseReader {
    /// Counts from one statement (sql/queries/loss_drivers.sql), statistics per value here.
    /// Drivers are ordered by lift, highest first (the values most over-represented among lost
    /// deals lead; a null lift, in a group without lost deals, last), then by chi-square,
    /// highest first, then dimension and id.
    public func lossDrivers(_ request: LossReportRequest, scope: AccessScope, planner: ReportPlanner) async throws -> [LossDriverSeries] {
        var series: [LossDriverSeries] = []
        var currentKey: [String]?
        typealias Row = ([String], [String], Int, Int, String?, String?, String?, Int?, Int?)
        for try await row in try await rows(planner.lossDrivers(request, scope: scope)).decode(Row.self) {
            if row.0 != currentKey {
                currentKey = row.0
                series.append(LossDriverSeries(
                    key: GroupValue.key(request.groupBy, ids: row.0, labels: row.1), closed: row.2, lost: row.3, drivers: []
                ))
            }
            guard let name = row.4, let dimension = Dimension(rawValue: name), let id = row.5, let label = row.6,
                  let valueClosed = row.7, let valueLost = row.8 else { continue }
            series[series.count - 1].drivers.append(LossDriver(
                value: GroupValue(dimension: dimension, id: id, label: label), closed: valueClosed, lost: valueLost,
                statistics: LossDriverStatistics(closed: row.2, lost: row.3, valueClosed: valueClosed, valueLost: valueLost)
            ))
        }
        // The SQL order (dimension, id) is the last tie-breaker; sort is not stable, so say it.
        let dimensions = Dimension.allCases
        for index in series.indices {
            series[index].drivers.sort { first, second in
                let left = (first.statistics.lift ?? -1, first.statistics.chiSquare ?? -1)
                let right = (second.statistics.lift ?? -1, second.statistics.chiSquare ?? -1)
                if left != right { return left > right }
                let (x, y) = (dimensions.firstIndex(of: first.value.dimension)!, dimensions.firstIndex(of: second.value.dimension)!)
                return x != y ? x < y : first.value.id < second.value.id
            }
        }
        return series
    }
}

extension LossDriverSeries {
    var output: OutputValue {
        .object(OutputObject("LossDriverSeries", fields: [
            "key": .list(key.map(\.output)), "closed": .int(closed), "lost": .int(lost),
            "drivers": .list(drivers.map { driver in
                .object(OutputObject("LossDriver", fields: [
                    "dimension": .string(driver.value.dimension.rawValue), "id": .string(driver.value.id),
                    "label": .string(driver.value.label), "closed": .int(driver.closed), "lost": .int(driver.lost),
                    "lift": .float(driver.statistics.lift), "lossRate": .float(driver.statistics.lossRate),
                    "chiSquare": .float(driver.statistics.chiSquare), "pValue": .float(driver.statistics.pValue),
                ]))
            }),
        ]))
    }
}
