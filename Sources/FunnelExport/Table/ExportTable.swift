public import FunnelSchema

/// A white-paper table as every format writes it: a context block saying what the table
/// shows, then typed columns and rows.
///
/// Cells carry their own type rather than the column: a KPI table mixes rates (percentages)
/// and hours (decimals) in one "value" column.
public struct ExportTable: Sendable, Equatable {
    /// The table's machine name (`health`, `compare`, `benchmarks`): JSON's `table`, file names.
    public var name: String
    public var title: Bilingual
    public var context: [ContextEntry]
    public var columns: [ExportColumn]
    public var rows: [[ExportCell]]

    public init(name: String, title: Bilingual, context: [ContextEntry], columns: [ExportColumn], rows: [[ExportCell]]) {
        self.name = name
        self.title = title
        self.context = context
        self.columns = columns
        self.rows = rows
    }
}

/// One line of the context block: org, period, filters, scope, generated-at, freshness.
public struct ContextEntry: Sendable, Equatable {
    /// Machine key for JSON (`org`, `period`, ...).
    public var key: String
    public var label: Bilingual
    public var value: String

    public init(key: String, label: Bilingual, value: String) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// A column: a machine key for JSON and a bilingual header.
public struct ExportColumn: Sendable, Equatable {
    public var key: String
    public var header: Bilingual

    public init(key: String, header: Bilingual) {
        self.key = key
        self.header = header
    }
}

/// A typed cell. Numbers stay exactly the API's numbers; each writer decides how to show them.
public enum ExportCell: Sendable, Equatable {
    case empty
    case text(String)
    case integer(Int)
    /// Hours, days, amounts: shown with two decimals.
    case decimal(Double)
    /// A fraction in [0, 1] (or a change of one): shown as a percentage with one decimal.
    case percentage(Double)
    case boolean(Bool)
    case band(KpiBand)

    /// Whether the cell is a number (right-aligned, numeric in spreadsheets).
    public var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .percentage: true
        default: false
        }
    }
}

extension Bilingual {
    /// `中文 (English)`: the one-line header of every format; zh-CN first.
    public var heading: String {
        zh == en || en.isEmpty ? zh : "\(zh) (\(en))"
    }
}
