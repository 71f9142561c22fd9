import FunnelSchema
/// A self-contained HTML page (`lang="zh-CN"`, inline style): a title, the context table and
/// the data table; band cells coloured like the workbook's, numbers right-aligned with their
/// exact value in `data-value`.
public enum HTMLWriter {
    public static func render(_ table: ExportTable) -> [UInt8] {
        let title = MarkupText.escape(table.title.heading)
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; }
            table { border-collapse: collapse; margin-bottom: 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; }
            thead th { background: #D9E1F2; position: sticky; top: 0; }
            table.context th { text-align: left; background: #f3f3f3; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }

            """
        for band in KpiBand.allCases {
            html += "td.band-\(band.rawValue.lowercased()) { background: #\(band.fill); color: #\(band.ink); }\n"
        }
        html += "</style>\n</head>\n<body>\n<h1>\(title)</h1>\n<table class=\"context\">\n<tbody>\n"
        for entry in table.context {
            html += "<tr><th scope=\"row\">\(MarkupText.escape(entry.label.heading))</th><td>\(MarkupText.escape(entry.value))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<table class=\"data\" id=\"\(MarkupText.escape(table.name))\">\n<thead>\n<tr>"
        for column in table.columns {
            html += "<th scope=\"col\">\(MarkupText.escape(column.header.heading))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + row.map(cell).joined() + "</tr>\n"
        }
        html += "</tbody>\n</table>\n</body>\n</html>\n"
        return Array(html.utf8)
    }

    private static func cell(_ cell: ExportCell) -> String {
        let text = MarkupText.escape(CellText.display(cell))
        switch cell {
        case .integer(let value):
            return "<td class=\"number\" data-value=\"\(value)\">\(text)</td>"
        case .decimal(let value), .percentage(let value):
            return "<td class=\"number\" data-value=\"\(CellText.exact(value) ?? "")\">\(text)</td>"
        case .band(let band):
            return "<td class=\"band band-\(band.rawValue.lowercased())\">\(text)</td>"
        case .empty, .text, .boolean:
            return "<td>\(text)</td>"
        }
    }
}
