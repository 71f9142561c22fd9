public import Foundation

/// Compiles each root field's request into one SQL statement over the reporting views.
///
/// The statement shapes live in `sql/queries/`; the planner fills their slots with grouping
/// keys and predicates it builds from its own column tables, and binds every value.
public struct ReportPlanner: Sendable {
    let funnelTemplate: QueryTemplate

    public init(sqlDirectory: URL) throws(QueryTemplate.LoadError) {
        funnelTemplate = try QueryTemplate.load("funnel", slots: ["group_key", "where"], from: sqlDirectory)
    }
}
