/// k-modes over lost-deal profiles with Hamming distance (metrics.md, "Loss clusters").
///
/// Deterministic by construction, so the same deals give the same answer every run and in any
/// input order: profiles are sorted by opportunity id, each attribute's values are coded in
/// text order, initial modes come from Cao's density method (ties to the lower id), and every
/// tie later (nearest mode, most frequent value) goes to the lower index.
public struct LossClustering: Sendable {
    /// The profiles in opportunity-id order.
    public let profiles: [LossProfile]
    /// Each profile's value codes, `attributes` per profile, row after row.
    let codes: [Int]
    /// Per attribute, its distinct values in text order (the code is the index).
    let values: [[String]]
    /// Per attribute and code, how many profiles have it.
    let frequencies: [[Int]]
    let attributes = LossAttribute.allCases.count

    public init(_ profiles: [LossProfile]) {
        self.profiles = profiles.sorted { $0.opportunityID < $1.opportunityID }
        var values: [[String]] = []
        var codes = [Int](repeating: 0, count: self.profiles.count * attributes)
        var frequencies: [[Int]] = []
        for attribute in 0..<attributes {
            let distinct = Array(Set(self.profiles.map { $0.values[attribute] })).sorted()
            let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            var counts = [Int](repeating: 0, count: distinct.count)
            for (row, profile) in self.profiles.enumerated() {
                let code = index[profile.values[attribute]]!
                codes[row * attributes + attribute] = code
                counts[code] += 1
            }
            values.append(distinct)
            frequencies.append(counts)
        }
        self.codes = codes
        self.values = values
        self.frequencies = frequencies
    }

    public var count: Int { profiles.count }

    /// A partition: each profile's cluster and each cluster's mode (value codes).
    public struct Partition: Sendable, Equatable {
        public var assignment: [Int]
        var modes: [[Int]]

        /// Cluster sizes, indexed like the modes.
        public var sizes: [Int] {
            var sizes = [Int](repeating: 0, count: modes.count)
            for cluster in assignment { sizes[cluster] += 1 }
            return sizes
        }
    }

    /// k-modes from Cao's initial modes until no profile changes cluster (at most 100 rounds).
    /// Fewer than `k` clusters when the profiles have fewer than `k` distinct rows; clusters
    /// left empty by an update are dropped at the end.
    public func partition(k: Int) -> Partition {
        guard count > 0, k > 0 else { return Partition(assignment: [], modes: []) }
        var modes = initialModes(k).map(row)
        var assignment = [Int](repeating: -1, count: count)
        for _ in 0..<100 {
            var changed = false
            for index in 0..<count {
                let nearest = nearestMode(index, modes)
                if assignment[index] != nearest {
                    assignment[index] = nearest
                    changed = true
                }
            }
            if !changed { break }
            modes = updatedModes(assignment, previous: modes)
        }
        // Drop empty clusters, keeping the others' order.
        var sizes = [Int](repeating: 0, count: modes.count)
        for cluster in assignment { sizes[cluster] += 1 }
        let kept = modes.indices.filter { sizes[$0] > 0 }
        let renumber = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        return Partition(assignment: assignment.map { renumber[$0]! }, modes: kept.map { modes[$0] })
    }

    /// Cao, Liang & Bai (2009): the densest profile first, then each time the profile that
    /// maximises density × distance to the nearest chosen mode. Density is the sum of the
    /// profile's value frequencies (the paper's density times n·m, an integer, so ties are
    /// exact); ties go to the lower index. Stops early when only repeats of chosen rows remain.
    func initialModes(_ k: Int) -> [Int] {
        let density = (0..<count).map { index in
            (0..<attributes).reduce(0) { $0 + frequencies[$1][codes[index * attributes + $1]] }
        }
        var chosen = [density.indices.max { density[$0] < density[$1] || (density[$0] == density[$1] && $0 > $1) }!]
        var nearest = (0..<count).map { distance($0, chosen[0]) }
        while chosen.count < k {
            var best = -1
            var bestScore = 0
            for index in 0..<count where nearest[index] * density[index] > bestScore {
                best = index
                bestScore = nearest[index] * density[index]
            }
            guard best >= 0 else { break }
            chosen.append(best)
            for index in 0..<count { nearest[index] = min(nearest[index], distance(index, best)) }
        }
        return chosen
    }

    func row(_ index: Int) -> [Int] { Array(codes[(index * attributes)..<((index + 1) * attributes)]) }

    /// Hamming distance between two profiles.
    func distance(_ first: Int, _ second: Int) -> Int {
        var differences = 0
        for attribute in 0..<attributes where codes[first * attributes + attribute] != codes[second * attributes + attribute] {
            differences += 1
        }
        return differences
    }

    /// Hamming distance between a profile and a mode.
    func distance(_ index: Int, mode: [Int]) -> Int {
        var differences = 0
        for attribute in 0..<attributes where codes[index * attributes + attribute] != mode[attribute] { differences += 1 }
        return differences
    }

    private func nearestMode(_ index: Int, _ modes: [[Int]]) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (cluster, mode) in modes.enumerated() {
            let distance = distance(index, mode: mode)
            if distance < bestDistance {
                best = cluster
                bestDistance = distance
            }
        }
        return best
    }

    /// Each cluster's most frequent value per attribute (ties: the lower code); an empty
    /// cluster keeps its mode.
    private func updatedModes(_ assignment: [Int], previous: [[Int]]) -> [[Int]] {
        var modes = previous
        for attribute in 0..<attributes {
            var counts = [[Int]](repeating: [Int](repeating: 0, count: values[attribute].count), count: modes.count)
            for (index, cluster) in assignment.enumerated() { counts[cluster][codes[index * attributes + attribute]] += 1 }
            for cluster in modes.indices {
                let top = counts[cluster].max()!
                if top > 0 { modes[cluster][attribute] = counts[cluster].firstIndex(of: top)! }
            }
        }
        return modes
    }
}
