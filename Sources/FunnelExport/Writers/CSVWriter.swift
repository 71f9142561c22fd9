import FunnelSchema
import Foundation

/// CSV as Excel opens it correctly: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF.
///
/// The context block comes first as `# 项目,内容` lines (Excel shows them as two columns;
/// `pandas.read_csv(comment="#")` and R skip them), then a blank line, the header and the rows.
/// Numbers are written exactly as the API returns them (rates as fractions, not percentages);
/// bands and booleans in Chinese.
public enum CSVWriter {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func render(_ table: ExportTable) -> [UInt8] {
        var lines: [[String]] = table.context.map { ["# " + $0.label.heading, defused($0.value)] }
        lines.append([])
        lines.append(table.columns.map(\.header.heading))
        for row in table.rows { lines.append(row.map(field)) }
        var bytes = byteOrderMark
        for line in lines {
            bytes.append(contentsOf: line.map(quoted).joined(separator: ",").utf8)
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        return bytes
    }

    private static func field(_ cell: ExportCell) -> String {
        switch cell {
        case .empty: ""
        case .integer(let value): String(value)
        case .decimal(let value), .percentage(let value): CellText.exact(value) ?? ""
        case .text(let text): defused(text)
        case .boolean, .band: CellText.display(cell)
        }
    }

    /// A text beginning with `=`, `+`, `-` or `@` would run as a formula when Excel opens the
    /// file (OWASP "CSV injection"); a leading apostrophe keeps it text.
    private static func defused(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    /// RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, quotes doubled.
    /// The Chinese comma ， is an ordinary character.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
