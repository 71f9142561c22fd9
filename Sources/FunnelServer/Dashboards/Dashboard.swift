public import FunnelSchema

/// One declarative dashboard file (`dashboards/NAME.json`), checked: a bilingual title and
/// panels whose queries parse and validate against the schema.
public struct Dashboard: Sendable {
    /// A bilingual label; zh-CN is what users read first.
    public struct Label: Sendable, Equatable {
        public let zh: String
        public let en: String
    }

    /// The chart kinds the page draws.
    public enum Kind: String, Sendable, CaseIterable {
        case funnel, bar, line, heatmap, tile, table
    }

    public struct Panel: Sendable {
        public let id: String
        public let title: Label
        public let kind: Kind
        public let query: String
    }

    /// The file's base name: the page's address is `/dashboards/NAME`.
    public let name: String
    public let title: Label
    public let panels: [Panel]
    /// The whole file as parsed, handed to the page as it is (the page reads the mappings).
    public let definition: JSONValue
}
