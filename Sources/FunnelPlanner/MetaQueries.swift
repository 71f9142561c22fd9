extension ReportPlanner {
    /// Columns: id, label (sql/queries/dimension_values.sql). `dimension` is not a time grain.
    public func dimensionValues(_ dimension: Dimension, search: String?, limit: Int, scope: AccessScope) -> SQLQuery {
        SQLQuery(text: dimensionValuesTemplate.render([:]), parameters: [
            .text(scope.orgID), .text(scope.role.rawValue), .texts(scope.regions), .texts(scope.teams), .text(scope.rep),
            .text(dimension.rawValue), .text(search), .int(limit),
        ])
    }

    /// Columns: view_name, refreshed_at (RFC 3339 text), duration_ms.
    public func freshness() -> SQLQuery {
        SQLQuery(text: freshnessTemplate.render([:]), parameters: [])
    }

    /// Columns: name, industry, timezone, region_labels, team_labels, rep_label.
    public func viewer(_ scope: AccessScope) -> SQLQuery {
        SQLQuery(text: viewerTemplate.render([:]), parameters: [
            .text(scope.orgID), .texts(scope.regions), .texts(scope.teams), .text(scope.rep),
        ])
    }
}
