/// What a lost deal is described by for clustering (metrics.md, "Loss clusters").
public enum LossAttribute: String, Sendable, CaseIterable, Hashable {
    case reason = "REASON"
    case lostAtStage = "LOST_AT_STAGE"
    case region = "REGION"
    case industry = "INDUSTRY"
    case product = "PRODUCT"
    case customerSize = "CUSTOMER_SIZE"
    case tenureBand = "TENURE_BAND"
    case channel = "CHANNEL"
    /// "YES" when the deal names a competitor, else "NO".
    case competitor = "COMPETITOR"
}

/// One lost deal: its id, its amount (NULL counted as 0) and one value per attribute, in
/// `LossAttribute.allCases` order; "" where the deal has no value (a group of its own).
public struct LossProfile: Sendable, Equatable {
    public var opportunityID: String
    public var amount: Double
    public var values: [String]

    public init(opportunityID: String, amount: Double, values: [String]) {
        precondition(values.count == LossAttribute.allCases.count, "one value per LossAttribute")
        self.opportunityID = opportunityID
        self.amount = amount
        self.values = values
    }
}
