import FunnelSchema
/// GitHub-flavoured Markdown: a title, the context as a list, then a pipe table with numbers
/// right-aligned and shown as people read them (15.3%, 6.50).
public enum MarkdownWriter {
    public static func render(_ table: ExportTable) -> [UInt8] {
        var lines = ["# " + escaped(table.title.heading), ""]
        for entry in table.context {
            lines.append("- **\(escaped(entry.label.heading))**: \(escaped(entry.value))")
        }
        lines.append("")
        lines.append("| " + table.columns.map { escaped($0.header.heading) }.joined(separator: " | ") + " |")
        let numeric = numericColumns(table)
        lines.append("|" + table.columns.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            lines.append("| " + row.map { escaped(CellText.display($0)) }.joined(separator: " | ") + " |")
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Columns holding any number.
    static func numericColumns(_ table: ExportTable) -> Set<Int> {
        Set(table.columns.indices.filter { column in table.rows.contains { column < $0.count && $0[column].isNumeric } })
    }

    /// Backslash before the punctuation Markdown would act on; a line break becomes a space
    /// (a table row is one line).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }
}
