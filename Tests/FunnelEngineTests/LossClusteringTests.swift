import Foundation
import FunnelEngine
import Testing

/// k-modes, silhouette and traits on hand-made profiles (no database), numbers worked out by
/// hand from metrics.md "Loss clusters".
@Suite struct LossClusteringTests {
    /// A profile from its nine values in `LossAttribute.allCases` order:
    /// reason, lost-at stage, region, industry, product, customer size, tenure band, channel, competitor.
    static func profile(_ id: String, _ values: [String], amount: Double = 1) -> LossProfile {
        LossProfile(opportunityID: id, amount: amount, values: values)
    }

    /// p1 and p2 differ in one attribute, p3 and p4 are identical, and each of the first two is
    /// 3 attributes away from each of the last two.
    static let four = [
        profile("p1", ["a", "a", "a", "x", "x", "x", "x", "x", "x"]),
        profile("p2", ["a", "a", "b", "x", "x", "x", "x", "x", "x"]),
        profile("p3", ["c", "c", "c", "x", "x", "x", "x", "x", "x"]),
        profile("p4", ["c", "c", "c", "x", "x", "x", "x", "x", "x"]),
    ]

    @Test func silhouetteOfATinyPartitionByHand() {
        // k = 2 gives {p1, p2} and {p3, p4}. s(p1) = s(p2): a = 1, b = (3 + 3) / 2 = 3 → 2/3;
        // s(p3) = s(p4): a = 0, b = 3 → 1. Mean (2/3 + 2/3 + 1 + 1) / 4 = 5/6.
        let clustering = LossClustering(Self.four)
        let (partition, silhouette) = clustering.best(k: 2)
        #expect(partition.sizes == [2, 2])
        #expect(abs(silhouette! - 5.0 / 6.0) < 1e-12)
        let clusters = clustering.summaries(partition)
        // Cluster 1's mode: the region is a tie (a, b) that goes to the lower value, a, so p1
        // (distance 0) comes before p2 (distance 1).
        #expect(clusters.map(\.sampleOpportunityIds) == [["p1", "p2"], ["p3", "p4"]])
        #expect(clusters.map(\.dominantReason) == ["a", "c"])
    }

    @Test func kGivenVersusChosen() {
        // k = 3: {p1}, {p2}, {p3, p4}; singletons score 0, p3 and p4 score 1 → 0.5. k = 4 is
        // not possible (3 distinct rows), so 2...6 picks k = 2 with 5/6.
        let clustering = LossClustering(Self.four)
        let given = clustering.best(k: 3)
        #expect(given.partition.sizes.sorted() == [1, 1, 2])
        #expect(given.silhouette == 0.5)
        let chosen = clustering.best(k: nil)
        #expect(chosen.partition.sizes == [2, 2])
        #expect(abs(chosen.silhouette! - 5.0 / 6.0) < 1e-12)
        // Asking for more clusters than distinct rows gives the distinct rows.
        #expect(clustering.best(k: 10).partition.sizes.sorted() == [1, 1, 2])
    }

    /// Two groups of ten, apart on reason, stage and region (3 attributes), each member at most
    /// one attribute from its group's mode:
    /// group a: a00–a02 product p, a03–a05 channel c, a06–a07 industry i, a08–a09 plain;
    /// group b: b00 product p, b01–b02 channel c, b03–b09 plain.
    static let twenty: [LossProfile] = (0..<10).map { index in
        var values = ["A", "s1", "r1", "x", "q", "x", "x", "x", "NO"]
        if index < 3 { values[4] = "p" } else if index < 6 { values[7] = "c" } else if index < 8 { values[3] = "i" }
        return profile("a0\(index)", values, amount: 1)
    } + (0..<10).map { index in
        var values = ["B", "s2", "r2", "x", "q", "x", "x", "x", "NO"]
        if index == 0 { values[4] = "p" } else if index < 3 { values[7] = "c" }
        return profile("b0\(index)", values, amount: 3)
    }

