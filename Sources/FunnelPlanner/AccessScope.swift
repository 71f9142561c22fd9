/// Who is asking, as far as rows are concerned: the token's org, role and reach.
///
/// Every plan carries one and every SQL statement the planner writes filters by it; there is
/// no way to build a plan without a scope.
public struct AccessScope: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable, Codable {
        /// The whole org.
        case director
        /// The listed regions and/or teams.
        case manager
        /// Own records only.
        case rep
        /// The whole org plus ingest and settings.
        case admin
    }

    public let orgID: String
    public let role: Role
    public let regions: [String]
    public let teams: [String]
    public let rep: String?

    public init(orgID: String, role: Role, regions: [String] = [], teams: [String] = [], rep: String? = nil) {
        self.orgID = orgID
        self.role = role
        self.regions = regions
        self.teams = teams
        self.rep = rep
    }

    /// Whether the scope sees every row of its org.
    public var isWholeOrg: Bool { role == .director || role == .admin }
}
