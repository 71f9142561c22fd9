import FunnelSchema
import Foundation

/// How a cell reads where people read it (Markdown, HTML): percentages with one decimal,
/// decimals with two, booleans and bands in Chinese, a dash for no value.
enum CellText {
    static func display(_ cell: ExportCell) -> String {
        switch cell {
        case .empty: "—"
        case .text(let text): text
        case .integer(let value): String(value)
        case .decimal(let value): fixed(value, digits: 2)
        case .percentage(let value): fixed(value * 100, digits: 1) + "%"
        case .boolean(let value): value ? "是" : "否"
        case .band(let band): band.label.zh
        }
    }

    /// The number exactly as the API returns it (Swift's shortest round-trip form): what CSV
    /// and spreadsheet cells hold, so nothing is lost to rounding.
    static func exact(_ value: Double) -> String? {
        value.isFinite ? "\(value)" : nil
    }

    private static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", value)
        // -0.004 rounds to "-0.00": no sign on a zero.
        return text.allSatisfy({ $0 == "-" || $0 == "0" || $0 == "." }) ? String(text.drop { $0 == "-" }) : text
    }
}

/// Escaping for XML and HTML text and attribute values, dropping characters XML 1.0 forbids.
enum MarkupText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
