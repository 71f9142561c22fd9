public import FunnelSchema

/// How a KPI reads in a table: its zh-CN label (from the schema's `Kpi` descriptions) and
/// whether its values are rates (percentages) or durations (decimals).
public struct KpiPresentation: Sendable, Equatable {
    public enum Unit: Sendable, Equatable {
        case rate
        case hours
        case days
    }

    public let code: String
    public let label: Bilingual
    public let unit: Unit

    /// `…_HOURS` and `…_DAYS` KPIs are durations; every other KPI of metrics.md is a rate.
    public init(code: String) {
        self.code = code
        let description = SchemaLabels.enumValue(code, of: "Kpi")
        self.label = Bilingual(
            SchemaLabels.cut(description.zh, at: ["，", "。"]), SchemaLabels.cut(description.en, at: [";", "."])
        )
        self.unit = code.hasSuffix("_HOURS") ? .hours : code.hasSuffix("_DAYS") ? .days : .rate
    }

    /// A value, a line or a change of this KPI as a cell.
    public func cell(_ value: Double?) -> ExportCell {
        guard let value else { return .empty }
        return unit == .rate ? .percentage(value) : .decimal(value)
    }

    /// A numerator: a count for rates (an integer when whole), a sum of hours or days for means.
    public func numeratorCell(_ value: Double?) -> ExportCell {
        unit == .rate ? Self.count(value) : value.map(ExportCell.decimal) ?? .empty
    }

    /// A denominator: always a count of items (an amount due for collections, then decimal).
    public func denominatorCell(_ value: Double?) -> ExportCell {
        Self.count(value)
    }

    private static func count(_ value: Double?) -> ExportCell {
        guard let value else { return .empty }
        return value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .decimal(value)
    }
}
