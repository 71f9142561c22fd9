import FunnelSchema

/// The rows of each table, read from its root field's JSON.
///
/// Without `groupBy` every root field answers one series; should one answer several, each row
/// is prefixed with its group (the key's labels), so no row loses what it belongs to.
enum KpiTables {
    static let kpiColumns = [
        ExportColumn(key: "label", header: Bilingual("指标", "KPI")),
        ExportColumn(key: "kpi", header: Bilingual("代码", "Code")),
    ]
    static let lineColumns = [
        ExportColumn(key: "alertLine", header: Bilingual("预警线", "Alert line")),
        ExportColumn(key: "healthyLine", header: Bilingual("健康线", "Healthy line")),
        ExportColumn(key: "excellentLine", header: Bilingual("优秀线", "Excellent line")),
    ]

    static func health(_ data: ResponseNode) throws(ExportError) -> (columns: [ExportColumn], rows: [[ExportCell]]) {
        let columns = kpiColumns + [
            ExportColumn(key: "value", header: Bilingual("数值", "Value")),
            ExportColumn(key: "band", header: Bilingual("区间", "Band")),
        ] + lineColumns + [
            ExportColumn(key: "numerator", header: Bilingual("分子", "Numerator")),
            ExportColumn(key: "denominator", header: Bilingual("分母", "Denominator")),
        ]
        let series = try data.field("health").list("series")
        return try grouped(columns, series) { series throws(ExportError) in
            var rows: [[ExportCell]] = []
            for item in try series.list("kpis") {
                let kpi = KpiPresentation(code: try item.string("kpi"))
                rows.append([
                    .text(kpi.label.zh), .text(kpi.code), kpi.cell(item.double("value")), item.band("band"),
                    kpi.cell(item.double("alertLine")), kpi.cell(item.double("healthyLine")), kpi.cell(item.double("excellentLine")),
                    kpi.numeratorCell(item.double("numerator")), kpi.denominatorCell(item.double("denominator")),
                ])
            }
            return rows
        }
    }

    /// Changes are in the KPI's unit (a rate's change is in percentage points, shown as %);
    /// the relative change is always a fraction.
    static func compare(_ data: ResponseNode) throws(ExportError) -> (columns: [ExportColumn], rows: [[ExportCell]]) {
        let columns = kpiColumns + [
            ExportColumn(key: "baseline", header: Bilingual("基期", "Baseline")),
            ExportColumn(key: "current", header: Bilingual("本期", "Current")),
            ExportColumn(key: "change", header: Bilingual("变化", "Change")),
            ExportColumn(key: "relativeChange", header: Bilingual("相对变化", "Relative change")),
            ExportColumn(key: "improved", header: Bilingual("是否改善", "Improved")),
        ]
        return try grouped(columns, try data.list("compare")) { series throws(ExportError) in
            var rows: [[ExportCell]] = []
            for item in try series.list("rows") {
                let kpi = KpiPresentation(code: try item.string("kpi"))
                rows.append([
                    .text(kpi.label.zh), .text(kpi.code),
                    kpi.cell(item.double("baseline")), kpi.cell(item.double("current")), kpi.cell(item.double("change")),
                    item.double("relativeChange").map(ExportCell.percentage) ?? .empty,
                    item.bool("improved").map(ExportCell.boolean) ?? .empty,
                ])
            }
            return rows
        }
    }

    /// Peer percentiles withheld by the API (`suppressed`) stay empty, with a note saying why.
    /// Labels come from the schema, like the other tables', not from the row's `label`.
    static func benchmarks(_ data: ResponseNode) throws(ExportError) -> (columns: [ExportColumn], rows: [[ExportCell]], context: [ContextEntry]) {
        let columns = kpiColumns + [
            ExportColumn(key: "value", header: Bilingual("本组织", "Org value")),
            ExportColumn(key: "band", header: Bilingual("区间", "Band")),
        ] + lineColumns + [
            ExportColumn(key: "peers", header: Bilingual("同业样本数", "Peers")),
            ExportColumn(key: "p25", header: Bilingual("同业 P25", "Peer P25")),
            ExportColumn(key: "p50", header: Bilingual("同业中位数", "Peer median")),
            ExportColumn(key: "p75", header: Bilingual("同业 P75", "Peer P75")),
            ExportColumn(key: "note", header: Bilingual("说明", "Note")),
        ]
        let table = try data.field("benchmarks")
        var rows: [[ExportCell]] = []
        for item in try table.list("rows") {
            let kpi = KpiPresentation(code: try item.string("kpi"))
            let suppressed = item.bool("suppressed") ?? false
            rows.append([
                .text(kpi.label.zh), .text(kpi.code), kpi.cell(item.double("value")), item.band("band"),
                kpi.cell(item.double("alertLine")), kpi.cell(item.double("healthyLine")), kpi.cell(item.double("excellentLine")),
                .integer(try item.int("peers")),
                kpi.cell(item.double("p25")), kpi.cell(item.double("p50")), kpi.cell(item.double("p75")),
                suppressed ? .text("同业样本不足，分位数不公开 (too few peers)") : .empty,
            ])
        }
        let context = [
            ContextEntry(key: "peerIndustry", label: Bilingual("对标行业", "Peer industry"), value: try table.string("industry")),
            ContextEntry(key: "peerOrgs", label: Bilingual("同业组织数", "Peer orgs"), value: String(try table.int("peerOrgs"))),
        ]
        return (columns, rows, context)
    }

    private static func grouped(
        _ columns: [ExportColumn], _ series: [ResponseNode],
        rows: (ResponseNode) throws(ExportError) -> [[ExportCell]]
    ) throws(ExportError) -> (columns: [ExportColumn], rows: [[ExportCell]]) {
        var labelled: [(group: String, rows: [[ExportCell]])] = []
        for item in series {
            var labels: [String] = []
            for coordinate in try item.list("key") { labels.append(try coordinate.string("label")) }
            labelled.append((labels.joined(separator: " / "), try rows(item)))
        }
        guard labelled.contains(where: { !$0.group.isEmpty }) else { return (columns, labelled.flatMap(\.rows)) }
        let group = ExportColumn(key: "group", header: Bilingual("分组", "Group"))
        return ([group] + columns, labelled.flatMap { entry in entry.rows.map { [.text(entry.group)] + $0 } })
    }
}
