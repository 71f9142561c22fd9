/// Types every analytics field shares: the period, the filter, dimensions, KPIs, bands, keys.
enum CommonTypes {
    static let periodInput = InputObjectType("PeriodInput", Bilingual(
        "统计期间：组织所在时区的起止日期（含两端）。", "A period: inclusive calendar dates in the org's timezone."
    ), fields: [
        InputValueDefinition("from", .nonNull(.named("Date")), Bilingual("起始日期（含）。", "First day, inclusive.")),
        InputValueDefinition("to", .nonNull(.named("Date")), Bilingual("结束日期（含）。", "Last day, inclusive.")),
    ])

    static let filterInput = InputObjectType("FilterInput", Bilingual(
        "筛选条件：不同维度之间为“且”，同一维度的多个值之间为“或”；空列表表示不筛选。",
        "Filters: AND across dimensions, OR within one dimension's values; an empty list filters nothing."
    ), fields: [
        filter("regions", "战区", "Regions"), filter("cities", "城市（客户所在城市）", "Cities (the customer's)"),
        filter("teams", "团队", "Teams"), filter("reps", "销售代表", "Reps"), filter("products", "产品", "Products"),
        filter("channels", "渠道", "Channels"), filter("industries", "客户行业", "Customer industries"),
        filter("customerSizes", "客户规模（small / medium / large / key）", "Customer sizes (small / medium / large / key)"),
        filter("tenureBands", "司龄段（LT_1Y / Y1_3 / GT_3Y）", "Tenure bands (LT_1Y / Y1_3 / GT_3Y)"),
    ])

    private static func filter(_ name: String, _ zh: String, _ en: String) -> InputValueDefinition {
        InputValueDefinition(name, .list(.nonNull(.named("ID"))), Bilingual("只看这些\(zh)。", "Only these \(en.lowercased())."))
    }

    static let dimension = EnumType("Dimension", Bilingual("可筛选、可分组的维度。", "What records can be filtered and grouped by."), values: [
        EnumValueDefinition("REGION", Bilingual("战区（负责人所在团队的战区）。", "Region of the rep's team.")),
        EnumValueDefinition("CITY", Bilingual("城市（客户所在城市；线索为线索城市）。", "City of the customer (of the lead for lead metrics).")),
        EnumValueDefinition("TEAM", Bilingual("团队。", "The rep's team.")),
        EnumValueDefinition("REP", Bilingual("销售代表。", "The rep.")),
        EnumValueDefinition("PRODUCT", Bilingual("产品。", "The opportunity's product.")),
        EnumValueDefinition("CHANNEL", Bilingual("渠道。", "The opportunity's (or lead's) channel.")),
        EnumValueDefinition("INDUSTRY", Bilingual("客户行业。", "The customer's industry.")),
        EnumValueDefinition("CUSTOMER_SIZE", Bilingual("客户规模。", "The customer's size band.")),
        EnumValueDefinition("TENURE_BAND", Bilingual("记录发生时销售代表的司龄段。", "The rep's tenure band at the record's own time.")),
        EnumValueDefinition("DAY", Bilingual("按日（YYYY-MM-DD）。", "By day (YYYY-MM-DD).")),
        EnumValueDefinition("WEEK", Bilingual("按 ISO 周（YYYY-Www）。", "By ISO week (YYYY-Www).")),
        EnumValueDefinition("MONTH", Bilingual("按月（YYYY-MM）。", "By month (YYYY-MM).")),
        EnumValueDefinition("QUARTER", Bilingual("按季度（YYYY-Qn）。", "By quarter (YYYY-Qn).")),
    ])

