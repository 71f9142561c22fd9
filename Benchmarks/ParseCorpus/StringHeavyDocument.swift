extension ParseCorpus {
    /// A document that is mostly long strings: quoted strings dense with escapes (`\n`, `\t`,
    /// `\"`, `\\`, `\/`, `\u4E2D`) and raw zh-CN and emoji text, and block strings with
    /// indentation, escaped triple quotes and zh-CN text.
    ///
    /// Only escapes GraphQLSwift also understands are used, so both parsers can be timed on
    /// it; `\u{1F600}` and surrogate pairs are covered by the golden and differential tests.
    ///
    /// It is built from twenty fields whose strings grow with `targetBytes`, so comparing
    /// 45 KB with 450 KB shows whether a parser's time per string is linear in its length:
    /// parsers that rebuild a string per escape take quadratic time here.
    public static func stringHeavy(targetBytes: Int) -> CorpusDocument {
        let fieldCount = 20
        // Each field carries one quoted and one block string of about this many bytes.
        let stringBytes = max(64, targetBytes / (2 * fieldCount))
        let quotedPiece = #"漏斗阶段 \"商机确认\" 转化率\n\t路径 C:\\报表\\2026\/Q1 \u4E2D\u6587 \u00e9t\u00E9 😀 ok; "#
        let blockPieces = [
            "    缩进的说明文字 with \\\"\"\" quotes\n",
            "  second level: 阶段停留 72h \"quoted\" \\ backslash\n",
            "\n",
            "      deeper line — 华东大区 ✓\n",
        ]
        var text = "query Annotations($note: String = \"默认备注\") {\n"
        for field in 0..<fieldCount {
            var quoted = ""
            while quoted.utf8.count < stringBytes { quoted += quotedPiece }
            var block = ""
            var piece = field
            while block.utf8.count < stringBytes {
                block += blockPieces[piece % blockPieces.count]
                piece += 1
            }
            text += "  n\(field): annotate(id: \(field), text: \"\(quoted)\", detail: \"\"\"\n\(block)  \"\"\") { id }\n"
        }
        text += "}\n"
        return CorpusDocument(name: "strings-\(targetBytes / 1000)KB", text: text)
    }
}
