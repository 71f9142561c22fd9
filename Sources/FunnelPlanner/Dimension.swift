/// The `Dimension` enum of api.md: what records can be filtered and grouped by.
public enum Dimension: String, Sendable, CaseIterable, Hashable {
    case region = "REGION"
    case city = "CITY"
    case team = "TEAM"
    case rep = "REP"
    case product = "PRODUCT"
    case channel = "CHANNEL"
    case industry = "INDUSTRY"
    case customerSize = "CUSTOMER_SIZE"
    case tenureBand = "TENURE_BAND"
    case day = "DAY"
    case week = "WEEK"
    case month = "MONTH"
    case quarter = "QUARTER"

    /// DAY, WEEK, MONTH, QUARTER: derived from the record's own local date.
    public var isTimeGrain: Bool {
        switch self {
        case .day, .week, .month, .quarter: true
        default: false
        }
    }

    /// The nine dimensions a filter can name (time is the period's business).
    public static let filterable: [Dimension] = allCases.filter { !$0.isTimeGrain }
}
