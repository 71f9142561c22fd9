public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `Stall` of the schema: one stalled open stay at the as-of time.
public struct Stall: Sendable, Equatable {
    public var opportunityID: String
    public var stageKey: String
    public var stageName: String
    public var timeoutHours: Int
    public var rep: GroupValue
    public var team: GroupValue
    public var region: GroupValue
    public var customerName: String
    public var amount: Double?
    /// RFC 3339, UTC.
    public var enteredAt: String
    public var lastResetAt: String
    public var lastActivityAt: String?
    public var lastActivityType: String?
    public var hoursOverdue: Double
}

extension WarehouseReader {
    public func stalls(_ request: StallListRequest, scope: AccessScope, planner: ReportPlanner) async throws -> [Stall] {
        var stalls: [Stall] = []
        typealias Row = (
            String, Int, String, String, Int, String, String, String, String, String, String, String, Double?,
            String, String, String?, String?, Double
        )
        for try await row in try await rows(planner.stalls(request, scope: scope)).decode(Row.self) {
            stalls.append(Stall(
                opportunityID: row.0, stageKey: row.2, stageName: row.3, timeoutHours: row.4,
                rep: GroupValue(dimension: .rep, id: row.5, label: row.6),
                team: GroupValue(dimension: .team, id: row.7, label: row.8),
                region: GroupValue(dimension: .region, id: row.9, label: row.10),
                customerName: row.11, amount: row.12, enteredAt: row.13, lastResetAt: row.14,
                lastActivityAt: row.15, lastActivityType: row.16, hoursOverdue: row.17
            ))
        }
        return stalls
    }
}

extension Stall {
    var output: OutputValue {
        .object(OutputObject("Stall", fields: [
            "opportunityId": .string(opportunityID), "stageKey": .string(stageKey), "stageName": .string(stageName),
            "timeoutHours": .int(timeoutHours), "rep": rep.output, "team": team.output, "region": region.output,
            "customerName": .string(customerName), "amount": .float(amount), "enteredAt": .string(enteredAt),
            "lastResetAt": .string(lastResetAt), "lastActivityAt": .string(lastActivityAt),
            "lastActivityType": .string(lastActivityType), "hoursOverdue": .float(hoursOverdue),
        ]))
    }
}
