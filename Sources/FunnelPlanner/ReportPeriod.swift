/// `PeriodInput`: inclusive calendar dates in the org's timezone (metrics.md, "Period").
public struct ReportPeriod: Sendable, Equatable {
    /// `YYYY-MM-DD`, already checked by the schema's `Date` scalar.
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// `FilterInput`: AND across dimensions, OR within one dimension's values.
public struct DimensionFilter: Sendable, Equatable {
    public private(set) var values: [Dimension: [String]] = [:]

    public init(_ values: [Dimension: [String]] = [:]) {
        for (dimension, ids) in values { self[dimension] = ids }
    }

    /// A nil or empty list means "no filter on this dimension".
    public subscript(dimension: Dimension) -> [String]? {
        get { values[dimension] }
        set { values[dimension] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
    }

    /// Dimensions in the enum's order, so generated SQL is stable for the same request.
    public var dimensions: [Dimension] { Dimension.allCases.filter { values[$0] != nil } }
}
