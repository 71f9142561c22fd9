public import FunnelSchema

/// The white-paper tables: each runs one fixed GraphQL document (`sql/exports/NAME.graphql`).
public enum ExportKind: String, Sendable, CaseIterable {
    case benchmarks
    case compare
    case health

    /// The root field the table is built from; the table is available once the schema has it.
    public var rootField: String { rawValue }

    public var title: Bilingual {
        switch self {
        case .benchmarks: Bilingual("行业对标", "Industry benchmarks")
        case .compare: Bilingual("前后对比", "Before and after")
        case .health: Bilingual("行为健康指标", "Behaviour health")
        }
    }

    /// Whether the table compares a baseline period with the period.
    public var needsBaseline: Bool { self == .compare }

    public var isAvailable: Bool { FunnelhouseSchema.schema.field(rootField, on: "Query") != nil }
}

/// The formats an export is written in.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv
    case xlsx
    case md
    case html
    case json

    /// The Content-Type of an HTTP response holding this format.
    public var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .md: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    public func render(_ table: ExportTable) throws(ExportError) -> [UInt8] {
        switch self {
        case .csv: return CSVWriter.render(table)
        case .md: return MarkdownWriter.render(table)
        case .html: return HTMLWriter.render(table)
        case .json: return JSONWriter.render(table)
        case .xlsx:
            do { return try XLSXWriter.render(table) } catch { throw .writeFailed(error.reason) }
        }
    }
}
