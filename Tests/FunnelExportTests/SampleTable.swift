import FunnelExport
import FunnelSchema

/// A small table exercising every cell type, quoting, escaping and a formula-like text.
enum SampleTable {
    static let table = ExportTable(
        name: "health",
        title: Bilingual("测试表", "Test table"),
        context: [
            ContextEntry(key: "org", label: Bilingual("组织", "Org"), value: "甲公司（A）"),
            ContextEntry(key: "period", label: Bilingual("统计期间", "Period"), value: "2026-03-01 至 2026-03-31"),
        ],
        columns: [
            ExportColumn(key: "label", header: Bilingual("指标", "KPI")),
            ExportColumn(key: "value", header: Bilingual("数值", "Value")),
            ExportColumn(key: "band", header: Bilingual("区间", "Band")),
            ExportColumn(key: "denominator", header: Bilingual("分母", "Denominator")),
            ExportColumn(key: "improved", header: Bilingual("是否改善", "Improved")),
        ],
        rows: [
            [.text("线索 24 小时跟进率"), .percentage(0.875), .band(.healthy), .integer(8), .boolean(true)],
            [.text("进展更新间隔（小时）"), .decimal(6.5), .band(.alert), .empty, .empty],
            [.text("含逗号, 和\"引号\"|管道"), .percentage(-0.0004), .band(.watch), .integer(0), .boolean(false)],
            [.text("=SUM(A1)"), .decimal(1e-7), .band(.excellent), .empty, .empty],
            [.text("两行\n文本，中文逗号"), .empty, .empty, .empty, .empty],
        ]
    )
}
