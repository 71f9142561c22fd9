import FunnelSchema

/// JSON for programs: the table's name and title, the context entries, the columns, and one
/// object per row keyed by column, holding the API's own values (numbers unrounded, bands as
/// their `Band` codes, no value as null).
public enum JSONWriter {
    public static func render(_ table: ExportTable) -> [UInt8] {
        var bytes: [UInt8] = []
        document(table).write(into: &bytes)
        bytes.append(0x0A)
        return bytes
    }

    static func document(_ table: ExportTable) -> JSONValue {
        .object([
            ("table", .string(table.name)),
            ("title", bilingual(table.title)),
            ("context", .array(table.context.map { entry in
                .object([("key", .string(entry.key)), ("label", bilingual(entry.label)), ("value", .string(entry.value))])
            })),
            ("columns", .array(table.columns.map { column in
                .object([("key", .string(column.key)), ("label", bilingual(column.header))])
            })),
            ("rows", .array(table.rows.map { row in
                .object(zip(table.columns, row).map { ($0.key, value($1)) })
            })),
        ])
    }

    private static func bilingual(_ text: Bilingual) -> JSONValue {
        .object([("zh", .string(text.zh)), ("en", .string(text.en))])
    }

    private static func value(_ cell: ExportCell) -> JSONValue {
        switch cell {
        case .empty: .null
        case .text(let text): .string(text)
        case .integer(let value): .int(value)
        case .decimal(let value), .percentage(let value): .double(value)
        case .boolean(let value): .bool(value)
        case .band(let band): .string(band.rawValue)
        }
    }
}