    @Test func traitsNeedSupportOfAtLeastThreeTenthsAndLiftOfAtLeastOneAndAHalf() {
        let clustering = LossClustering(Self.twenty)
        let clusters = clustering.summaries(clustering.best(k: 2).partition)
        #expect(clusters.map(\.size) == [10, 10])
        #expect(clusters.map(\.share) == [0.5, 0.5])
        // Amounts 10 × 1 and 10 × 3 of 40.
        #expect(clusters.map(\.amountShare) == [0.25, 0.75])
        // Group a: A, s1, r1 support 1, lift 1 / (10/20) = 2. Product p: 3 of 10 (support
        // 0.3, in) and 4 of 20 overall: lift 0.3 / 0.2 = 1.5 (in). Channel c: 3 of 10 but 5 of
        // 20 overall: lift 1.2 (out). Industry i: lift 2 but support 0.2 (out). Product q:
        // 0.7 / 0.8 (out). Order: lift, support, then attribute order.
        #expect(clusters[0].traits == [
            ClusterTrait(attribute: .reason, value: "A", support: 1, lift: 2),
            ClusterTrait(attribute: .lostAtStage, value: "s1", support: 1, lift: 2),
            ClusterTrait(attribute: .region, value: "r1", support: 1, lift: 2),
            ClusterTrait(attribute: .product, value: "p", support: 0.3, lift: 1.5),
        ])
        // Group b: product p 1 of 10, channel c 2 of 10: below 0.3.
        #expect(clusters[1].traits == [
            ClusterTrait(attribute: .reason, value: "B", support: 1, lift: 2),
            ClusterTrait(attribute: .lostAtStage, value: "s2", support: 1, lift: 2),
            ClusterTrait(attribute: .region, value: "r2", support: 1, lift: 2),
        ])
        // Closest to the mode first (a08, a09 at 0), then by id.
        #expect(clusters[0].sampleOpportunityIds == ["a08", "a09", "a00", "a01", "a02"])
        #expect(clusters[1].sampleOpportunityIds == ["b03", "b04", "b05", "b06", "b07"])
        #expect(clusters.map(\.dominantReason) == ["A", "B"])
    }

    /// 300 profiles from a fixed linear congruential sequence, with some structure.
    static let noisy: [LossProfile] = {
        var state: UInt64 = 42
        func next(_ bound: Int) -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return String((state >> 33) % UInt64(bound))
        }
        return (0..<300).map { index in
            let planted = index % 4 == 0
            let values = LossAttribute.allCases.enumerated().map { attribute, _ in
                planted && attribute < 4 ? "planted" : next(attribute + 2)
            }
            return profile(String(format: "O%04d", (index * 7919) % 10_007), values, amount: Double(index % 13))
        }
    }()

    @Test func sameAnswerTwiceAndInAnyInputOrder() {
        let first = LossClustering(Self.noisy)
        let (partition, silhouette) = first.best(k: nil)
        let summaries = first.summaries(partition)
        let again = LossClustering(Self.noisy).best(k: nil)
        #expect(again.partition == partition && again.silhouette == silhouette)

        var shuffled = Self.noisy.reversed().map { $0 }
        shuffled.swapAt(0, 150)
        shuffled.swapAt(7, 299)
        let other = LossClustering(shuffled)
        let (otherPartition, otherSilhouette) = other.best(k: nil)
        #expect(other.summaries(otherPartition) == summaries)
        #expect(otherSilhouette == silhouette)
        // The planted quarter (four shared values) comes out as one cluster with those traits.
        #expect(summaries.contains { cluster in
            cluster.traits.filter { $0.value == "planted" }.count == 4 && cluster.size >= 75
        })
    }

    @Test func noLostDealsNoClusters() {
        let clustering = LossClustering([])
        let (partition, silhouette) = clustering.best(k: nil)
        #expect(clustering.summaries(partition) == [])
        #expect(silhouette == nil)
    }

    @Test func driverStatisticsByHand() {
        // a = 15 (value, lost), b = 5 (value, won), c = 10, d = 10; N = 40, 25 lost.
        // chi² = 40 (150 − 50)² / (20 · 20 · 25 · 15) = 400000 / 150000 = 8/3;
        // p = erfc(√(4/3)) = 0.1024704348597… (chi-square, 1 df, upper tail at 8/3);
        // lift = (15/25) / (20/40) = 1.2; loss rate 15/20.
        let statistics = LossDriverStatistics(closed: 40, lost: 25, valueClosed: 20, valueLost: 15)
        #expect(abs(statistics.chiSquare! - 8.0 / 3.0) < 1e-12)
        #expect(abs(statistics.pValue! - 0.10247043485974947) < 1e-12)
        #expect(abs(statistics.lift! - 1.2) < 1e-12)
        #expect(statistics.lossRate == 0.75)
        // Every closed deal has the value: the "not" row is empty, a zero margin.
        let everywhere = LossDriverStatistics(closed: 40, lost: 25, valueClosed: 40, valueLost: 25)
        #expect(everywhere.chiSquare == nil && everywhere.pValue == nil)
        #expect(everywhere.lift == 1 && everywhere.lossRate == 0.625)
        // No lost deal at all: lift has an empty denominator, and the lost column is a zero margin.
        let noneLost = LossDriverStatistics(closed: 30, lost: 0, valueClosed: 20, valueLost: 0)
        #expect(noneLost.lift == nil && noneLost.chiSquare == nil && noneLost.lossRate == 0)
    }
}
