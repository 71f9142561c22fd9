import FunnelSchema
/// The fixed package parts of a workbook: content types, relationships, the workbook itself.
enum WorkbookParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static func contentTypes(sheets: Int) -> String {
        var xml = declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for sheet in 1...sheets {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(sheet).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += "</Types>"
        return xml
    }

    static let packageRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(sheetNames: [String]) -> String {
        var xml = declaration
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += "<sheets>"
        for (index, name) in sheetNames.enumerated() {
            xml += #"<sheet name="\#(MarkupText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets></workbook>"
        return xml
    }

    /// Sheets are rId1…rIdN, the style sheet comes after them.
    static func workbookRelationships(sheets: Int) -> String {
        var xml = declaration
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for sheet in 1...sheets {
            xml += #"<Relationship Id="rId\#(sheet)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(sheet).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheets + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        xml += "</Relationships>"
        return xml
    }
}

/// The workbook's cell formats (`cellXfs`), in the order of `styleSheet`.
enum CellStyle: Equatable {
    case plain
    case header
    case percentage
    case decimal
    case integer
    case band(KpiBand)

    var index: Int {
        switch self {
        case .plain: 0
        case .header: 1
        case .percentage: 2
        case .decimal: 3
        case .integer: 4
        case .band(let band): 5 + KpiBand.allCases.firstIndex(of: band)!
        }
    }

    /// Number formats 164 `0.0%` and 165 `0.00`; fonts regular, bold, white; fills none,
    /// gray125 (both required by Excel), one per band, the header's blue-grey.
    static let styleSheet: String = {
        var xml = WorkbookParts.declaration
        xml += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>"#
        xml += #"<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>"#
        xml += #"<font><b/><sz val="11"/><name val="Calibri"/></font>"#
        xml += #"<font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>"#
        let fills = KpiBand.allCases.map(\.fill) + ["D9E1F2"]
        xml += #"<fills count="\#(2 + fills.count)"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        for rgb in fills {
            xml += #"<fill><patternFill patternType="solid"><fgColor rgb="FF\#(rgb)"/><bgColor indexed="64"/></patternFill></fill>"#
        }
        xml += "</fills>"
        xml += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        var formats = [
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
            #"<xf numFmtId="0" fontId="1" fillId="\#(2 + KpiBand.allCases.count)" borderId="0" xfId="0" applyFont="1" applyFill="1"/>"#,
            #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
        ]
        for (offset, band) in KpiBand.allCases.enumerated() {
            let font = band.ink == "FFFFFF" ? 2 : 0
            formats.append(#"<xf numFmtId="0" fontId="\#(font)" fillId="\#(2 + offset)" borderId="0" xfId="0" applyFont="1" applyFill="1"/>"#)
        }
        xml += #"<cellXfs count="\#(formats.count)">"# + formats.joined() + "</cellXfs>"
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        xml += "</styleSheet>"
        return xml
    }()
}
