import Foundation
import Testing
@testable import FunnelContract

@Suite struct CSVReaderTests {
    @Test func chineseCommasAndQuotesNeedNoQuoting() throws {
        let records = try Self.read("o1,上海“仁爱”医院，东区分部,「甲」\n")
        #expect(records == [.init(line: 1, fields: ["o1", "上海“仁爱”医院，东区分部", "「甲」"])])
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndChineseQuotes() throws {
        let records = try Self.read(#"""
            a,"杭州, 新院区","他说""好""",“中文引号”
            "“仁爱”，东区","""",x

            """#)
        #expect(records == [
            .init(line: 1, fields: ["a", "杭州, 新院区", "他说\"好\"", "“中文引号”"]),
            .init(line: 2, fields: ["“仁爱”，东区", "\"", "x"]),
        ])
    }

    @Test func lineBreaksInsideQuotesKeepLaterLineNumbersRight() throws {
        let records = try Self.read("h1,h2\n\"第一行\n第二行\n第三行\",x\nnext,\"a\r\nb\"\nlast,z\n")
        #expect(records == [
            .init(line: 1, fields: ["h1", "h2"]),
            .init(line: 2, fields: ["第一行\n第二行\n第三行", "x"]),
            .init(line: 5, fields: ["next", "a\r\nb"]),
            .init(line: 7, fields: ["last", "z"]),
        ])
    }

    @Test func aByteOrderMarkIsSkippedAndCRLFEndsLines() throws {
        let records = try Self.read("\u{FEFF}org_id,name\r\no1,华康\r\no2,\"a,b\"\r\n")
        #expect(records == [
            .init(line: 1, fields: ["org_id", "name"]),
            .init(line: 2, fields: ["o1", "华康"]),
            .init(line: 3, fields: ["o2", "a,b"]),
        ])
    }

    /// The contract: an empty cell is NULL, whether written bare or as `""`.
    @Test func emptyCellsAreNull() throws {
        let records = try Self.read("a,,c,\"\",\nlast")
        #expect(records == [
            .init(line: 1, fields: ["a", nil, "c", nil, nil]),
            .init(line: 2, fields: ["last"]),
        ])
    }

    @Test func aFileWithoutFinalLineBreakKeepsItsLastRecord() throws {
        #expect(try Self.read("a,b\nc,\"d\"") == [.init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["c", "d"])])
        #expect(try Self.read("").isEmpty)
    }

    @Test func anUnterminatedQuoteNamesTheLineItStartsOn() throws {
        let path = try Self.file("h\nok\n\"never closed,\nmore\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try CSVReader(path: path)
        #expect(try reader.next() == .init(line: 1, fields: ["h"]))
        #expect(try reader.next() == .init(line: 2, fields: ["ok"]))
        #expect(throws: CSVReader.Problem.unterminatedQuote(line: 3)) { try reader.next() }
        #expect(try reader.next() == nil)
    }

    @Test func aMalformedRecordIsReportedAndReadingGoesOn() throws {
        let path = try Self.file("a,b\"c\n\"x\"y,z\nfine,1\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try CSVReader(path: path)
        #expect(throws: CSVReader.Problem.quoteInUnquotedField(line: 1)) { try reader.next() }
        #expect(throws: CSVReader.Problem.characterAfterClosingQuote(line: 2)) { try reader.next() }
        #expect(try reader.next() == .init(line: 3, fields: ["fine", "1"]))
        #expect(try reader.next() == nil)
        #expect(CSVReader.Problem.unterminatedQuote(line: 3).message == "quoted field is never closed")
    }

    /// Records cut by the 1 MiB read chunks, inside quotes and inside a Chinese character,
    /// still come out whole and on their lines.
    @Test func recordsAcrossReadChunksComeOutWhole() throws {
        var text = ""
        var expected: [CSVReader.Record] = []
        var line = 1
        var number = 0
        while text.utf8.count < 3 * ByteChunks.chunkSize {
            number += 1
            let name = "客户\(number)，“东区”"
            text += "\(number),\"\(name)\n第二行\",中文字段\n"
            expected.append(.init(line: line, fields: [String(number), "\(name)\n第二行", "中文字段"]))
            line += 2
        }
        let records = try Self.read(text)
        #expect(records.count == expected.count)
        #expect(records == expected)
    }

    // MARK: -

    static func read(_ text: String) throws -> [CSVReader.Record] {
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try CSVReader(path: path)
        var records: [CSVReader.Record] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    static func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("funnelhouse-csv-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
