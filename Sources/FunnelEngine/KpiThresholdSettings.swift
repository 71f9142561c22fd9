public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `KpiThresholds` of the schema: the org's effective lines of one KPI.
public struct KpiThresholds: Sendable, Equatable {
    public var kpi: Kpi
    public var label: String
    public var lowerIsBetter: Bool
    public var lines: KpiLines
    /// The org set its own lines (else the white papers' defaults apply).
    public var customized: Bool
}

/// What `setKpiThresholds` asks: the lines given; an omitted line keeps its current value.
public struct KpiLinesChange: Sendable, Equatable {
    public var alert: Double?
    public var healthy: Double?
    public var excellent: Double?

    public init(alert: Double? = nil, healthy: Double? = nil, excellent: Double? = nil) {
        self.alert = alert
        self.healthy = healthy
        self.excellent = excellent
    }

    /// Why a change is refused, naming the argument at fault.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case nothingGiven
        case noLines(Kpi)
        case notFinite(argument: String)
        case negative(argument: String, value: Double)
        case rateAboveOne(argument: String, value: Double)
        /// `worse` must not be better than `better` in the KPI's direction.
        case disordered(kpi: Kpi, lowerIsBetter: Bool, worse: (String, Double), better: (String, Double))

        public var description: String {
            switch self {
            case .nothingGiven:
                return "setKpiThresholds needs at least one of alertLine, healthyLine, excellentLine."
            case .noLines(let kpi):
                return "kpi: \(kpi.rawValue) has no lines; it is listed without a band."
            case .notFinite(let argument):
                return "\(argument) must be a finite number."
            case .negative(let argument, let value):
                return "\(argument): \(value) is negative; lines are rates, hours or days."
            case .rateAboveOne(let argument, let value):
                return "\(argument): \(value) is not a rate; rates lie between 0 and 1 (0.9 for 90%)."
            case .disordered(let kpi, let lowerIsBetter, let worse, let better):
                let relation = lowerIsBetter ? "at least" : "at most"
                let direction = lowerIsBetter ? "lower" : "higher"
                return "\(worse.0) (\(worse.1)) must be \(relation) \(better.0) (\(better.1)): \(direction) is better for \(kpi.rawValue)."
            }
        }

        public static func == (lhs: Problem, rhs: Problem) -> Bool { lhs.description == rhs.description }
    }

    /// The lines after the change, checked: finite, not negative, rates within [0, 1], and
    /// alert, healthy, excellent in the KPI's better direction (equal lines are allowed: the
    /// band between them is then empty).
    public func applied(to current: KpiThresholds) throws(Problem) -> KpiLines {
        guard current.kpi != .winRate else { throw .noLines(current.kpi) }
        guard alert != nil || healthy != nil || excellent != nil else { throw .nothingGiven }
        for (argument, value) in [("alertLine", alert), ("healthyLine", healthy), ("excellentLine", excellent)] {
            guard let value else { continue }
            guard value.isFinite else { throw .notFinite(argument: argument) }
            guard value >= 0 else { throw .negative(argument: argument, value: value) }
            if current.kpi.isRate && value > 1 { throw .rateAboveOne(argument: argument, value: value) }
        }
        let lines = KpiLines(
            alert: alert ?? current.lines.alert, healthy: healthy ?? current.lines.healthy,
            excellent: excellent ?? current.lines.excellent
        )
        let ordered: [(String, Double?)] = [("alertLine", lines.alert), ("healthyLine", lines.healthy), ("excellentLine", lines.excellent)]
        for (worse, better) in zip(ordered, ordered.dropFirst()) {
            guard let worseValue = worse.1, let betterValue = better.1 else { continue }
            let consistent = current.lowerIsBetter ? worseValue >= betterValue : worseValue <= betterValue
            if !consistent {
                throw .disordered(
                    kpi: current.kpi, lowerIsBetter: current.lowerIsBetter, worse: (worse.0, worseValue), better: (better.0, betterValue)
                )
            }
        }
        return lines
    }
}

extension Kpi {
    /// Rates are fractions in [0, 1]; the others are hours or days.
    var isRate: Bool {
        switch self {
        case .progressUpdateIntervalHours, .actionTimelinessHours, .firstQuoteDays: false
        default: true
        }
    }
}

extension WarehouseReader {
    public func kpiThresholds(_ kpi: Kpi, orgID: String, planner: ReportPlanner) async throws -> KpiThresholds {
        typealias Row = (String, String, Bool, Double?, Double?, Double?, Bool)
        for try await row in try await rows(planner.kpiThresholds(kpi, orgID: orgID)).decode(Row.self) {
            return KpiThresholds(
                kpi: kpi, label: row.1, lowerIsBetter: row.2,
                lines: KpiLines(alert: row.3, healthy: row.4, excellent: row.5), customized: row.6
            )
        }
        throw GraphQLError("The token's org \(orgID) has no data in this warehouse.", code: .forbidden)
    }

    /// Checks the change against the org's current lines, writes it, and answers the lines now
    /// in effect (visible to the next health query at once: health reads them in its statement).
    public func setKpiThresholds(_ kpi: Kpi, change: KpiLinesChange, orgID: String, planner: ReportPlanner) async throws -> KpiThresholds {
        let current = try await kpiThresholds(kpi, orgID: orgID, planner: planner)
        let lines: KpiLines
        do {
            lines = try change.applied(to: current)
        } catch {
            throw GraphQLError(error.description, code: .badUserInput)
        }
        let write = planner.setKpiThresholds(kpi, lines: lines, replacing: current.lines, customized: current.customized, orgID: orgID)
        var written = false
        for try await _ in try await rows(write) { written = true }
        guard written else {
            throw GraphQLError(
                "The \(kpi.rawValue) lines were changed by someone else meanwhile; nothing was written. Read them again and retry.",
                code: .badUserInput
            )
        }
        return try await kpiThresholds(kpi, orgID: orgID, planner: planner)
    }

    public func resetKpiThresholds(_ kpi: Kpi, orgID: String, planner: ReportPlanner) async throws -> KpiThresholds {
        _ = try await kpiThresholds(kpi, orgID: orgID, planner: planner)
        try await execute(planner.resetKpiThresholds(kpi, orgID: orgID))
        return try await kpiThresholds(kpi, orgID: orgID, planner: planner)
    }

    /// Runs a statement that answers no rows, to its end.
    private func execute(_ query: SQLQuery) async throws {
        for try await _ in try await rows(query) {}
    }
}

extension KpiThresholds {
    var output: OutputValue {
        .object(OutputObject("KpiThresholds", fields: [
            "kpi": .string(kpi.rawValue), "label": .string(label), "lowerIsBetter": .bool(lowerIsBetter),
            "alertLine": .float(lines.alert), "healthyLine": .float(lines.healthy), "excellentLine": .float(lines.excellent),
            "customized": .bool(customized),
        ]))
    }
}
