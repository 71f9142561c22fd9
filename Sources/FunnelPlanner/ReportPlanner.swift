public import Foundation

/// Compiles each root field's request into one SQL statement over the reporting views.
///
/// The statement shapes live in `sql/queries/`; the planner fills their slots with grouping
/// keys and predicates it builds from its own column tables, and binds every value.
public struct ReportPlanner: Sendable {
    let funnelTemplate: QueryTemplate
    let stageDwellTemplate: QueryTemplate
    let dimensionValuesTemplate: QueryTemplate
    let freshnessTemplate: QueryTemplate
    let viewerTemplate: QueryTemplate
    let sliceTemplate: QueryTemplate
    let stallsTemplate: QueryTemplate
    let healthTemplates: HealthTemplates

    public init(sqlDirectory: URL) throws(QueryTemplate.LoadError) {
        let slots = ["group_key", "where"]
        funnelTemplate = try QueryTemplate.load("funnel", slots: slots, from: sqlDirectory)
        stageDwellTemplate = try QueryTemplate.load("stage_dwell", slots: slots, from: sqlDirectory)
        dimensionValuesTemplate = try QueryTemplate.load("dimension_values", slots: [], from: sqlDirectory)
        freshnessTemplate = try QueryTemplate.load("freshness", slots: [], from: sqlDirectory)
        viewerTemplate = try QueryTemplate.load("viewer", slots: [], from: sqlDirectory)
        sliceTemplate = try QueryTemplate.load("slice", slots: ["relation", "group_key", "where", "order_joins", "order"], from: sqlDirectory)
        stallsTemplate = try QueryTemplate.load("stalls", slots: ["where", "order"], from: sqlDirectory)
        healthTemplates = try HealthTemplates(sqlDirectory: sqlDirectory)
    }

    /// A per-pipeline report: `$1` org, `$2` pipeline, `$3` grouped dimensions, then the
    /// predicate's parameters.
    func pipelineReport(
        _ template: QueryTemplate, view: FactView, request: PipelineReportRequest, scope: AccessScope
    ) -> SQLQuery {
        var parameters = SQLParameters()
        _ = parameters.bind(.text(scope.orgID))
        _ = parameters.bind(.text(request.pipeline))
        _ = parameters.bind(.texts(request.groupBy.map(\.rawValue)))
        let predicate = view.predicate(scope: scope, period: request.period, filter: request.filter, parameters: &parameters)
        let text = template.render(["group_key": view.groupKey(request.groupBy), "where": predicate])
        return SQLQuery(text: text, parameters: parameters.values)
    }
}
