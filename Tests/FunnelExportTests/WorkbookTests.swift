import Foundation
import FunnelExport
import FunnelTestSupport
import Testing

/// The workbook as openpyxl (Tests/python/xlsx_check.py) reads it back.
@Suite struct WorkbookTests {
    @Test func openpyxlSeesTypedCellsFormatsBandFillsFrozenHeaderAndContextSheet() async throws {
        let workbook = try await WorkbookReader.read(try XLSXWriter.render(SampleTable.table))
        #expect(workbook.sheetnames == ["测试表", "说明"])
        let table = workbook.sheets[0]
        #expect(table.freeze == "A2")
        func cell(_ reference: String) throws -> WorkbookReader.Cell {
            try #require(table.cells.first { $0.ref == reference }, "no cell \(reference)")
        }
        // Header: bold, filled.
        #expect(try cell("A1") == .init(ref: "A1", value: .text("指标 (KPI)"), type: "str", format: "General", fill: "FFD9E1F2", bold: true))
        #expect(try cell("E1").value == .text("是否改善 (Improved)"))
        // Numbers are numbers; percentages carry a % format, decimals two places.
        #expect(try cell("B2") == .init(ref: "B2", value: .number(0.875), type: "float", format: "0.0%", fill: nil, bold: false))
        #expect(try cell("B3") == .init(ref: "B3", value: .number(6.5), type: "float", format: "0.00", fill: nil, bold: false))
        #expect(try cell("D2") == .init(ref: "D2", value: .number(8), type: "int", format: "0", fill: nil, bold: false))
        #expect(try cell("B5").value == .number(1e-7))
        #expect(try cell("E2") == .init(ref: "E2", value: .bool(true), type: "bool", format: "General", fill: nil, bold: false))
        // Band cells: Chinese label on the band's fill.
        #expect(try cell("C2") == .init(ref: "C2", value: .text("健康"), type: "str", format: "General", fill: "FF92D050", bold: false))
        #expect(try cell("C3").fill == "FFF8696B")
        #expect(try cell("C4").fill == "FFFFC000")
        #expect(try cell("C5").fill == "FF00703C")
        // Text stays text, a formula-looking one included; empty cells are absent.
        #expect(try cell("A5").value == .text("=SUM(A1)"))
        #expect(try cell("A6").value == .text("两行\n文本，中文逗号"))
        #expect(table.cells.first { $0.ref == "D3" } == nil)
        // Header 5, then rows of 5, 3, 5, 3 and 1 non-empty cells.
        #expect(table.cells.count == 22)

        let context = workbook.sheets[1]
        #expect(context.title == "说明")
        #expect(context.cells.map(\.value) == [
            .text("项目 (Item)"), .text("内容 (Value)"),
            .text("组织 (Org)"), .text("甲公司（A）"),
            .text("统计期间 (Period)"), .text("2026-03-01 至 2026-03-31"),
        ])
    }

    @Test func sheetNamesFollowExcelRules() {
        #expect(XLSXWriter.sheetName("行为健康指标") == "行为健康指标")
        #expect(XLSXWriter.sheetName("a/b:c[d]*e?f\\g") == "abcdefg")
        #expect(XLSXWriter.sheetName(String(repeating: "表", count: 40)) == String(repeating: "表", count: 31))
    }
}

/// Runs Tests/python/xlsx_check.py on a workbook and decodes its description.
enum WorkbookReader {
    struct Workbook: Decodable {
        let sheetnames: [String]
        let sheets: [Sheet]
    }

    struct Sheet: Decodable {
        let title: String
        let freeze: String?
        let cells: [Cell]
    }

    struct Cell: Decodable, Equatable {
        let ref: String
        let value: Value
        /// Python's type name of the value: str, int, float, bool.
        let type: String
        let format: String
        let fill: String?
        let bold: Bool

        init(ref: String, value: Value, type: String, format: String, fill: String?, bold: Bool) {
            (self.ref, self.value, self.type, self.format, self.fill, self.bold) = (ref, value, type, format, fill, bold)
        }

        enum CodingKeys: String, CodingKey { case ref, value, type, format, fill, bold }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let type = try container.decode(String.self, forKey: .type)
            let value: Value = switch type {
            case "bool": .bool(try container.decode(Bool.self, forKey: .value))
            case "int", "float": .number(try container.decode(Double.self, forKey: .value))
            default: .text(try container.decode(String.self, forKey: .value))
            }
            self.init(
                ref: try container.decode(String.self, forKey: .ref), value: value, type: type,
                format: try container.decode(String.self, forKey: .format),
                fill: try container.decodeIfPresent(String.self, forKey: .fill),
                bold: try container.decode(Bool.self, forKey: .bold)
            )
        }
    }

    enum Value: Equatable {
        case text(String)
        case number(Double)
        case bool(Bool)
    }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/xlsx_check.py")

    static func read(_ bytes: [UInt8]) async throws -> Workbook {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("funnelhouse-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try await read(file)
    }

    static func read(_ file: URL) async throws -> Workbook {
        let output = try await ChildProcess.output(["python3", script.path, file.path])
        return try JSONDecoder().decode(Workbook.self, from: Data(output.utf8))
    }
}
