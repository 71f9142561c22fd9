import ArgumentParser
import FunnelPlanner
import FunnelWarehouse

/// Prints the SQL the planner writes for a funnel or slice request, with its parameters
/// written in, so the benchmark can time the same statement directly against PostgreSQL.
struct BenchSQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-sql",
        abstract: "Prints the planned SQL of a funnel or slice request (for Benchmarks/server-bench).",
        shouldDisplay: false
    )

    enum Report: String, ExpressibleByArgument { case funnel, slice }

    @ArgumentParser.Argument var report: Report
    @Option var org: String
    @Option var from: String
    @Option var to: String
    @Option(name: .customLong("group-by")) var groupBy: [String] = []
    @Option(name: .customLong("measure")) var measures: [String] = ["WIN_RATE"]

    func run() throws {
        let planner = try ReportPlanner(sqlDirectory: try SQLDirectory.locate())
        let scope = AccessScope(orgID: org, role: .director)
        let period = ReportPeriod(from: from, to: to)
        let dimensions = try groupBy.map { name in
            guard let dimension = Dimension(rawValue: name) else { throw ValidationError("unknown dimension \(name)") }
            return dimension
        }
        let query = switch report {
        case .funnel:
            planner.funnel(PipelineReportRequest(period: period, groupBy: dimensions), scope: scope)
        case .slice:
            planner.slice(SliceRequest(measures: measures.compactMap(Kpi.init(rawValue:)), period: period, groupBy: dimensions), scope: scope)
        }
        print(query.inlined + ";")
    }
}
