public import FunnelSchema

/// The `Band` enum of the schema, with the labels and colours the exports show.
public enum KpiBand: String, Sendable, CaseIterable {
    case alert = "ALERT"
    case watch = "WATCH"
    case healthy = "HEALTHY"
    case excellent = "EXCELLENT"

    /// zh-CN from the schema's own description, cut at its colon (`预警：越过预警线。` → 预警);
    /// English is the code in title case (the English descriptions are sentences).
    public var label: Bilingual {
        let description = SchemaLabels.enumValue(rawValue, of: "Band")
        return Bilingual(SchemaLabels.cut(description.zh, at: ["："]), rawValue.prefix(1) + rawValue.dropFirst().lowercased())
    }

    /// Fill colour (RGB hex): ALERT red, WATCH amber, HEALTHY green, EXCELLENT dark green.
    public var fill: String {
        switch self {
        case .alert: "F8696B"
        case .watch: "FFC000"
        case .healthy: "92D050"
        case .excellent: "00703C"
        }
    }

    /// Text colour on `fill`: white on dark green, black elsewhere.
    public var ink: String { self == .excellent ? "FFFFFF" : "000000" }
}

/// Labels read from the schema's bilingual descriptions, so exports never keep a second copy.
enum SchemaLabels {
    static func enumValue(_ name: String, of type: String) -> Bilingual {
        guard case .enumeration(let enumType)? = FunnelhouseSchema.schema.type(named: type),
              let value = enumType.value(name)
        else { return Bilingual(name, name) }
        return value.description
    }

    /// The text before the first of `separators`, without a trailing full stop.
    static func cut(_ text: String, at separators: Set<Character>) -> String {
        var label = String(text.prefix { !separators.contains($0) })
        while let last = label.last, last == "。" || last == "." { label.removeLast() }
        return label
    }
}
