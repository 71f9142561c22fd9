import Foundation
import FunnelExport
import FunnelSchema
import Testing

/// CSV and Markdown byte for byte, HTML and JSON by structure, written from the format rules.
@Suite struct TextWriterTests {
    @Test func csvHasBOMContextBlockRFC4180QuotingAndCRLF() {
        let bytes = CSVWriter.render(SampleTable.table)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let expected = "\u{FEFF}"
            + "# 组织 (Org),甲公司（A）\r\n"
            + "# 统计期间 (Period),2026-03-01 至 2026-03-31\r\n"
            + "\r\n"
            + "指标 (KPI),数值 (Value),区间 (Band),分母 (Denominator),是否改善 (Improved)\r\n"
            + "线索 24 小时跟进率,0.875,健康,8,是\r\n"
            + "进展更新间隔（小时）,6.5,预警,,\r\n"
            + "\"含逗号, 和\"\"引号\"\"|管道\",-0.0004,关注,0,否\r\n"
            + "'=SUM(A1),1e-07,优秀,,\r\n"
            + "\"两行\n文本，中文逗号\",,,,\r\n"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(bytes == Array(expected.utf8))
    }

    @Test func markdownEscapesPipesAndAlignsNumbersRight() {
        let expected = """
            # 测试表 (Test table)

            - **组织 (Org)**: 甲公司（A）
            - **统计期间 (Period)**: 2026-03-01 至 2026-03-31

            | 指标 (KPI) | 数值 (Value) | 区间 (Band) | 分母 (Denominator) | 是否改善 (Improved) |
            | --- | ---: | --- | ---: | --- |
            | 线索 24 小时跟进率 | 87.5% | 健康 | 8 | 是 |
            | 进展更新间隔（小时） | 6.50 | 预警 | — | — |
            | 含逗号, 和"引号"\\|管道 | 0.0% | 关注 | 0 | 否 |
            | =SUM(A1) | 0.00 | 优秀 | — | — |
            | 两行 文本，中文逗号 | — | — | — | — |

            """
        #expect(String(decoding: MarkdownWriter.render(SampleTable.table), as: UTF8.self) == expected)
    }

    @Test func htmlIsOnePageWithEscapedTextBandClassesAndExactValues() {
        let html = String(decoding: HTMLWriter.render(SampleTable.table), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>测试表 (Test table)</title>"))
        #expect(html.hasSuffix("</tbody>\n</table>\n</body>\n</html>\n"))
        #expect(html.contains("<tr><th scope=\"row\">组织 (Org)</th><td>甲公司（A）</td></tr>"))
        #expect(html.contains(
            "<thead>\n<tr><th scope=\"col\">指标 (KPI)</th><th scope=\"col\">数值 (Value)</th><th scope=\"col\">区间 (Band)</th>"
                + "<th scope=\"col\">分母 (Denominator)</th><th scope=\"col\">是否改善 (Improved)</th></tr>\n</thead>"
        ))
        #expect(html.contains(
            "<tr><td>线索 24 小时跟进率</td><td class=\"number\" data-value=\"0.875\">87.5%</td>"
                + "<td class=\"band band-healthy\">健康</td><td class=\"number\" data-value=\"8\">8</td><td>是</td></tr>"
        ))
        #expect(html.contains("<tr><td>含逗号, 和&quot;引号&quot;|管道</td>"))
        #expect(html.contains("td.band-alert { background: #F8696B; color: #000000; }"))
        #expect(html.contains("td.band-excellent { background: #00703C; color: #FFFFFF; }"))
        #expect(html.components(separatedBy: "<tr>").count - 1 == 2 + 1 + 5)
    }

    @Test func jsonKeepsTheAPIValuesKeyedByColumn() throws {
        let bytes = JSONWriter.render(SampleTable.table)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["table"] as? String == "health")
        #expect(object["title"] as? [String: String] == ["zh": "测试表", "en": "Test table"])
        let context = try #require(object["context"] as? [[String: Any]])
        #expect(context.map { $0["key"] as? String } == ["org", "period"])
        #expect(context[1]["value"] as? String == "2026-03-01 至 2026-03-31")
        #expect((context[0]["label"] as? [String: String]) == ["zh": "组织", "en": "Org"])
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["key"] as? String } == ["label", "value", "band", "denominator", "improved"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows[0]["value"] as? Double == 0.875)
        #expect(rows[0]["band"] as? String == "HEALTHY")
        #expect(rows[0]["denominator"] as? Int == 8)
        #expect(rows[0]["improved"] as? Bool == true)
        #expect(rows[1]["denominator"] is NSNull)
        #expect(rows[3]["value"] as? Double == 1e-7)
        #expect(rows[2]["label"] as? String == "含逗号, 和\"引号\"|管道")
        // Keys in column order, as written.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"{"label":"线索 24 小时跟进率","value":0.875,"band":"HEALTHY","denominator":8,"improved":true}"#))
    }
}
