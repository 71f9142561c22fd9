public import FunnelPlanner
import FunnelSchema

/// One coordinate of a series' key: `GroupValue` of api.md.
public struct GroupValue: Sendable, Equatable {
    public let dimension: Dimension
    /// The value's id; "" for the NULL group (records without this dimension).
    public let id: String
    public let label: String

    public init(dimension: Dimension, id: String, label: String) {
        self.dimension = dimension
        self.id = id
        self.label = label
    }

    /// Zips a row's `group_key` and `group_labels` arrays with the grouped dimensions.
    static func key(_ dimensions: [Dimension], ids: [String], labels: [String]) -> [GroupValue] {
        zip(dimensions, zip(ids, labels)).map { GroupValue(dimension: $0, id: $1.0, label: $1.1) }
    }
}

extension GroupValue {
    var output: OutputValue {
        .object(OutputObject("GroupValue", fields: [
            "dimension": .string(dimension.rawValue), "id": .string(id), "label": .string(label),
        ]))
    }
}

