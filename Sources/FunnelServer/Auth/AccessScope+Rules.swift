public import FunnelPlanner

extension AccessScope {
    /// What makes this scope unusable as a token, empty when it is fine.
    ///
    /// Checked when a token is issued and again when one is presented, so a token minted
    /// elsewhere with the same key cannot widen its reach by leaving a list out.
    public var problems: [String] {
        var problems: [String] = []
        if orgID.isEmpty { problems.append("a token needs an org") }
        switch role {
        case .manager:
            if regions.isEmpty && teams.isEmpty {
                problems.append("a manager token must list at least one region or team")
            }
            if rep != nil { problems.append("a manager token takes regions and teams, not a rep") }
        case .rep:
            if rep?.isEmpty ?? true { problems.append("a rep token must name its rep") }
            if !regions.isEmpty || !teams.isEmpty { problems.append("a rep token takes a rep, not regions or teams") }
        case .director, .admin:
            if !regions.isEmpty || !teams.isEmpty || rep != nil {
                problems.append("a \(role.rawValue) token covers the whole org; it takes no regions, teams or rep")
            }
        }
        if regions.contains(where: \.isEmpty) || teams.contains(where: \.isEmpty) {
            problems.append("region and team ids must not be empty")
        }
        return problems
    }
}
