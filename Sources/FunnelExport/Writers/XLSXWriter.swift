import FunnelSchema
import Foundation
import ZIPFoundation

/// A real Excel workbook, written by hand as minimal SpreadsheetML on ZIPFoundation.
///
/// Sheet 1 is the table: typed numeric cells (rates as fractions in a `0.0%` format, hours
/// and days in `0.00`), band cells filled red / amber / green / dark green, the header row
/// bold and frozen. Sheet 2, 说明, is the context block. Strings are inline (`inlineStr`),
/// so there is no shared-strings part.
public enum XLSXWriter {
    public struct WriteFailure: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { "cannot assemble the workbook: \(reason)" }
    }

    public static func render(_ table: ExportTable) throws(WriteFailure) -> [UInt8] {
        let contextSheet = Worksheet(
            header: [Bilingual("项目", "Item").heading, Bilingual("内容", "Value").heading],
            rows: table.context.map { [.text($0.label.heading), .text($0.value)] }
        )
        let tableSheet = Worksheet(header: table.columns.map(\.header.heading), rows: table.rows)
        let parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", WorkbookParts.contentTypes(sheets: 2)),
            ("_rels/.rels", WorkbookParts.packageRelationships),
            ("xl/workbook.xml", WorkbookParts.workbook(sheetNames: [sheetName(table.title.zh), "说明"])),
            ("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships(sheets: 2)),
            ("xl/styles.xml", CellStyle.styleSheet),
            ("xl/worksheets/sheet1.xml", tableSheet.xml),
            ("xl/worksheets/sheet2.xml", contextSheet.xml),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: Date(timeIntervalSince1970: 1_767_225_600), compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Data.Index(position)..<(Data.Index(position) + size))
                }
            }
            guard let data = archive.data else { throw WriteFailure(reason: "the in-memory archive holds no data") }
            return [UInt8](data)
        } catch let failure as WriteFailure {
            throw failure
        } catch {
            throw WriteFailure(reason: "\(error)")
        }
    }

    /// Excel's sheet-name rules: at most 31 characters, none of `[]:*?/\`.
    public static func sheetName(_ title: String) -> String {
        let allowed = title.filter { !"[]:*?/\\".contains($0) }
        return allowed.isEmpty ? "Sheet1" : String(allowed.prefix(31))
    }
}

/// One worksheet: a frozen bold header row, then typed cells, columns sized to their text.
struct Worksheet {
    let header: [String]
    let rows: [[ExportCell]]

    var xml: String {
        var xml = WorkbookParts.declaration
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        xml += "<cols>"
        for (index, width) in columnWidths.enumerated() {
            xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
        }
        xml += "</cols><sheetData>"
        xml += row(1, header.enumerated().map { Self.inlineString(Self.reference($0.offset, 1), $0.element, style: .header) })
        for (offset, cells) in rows.enumerated() {
            let number = offset + 2
            xml += row(number, cells.enumerated().compactMap { Self.cell(Self.reference($0.offset, number), $0.element) })
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    private func row(_ number: Int, _ cells: [String]) -> String {
        #"<row r="\#(number)">"# + cells.joined() + "</row>"
    }

    /// Characters wide: CJK characters count two, the rest one; between 8 and 60.
    private var columnWidths: [Int] {
        header.indices.map { column in
            let texts = [header[column]] + rows.compactMap { column < $0.count ? CellText.display($0[column]) : nil }
            let widest = texts.map { $0.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }.max() ?? 0
            return min(max(widest + 2, 8), 60)
        }
    }

    static func cell(_ reference: String, _ cell: ExportCell) -> String? {
        switch cell {
        case .empty:
            return nil
        case .text(let text):
            return inlineString(reference, text, style: .plain)
        case .band(let band):
            return inlineString(reference, band.label.zh, style: .band(band))
        case .boolean(let value):
            return #"<c r="\#(reference)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
        case .integer(let value):
            return number(reference, String(value), style: .integer)
        case .decimal(let value):
            return CellText.exact(value).map { number(reference, $0, style: .decimal) }
        case .percentage(let value):
            return CellText.exact(value).map { number(reference, $0, style: .percentage) }
        }
    }

    private static func number(_ reference: String, _ text: String, style: CellStyle) -> String {
        #"<c r="\#(reference)" s="\#(style.index)"><v>\#(text)</v></c>"#
    }

    static func inlineString(_ reference: String, _ text: String, style: CellStyle) -> String {
        let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? #" xml:space="preserve""# : ""
        let styled = style == .plain ? "" : #" s="\#(style.index)""#
        return #"<c r="\#(reference)"\#(styled) t="inlineStr"><is><t\#(space)>\#(MarkupText.escape(text))</t></is></c>"#
    }

    /// `A1` style: column 0 → A, 25 → Z, 26 → AA.
    static func reference(_ column: Int, _ row: Int) -> String {
        var letters = ""
        var index = column + 1
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters + String(row)
    }
}