    static let kpi = EnumType("Kpi", Bilingual("行为健康指标（定义见 metrics.md）。", "Behaviour-health KPIs (defined in metrics.md)."), values: [
        EnumValueDefinition("PROGRESS_UPDATE_INTERVAL_HOURS", Bilingual("进展更新间隔（小时），越低越好。", "Progress update interval in hours; lower is better.")),
        EnumValueDefinition("STALL_UNHANDLED_RATE", Bilingual("停滞未处理率，越低越好。", "Unhandled stall rate; lower is better.")),
        EnumValueDefinition("DAILY_LOG_VALID_RATE", Bilingual("日志有效提交率。", "Valid daily log rate.")),
        EnumValueDefinition("MANAGER_INTERVENTION_RATE", Bilingual("主管干预率。", "Manager intervention rate.")),
        EnumValueDefinition("FIRST_QUOTE_DAYS", Bilingual("首次报价天数，越低越好。", "Days to first quote; lower is better.")),
        EnumValueDefinition("ACTION_COMPLETENESS", Bilingual("必做动作完成度。", "Required action completeness.")),
        EnumValueDefinition("ACTION_TIMELINESS_HOURS", Bilingual("必做动作及时性（小时），越低越好。", "Required action timeliness in hours; lower is better.")),
        EnumValueDefinition("ACTION_EFFECTIVENESS", Bilingual("动作有效率。", "Action effectiveness.")),
        EnumValueDefinition("COLLABORATION_48H_RATE", Bilingual("跨部门 48 小时协同率。", "Cross-department 48 h completion rate.")),
        EnumValueDefinition("LEAD_24H_FOLLOWUP_RATE", Bilingual("线索 24 小时跟进率。", "Lead 24 h follow-up rate.")),
        EnumValueDefinition("COMMITMENT_ON_TIME_RATE", Bilingual("承诺按时兑现率。", "Commitments kept on time.")),
        EnumValueDefinition("COLLECTION_ON_TIME_RATE", Bilingual("回款按时率。", "Collections on time.")),
        EnumValueDefinition("WIN_RATE", Bilingual("赢单率。", "Win rate.")),
    ])

    static let band = EnumType("Band", Bilingual("指标所处区间。", "Where a KPI value stands against the org's lines."), values: [
        EnumValueDefinition("ALERT", Bilingual("预警：越过预警线。", "Past the alert line.")),
        EnumValueDefinition("WATCH", Bilingual("关注：介于预警线与健康线之间。", "Between the alert and the healthy line.")),
        EnumValueDefinition("HEALTHY", Bilingual("健康：达到健康线。", "Meets the healthy line.")),
        EnumValueDefinition("EXCELLENT", Bilingual("优秀：达到优秀线。", "Meets the excellent line.")),
    ])

    static let groupValue = ObjectType("GroupValue", Bilingual("分组键的一个坐标。", "One coordinate of a series' key."), fields: [
        FieldDefinition("dimension", .nonNull(.named("Dimension")), Bilingual("维度。", "The dimension.")),
        FieldDefinition("id", .nonNull(.named("ID")), Bilingual("取值的标识；无此维度的记录为空字符串。", "The value's id; \"\" for records without this dimension.")),
        FieldDefinition("label", .nonNull(.named("String")), Bilingual("显示名称。", "Display name.")),
    ])

    static let date = ScalarType(.date, Bilingual("日历日期 YYYY-MM-DD。", "A calendar date, YYYY-MM-DD."))
    static let dateTime = ScalarType(.dateTime, Bilingual(
        "带时区偏移的时间点（RFC 3339），如 2026-03-01T09:30:00+08:00。", "An instant with an offset (RFC 3339), e.g. 2026-03-01T09:30:00+08:00."
    ), specifiedByURL: "https://www.rfc-editor.org/rfc/rfc3339")

    static let periodArgument = InputValueDefinition("period", .nonNull(.named("PeriodInput")), Bilingual("统计期间。", "The period."))
    static let filterArgument = InputValueDefinition("filter", .named("FilterInput"), Bilingual("筛选条件。", "Filters."))
    static let groupByArgument = InputValueDefinition(
        "groupBy", .list(.nonNull(.named("Dimension"))), Bilingual("分组维度（任意组合）。", "Grouping dimensions, any combination.")
    )
    static let pipelineArgument = InputValueDefinition(
        "pipeline", .named("ID"), Bilingual("销售流程；缺省为组织的第一个流程。", "The pipeline; the org's first one when omitted.")
    )
}
