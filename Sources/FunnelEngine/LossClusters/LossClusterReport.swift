public import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `lossClusters(period:, filter:, k:)`.
public struct LossClusterRequest: Sendable, Equatable {
    /// The k a caller may ask for; without one, k is chosen in `chosenK`.
    public static let allowedK = 2...10
    public static let chosenK = 2...6

    public var period: ReportPeriod
    public var filter: DimensionFilter
    public var k: Int?

    public init(period: ReportPeriod, filter: DimensionFilter = .init(), k: Int? = nil) {
        self.period = period
        self.filter = filter
        self.k = k
    }
}

/// `LossClusterReport` of api.md, with zh-CN labels for every reported value.
public struct LossClusterReport: Sendable, Equatable {
    public var k: Int
    public var silhouette: Double?
    public var lostCount: Int
    public var clusters: [ClusterSummary]
    /// Per attribute, value → zh-CN label.
    public var labels: [LossAttribute: [String: String]]

    public func label(_ attribute: LossAttribute, _ value: String) -> String {
        labels[attribute]?[value] ?? (value.isEmpty ? "未指定" : value)
    }
}

extension LossClusterReport {
    /// Clusters the profiles: `k` when given, else the best mean silhouette over 2...6.
    public init(profiles: [LossProfile], labels: [LossAttribute: [String: String]], k: Int?) {
        let clustering = LossClustering(profiles)
        let (partition, silhouette) = clustering.best(k: k, candidates: LossClusterRequest.chosenK)
        let clusters = clustering.summaries(partition)
        self.init(k: clusters.count, silhouette: silhouette, lostCount: clustering.count, clusters: clusters, labels: labels)
    }
}

extension WarehouseReader {
    /// Reads the lost deals' profiles with one statement (sql/queries/loss_profiles.sql) and
    /// clusters them; answers from `cache` while the reporting views have not been refreshed.
    public func lossClusters(
        _ request: LossClusterRequest, scope: AccessScope, planner: ReportPlanner, cache: LossClusterCache
    ) async throws -> LossClusterReport {
        var refreshedAt = ""
        for try await stamp in try await rows(planner.latestRefresh()).decode(String.self) { refreshedAt = stamp }
        let key = LossClusterCache.Key(refreshedAt: refreshedAt, scope: scope, request: request)
        if let cached = await cache.report(for: key) { return cached }

        var profiles: [LossProfile] = []
        var labels: [LossAttribute: [String: String]] = [:]
        func note(_ attribute: LossAttribute, _ value: String?, _ label: String?) -> String {
            let value = value ?? ""
            if labels[attribute]?[value] == nil, let label { labels[attribute, default: [:]][value] = label }
            return value
        }
        typealias Row = (String, Double, String?, String?, String?, String?, String?, String?, String?, String?, String?,
                         String?, String?, String?, String?, String?, Bool)
        for try await row in try await rows(planner.lossProfiles(period: request.period, filter: request.filter, scope: scope)).decode(Row.self) {
            // In LossAttribute.allCases order.
            let values = [
                note(.reason, row.2, row.3),
                note(.lostAtStage, row.4, row.5),
                note(.region, row.6, row.7),
                note(.industry, row.8, row.8),
                note(.product, row.9, row.10),
                note(.customerSize, row.11, row.12),
                note(.tenureBand, row.13, row.14),
                note(.channel, row.15, row.15),
                note(.competitor, row.16 ? "YES" : "NO", row.16 ? "有竞品" : "无竞品"),
            ]
            profiles.append(LossProfile(opportunityID: row.0, amount: row.1, values: values))
        }
        let report = LossClusterReport(profiles: profiles, labels: labels, k: request.k)
        await cache.store(report, for: key)
        return report
    }
}

extension LossClusterReport {
    var output: OutputValue {
        .object(OutputObject("LossClusterReport", fields: [
            "k": .int(k), "silhouette": .float(silhouette), "lostCount": .int(lostCount),
            "clusters": .list(clusters.map { cluster in
                .object(OutputObject("LossCluster", fields: [
                    "id": .int(cluster.id), "size": .int(cluster.size), "share": .float(cluster.share),
                    "amountShare": .float(cluster.amountShare), "dominantReason": .string(cluster.dominantReason),
                    "dominantReasonName": .string(label(.reason, cluster.dominantReason)),
                    "traits": .list(cluster.traits.map { trait in
                        .object(OutputObject("ClusterTrait", fields: [
                            "attribute": .string(trait.attribute.rawValue), "value": .string(trait.value),
                            "label": .string(label(trait.attribute, trait.value)),
                            "support": .float(trait.support), "lift": .float(trait.lift),
                        ]))
                    }),
                    "sampleOpportunityIds": .list(cluster.sampleOpportunityIds.map { .string($0) }),
                ]))
            }),
        ]))
    }
}
