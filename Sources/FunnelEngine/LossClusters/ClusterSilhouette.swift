extension LossClustering {
    /// The mean silhouette of a partition under Hamming distance, over every profile; nil
    /// with fewer than two clusters. A profile alone in its cluster scores 0 (Rousseeuw).
    ///
    /// Exact at any size without pairwise distances: the summed distance from a profile to all
    /// members of a cluster C is `m·|C| − Σ_attributes count_C(attribute, its value)`, so each
    /// profile costs `k·m` once every cluster's value counts are known (O(n·k·m) in all). No
    /// sampling is needed.
    public func silhouette(_ partition: Partition) -> Double? {
        let clusters = partition.modes.count
        guard clusters >= 2, count > 0 else { return nil }
        let sizes = partition.sizes
        // counts[cluster][offset(attribute) + code]
        var offsets = [Int](repeating: 0, count: attributes + 1)
        for attribute in 0..<attributes { offsets[attribute + 1] = offsets[attribute] + values[attribute].count }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: offsets[attributes]), count: clusters)
        for (index, cluster) in partition.assignment.enumerated() {
            for attribute in 0..<attributes { counts[cluster][offsets[attribute] + codes[index * attributes + attribute]] += 1 }
        }
        var total = 0.0
        for (index, own) in partition.assignment.enumerated() {
            guard sizes[own] > 1 else { continue }
            func summedDistance(to cluster: Int) -> Int {
                var shared = 0
                for attribute in 0..<attributes { shared += counts[cluster][offsets[attribute] + codes[index * attributes + attribute]] }
                return attributes * sizes[cluster] - shared
            }
            let within = Double(summedDistance(to: own)) / Double(sizes[own] - 1)
            var nearest = Double.infinity
            for cluster in 0..<clusters where cluster != own && sizes[cluster] > 0 {
                nearest = min(nearest, Double(summedDistance(to: cluster)) / Double(sizes[cluster]))
            }
            let larger = max(within, nearest)
            if larger > 0 { total += (nearest - within) / larger }
        }
        return total / Double(count)
    }

    /// The partition for `k` given, or for the k in `candidates` with the best mean
    /// silhouette (ties: the smaller k). Nil silhouette when fewer than two clusters formed.
    public func best(k: Int?, candidates: ClosedRange<Int> = 2...6) -> (partition: Partition, silhouette: Double?) {
        if let k {
            let partition = partition(k: k)
            return (partition, silhouette(partition))
        }
        var best: (partition: Partition, silhouette: Double?)?
        for k in candidates {
            let partition = partition(k: k)
            // Fewer distinct rows than k: larger k give the same partition again.
            if partition.modes.count < k, best != nil { break }
            let score = silhouette(partition)
            if best == nil || (score ?? -2) > (best!.silhouette ?? -2) { best = (partition, score) }
        }
        return best ?? (partition(k: 0), nil)
    }
}
