import FunnelPlanner
import FunnelSchema

/// `health`, `compare`, `benchmarks`, and the Mutation root's threshold settings.
extension RootFields {
    static let healthFields: Set<String> = ["health", "compare", "benchmarks", "setKpiThresholds", "resetKpiThresholds"]

    func resolveHealth(_ field: String, arguments: ReportArguments, scope: AccessScope) async throws -> OutputValue {
        switch field {
        case "health":
            let request = try healthRequest(arguments, period: "period")
            try await reader.checkFilter(request.filter, scope: scope)
            return try await reader.health(request, scope: scope, planner: planner).output
        case "compare":
            let current = try healthRequest(arguments, period: "period")
            let baseline = try healthRequest(arguments, period: "baseline")
            try await reader.checkFilter(current.filter, scope: scope)
            return .list(try await reader.compare(baseline: baseline, current: current, scope: scope, planner: planner).map(\.output))
        case "benchmarks":
            return try await reader.benchmarks(kpis: Self.healthKpis(nil), period: try arguments.period(), scope: scope, planner: planner).output
        case "setKpiThresholds":
            let kpi = try Self.settingsKpi(arguments, scope: scope)
            let change = KpiLinesChange(
                alert: arguments.number("alertLine"), healthy: arguments.number("healthyLine"),
                excellent: arguments.number("excellentLine")
            )
            return try await reader.setKpiThresholds(kpi, change: change, orgID: scope.orgID, planner: planner).output
        case "resetKpiThresholds":
            let kpi = try Self.settingsKpi(arguments, scope: scope)
            return try await reader.resetKpiThresholds(kpi, orgID: scope.orgID, planner: planner).output
        default:
            throw GraphQLError("The field \"\(field)\" is not available yet.", code: .badUserInput)
        }
    }

    private func healthRequest(_ arguments: ReportArguments, period: String) throws(GraphQLError) -> HealthRequest {
        var asked: [Kpi]?
        if case .array(let names)? = arguments.values["kpis"] {
            asked = names.compactMap { if case .string(let name) = $0 { Kpi(rawValue: name) } else { nil } }
        }
        return HealthRequest(
            kpis: Self.healthKpis(asked), period: try arguments.period(period), filter: arguments.filter, groupBy: arguments.groupBy
        )
    }

    /// The KPIs asked for, in the order given, each once; all of them when omitted or empty.
    static func healthKpis(_ asked: [Kpi]?) -> [Kpi] {
        var kpis: [Kpi] = []
        for kpi in asked ?? [] where !kpis.contains(kpi) { kpis.append(kpi) }
        return kpis.isEmpty ? Kpi.allCases : kpis
    }

    /// Settings are the admin's: FORBIDDEN for every other role.
    private static func settingsKpi(_ arguments: ReportArguments, scope: AccessScope) throws(GraphQLError) -> Kpi {
        guard scope.role == .admin else {
            throw GraphQLError("Only an admin token may change the org's KPI thresholds.", code: .forbidden)
        }
        guard let name = arguments.string("kpi"), let kpi = Kpi(rawValue: name) else {
            throw GraphQLError("kpi names one of the Kpi values.", code: .badUserInput)
        }
        return kpi
    }
}

extension ReportArguments {
    /// A `Float` argument (an integer literal coerces to it).
    func number(_ name: String) -> Double? {
        switch values[name] {
        case .double(let value)?: value
        case .int(let value)?: Double(value)
        default: nil
        }
    }
}
