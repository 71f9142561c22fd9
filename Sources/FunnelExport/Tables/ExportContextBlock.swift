import Foundation
import FunnelSchema

/// The context block every export carries, so a forwarded table still says what it shows:
/// table, org, period(s), filters, scope, generated-at and data freshness.
enum ExportContextBlock {
    static func entries(
        _ request: ExportRequest, data: ResponseNode, generatedAt: Date, extra: [ContextEntry] = []
    ) throws(ExportError) -> [ContextEntry] {
        let viewer = try data.field("me")
        var entries = [
            ContextEntry(key: "table", label: Bilingual("报表", "Table"), value: request.kind.title.heading),
            ContextEntry(key: "org", label: Bilingual("组织", "Org"), value: "\(try viewer.string("orgName"))（\(try viewer.string("org"))）"),
            ContextEntry(key: "industry", label: Bilingual("行业", "Industry"), value: try viewer.string("industry")),
            ContextEntry(key: "timezone", label: Bilingual("时区", "Timezone"), value: try viewer.string("timezone")),
        ]
        if let baseline = request.baseline {
            entries.append(ContextEntry(key: "baseline", label: Bilingual("基期", "Baseline period"), value: text(baseline)))
            entries.append(ContextEntry(key: "period", label: Bilingual("本期", "Current period"), value: text(request.period)))
        } else {
            entries.append(ContextEntry(key: "period", label: Bilingual("统计期间", "Period"), value: text(request.period)))
        }
        entries.append(ContextEntry(key: "filters", label: Bilingual("筛选条件", "Filters"), value: "无，全部可见记录 (none)"))
        entries.append(ContextEntry(key: "scope", label: Bilingual("访问范围", "Scope"), value: try scope(viewer)))
        entries += extra
        entries.append(ContextEntry(
            key: "generatedAt", label: Bilingual("生成时间", "Generated at"), value: Date.ISO8601FormatStyle().format(generatedAt)
        ))
        entries.append(ContextEntry(key: "dataRefreshedAt", label: Bilingual("数据刷新时间", "Data refreshed at"), value: try freshness(data)))
        return entries
    }

    static func text(_ period: ExportRequest.Period) -> String {
        "\(period.from) 至 \(period.to)"
    }

    /// The role as the schema describes it (`总监：全组织`), with a manager's regions and
    /// teams or a rep's name.
    private static func scope(_ viewer: ResponseNode) throws(ExportError) -> String {
        let role = try viewer.string("role")
        let described = SchemaLabels.cut(SchemaLabels.enumValue(role, of: "Role").zh, at: ["。"])
        var covered: [String] = []
        for key in ["regions", "teams"] {
            for value in try viewer.list(key) { covered.append(try value.string("label")) }
        }
        if let rep = viewer.optional("rep") { covered.append(try rep.string("label")) }
        return covered.isEmpty ? described : "\(described)（\(covered.joined(separator: "、"))）"
    }

    /// The oldest refresh of any reporting view: every number reflects the warehouse at least
    /// as of then.
    private static func freshness(_ data: ResponseNode) throws(ExportError) -> String {
        var oldest: String?
        for view in try data.list("freshness") {
            let refreshed = try view.string("refreshedAt")
            if oldest.map({ refreshed < $0 }) ?? true { oldest = refreshed }
        }
        return oldest ?? "尚未刷新 (never refreshed)"
    }
}
