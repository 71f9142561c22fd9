public import FunnelPlanner

/// Answers of `lossClusters` kept until the reporting views are refreshed: clustering reads
/// every lost deal of the period, and the answer cannot change between refreshes.
///
/// Keyed by the latest refresh time, the caller's scope and the request; a new refresh time
/// drops every older entry. Bounded: past `capacity` entries the oldest goes first.
public actor LossClusterCache {
    public struct Key: Sendable, Hashable {
        let refreshedAt: String
        let parts: [[String]]

        public init(refreshedAt: String, scope: AccessScope, request: LossClusterRequest) {
            self.refreshedAt = refreshedAt
            var parts = [[scope.orgID, scope.role.rawValue, scope.rep ?? "", request.period.from, request.period.to,
                          request.k.map(String.init) ?? "auto"], scope.regions, scope.teams]
            for dimension in request.filter.dimensions {
                parts.append([dimension.rawValue] + (request.filter[dimension] ?? []))
            }
            self.parts = parts
        }
    }

    public let capacity: Int
    private var entries: [Key: LossClusterReport] = [:]
    private var order: [Key] = []

    public init(capacity: Int = 64) {
        self.capacity = capacity
    }

    public func report(for key: Key) -> LossClusterReport? {
        entries[key]
    }

    public func store(_ report: LossClusterReport, for key: Key) {
        let stale = order.filter { $0.refreshedAt != key.refreshedAt }
        for old in stale { entries[old] = nil }
        order.removeAll { $0.refreshedAt != key.refreshedAt || $0 == key }
        entries[key] = report
        order.append(key)
        while order.count > capacity { entries[order.removeFirst()] = nil }
    }

    public var count: Int { entries.count }
}
