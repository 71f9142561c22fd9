/// A cluster as reported: `LossCluster` of api.md, with value ids where labels go later.
public struct ClusterSummary: Sendable, Equatable {
    public var id: Int
    public var size: Int
    public var share: Double
    public var amountShare: Double
    public var dominantReason: String
    public var traits: [ClusterTrait]
    public var sampleOpportunityIds: [String]
}

/// A value over-represented in a cluster: support >= 0.3 inside it and lift >= 1.5 against
/// all lost deals (metrics.md, "Loss clusters").
public struct ClusterTrait: Sendable, Equatable {
    public var attribute: LossAttribute
    public var value: String
    public var support: Double
    public var lift: Double

    public init(attribute: LossAttribute, value: String, support: Double, lift: Double) {
        self.attribute = attribute
        self.value = value
        self.support = support
        self.lift = lift
    }
}

extension LossClustering {
    /// How many member ids a cluster shows: the ones closest to its mode, then by id.
    public static let sampleSize = 5

    /// The clusters of a partition, largest first (ties: the one holding the lowest id),
    /// numbered from 1. Traits by lift, then support, descending, then attribute and value;
    /// both thresholds are checked on integer counts, so 3 of 10 is exactly 0.3.
    public func summaries(_ partition: Partition) -> [ClusterSummary] {
        let totalAmount = profiles.reduce(0) { $0 + $1.amount }
        var members = [[Int]](repeating: [], count: partition.modes.count)
        for (index, cluster) in partition.assignment.enumerated() { members[cluster].append(index) }
        let order = members.indices.filter { !members[$0].isEmpty }.sorted {
            members[$0].count != members[$1].count ? members[$0].count > members[$1].count : members[$0][0] < members[$1][0]
        }
        let reason = LossAttribute.allCases.firstIndex(of: .reason)!
        return order.enumerated().map { number, cluster in
            let inside = members[cluster]
            var traits: [(order: (Int, Int), trait: ClusterTrait)] = []
            var dominantReason = ""
            for (attribute, name) in LossAttribute.allCases.enumerated() {
                var counts = [Int](repeating: 0, count: values[attribute].count)
                for index in inside { counts[codes[index * attributes + attribute]] += 1 }
                if attribute == reason, let top = counts.max() { dominantReason = values[attribute][counts.firstIndex(of: top)!] }
                for (code, found) in counts.enumerated() where found > 0 {
                    let overall = frequencies[attribute][code]
                    // support = found/size >= 3/10; lift = (found/size) / (overall/n) >= 3/2.
                    guard 10 * found >= 3 * inside.count, 2 * found * count >= 3 * inside.count * overall else { continue }
                    traits.append(((attribute, code), ClusterTrait(
                        attribute: name, value: values[attribute][code], support: Double(found) / Double(inside.count),
                        lift: Double(found * count) / Double(inside.count * overall)
                    )))
                }
            }
            traits.sort { first, second in
                (second.trait.lift, second.trait.support, first.order.0, first.order.1)
                    < (first.trait.lift, first.trait.support, second.order.0, second.order.1)
            }
            let mode = partition.modes[cluster]
            let samples = inside.map { (distance($0, mode: mode), $0) }.sorted { $0 < $1 }.prefix(Self.sampleSize)
            let amount = inside.reduce(0) { $0 + profiles[$1].amount }
            return ClusterSummary(
                id: number + 1, size: inside.count, share: Double(inside.count) / Double(count),
                amountShare: totalAmount > 0 ? amount / totalAmount : 0, dominantReason: dominantReason,
                traits: traits.map(\.trait), sampleOpportunityIds: samples.map { profiles[$0.1].opportunityID }
            )
        }
    }
}
