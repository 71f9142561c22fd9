/// `health`, `compare`, `benchmarks` and the per-org KPI threshold settings (Mutation root).
enum HealthTypes {
    static let kpisArgument = InputValueDefinition(
        "kpis", .list(.nonNull(.named("Kpi"))), Bilingual("只看这些指标；缺省为全部。", "Only these KPIs; all when omitted.")
    )

    static let queryFields: [FieldDefinition] = [
        FieldDefinition("health", .nonNull(.named("HealthReport")), arguments: [
            CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument, kpisArgument,
        ], Bilingual("行为健康：各指标的取值、组织的三条线与所处区间。", "Behaviour health: each KPI's value, the org's three lines and the band.")),
        FieldDefinition("compare", .nonNull(.list(.nonNull(.named("ComparisonSeries")))), arguments: [
            InputValueDefinition("baseline", .nonNull(.named("PeriodInput")), Bilingual("基线期间（“之前”）。", "The baseline period (\"before\").")),
            CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument, kpisArgument,
        ], Bilingual("前后对比：基线期间与当前期间的指标变化。", "Before and after: each KPI over a baseline and the current period.")),
        FieldDefinition("benchmarks", .nonNull(.named("BenchmarkTable")), arguments: [CommonTypes.periodArgument], Bilingual(
            "同行业对标：本组织的取值与同行业其他组织的分位数（不可筛选）。",
            "Industry benchmarks: the org's values against the other orgs of its industry (no filters)."
        )),
    ]

    static let mutation = ObjectType("Mutation", Bilingual("设置（仅管理员）。", "Settings (admins only)."), fields: [
        FieldDefinition("setKpiThresholds", .nonNull(.named("KpiThresholds")), arguments: [
            InputValueDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标（赢单率没有线）。", "The KPI (WIN_RATE has no lines).")),
            InputValueDefinition("alertLine", .named("Float"), Bilingual("预警线；缺省保持现值。", "The alert line; unchanged when omitted.")),
            InputValueDefinition("healthyLine", .named("Float"), Bilingual("健康线；缺省保持现值。", "The healthy line; unchanged when omitted.")),
            InputValueDefinition("excellentLine", .named("Float"), Bilingual("优秀线；缺省保持现值。", "The excellent line; unchanged when omitted.")),
        ], Bilingual(
            "设置本组织某指标的三条线（顺序须与指标方向一致），立即生效。",
            "Sets the org's lines of a KPI (ordered in the KPI's better direction); effective at once."
        )),
        FieldDefinition("resetKpiThresholds", .nonNull(.named("KpiThresholds")), arguments: [
            InputValueDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标。", "The KPI.")),
        ], Bilingual("恢复某指标的默认线（白皮书）。", "Back to the white papers' default lines for a KPI.")),
    ])

    static let types: [NamedType] = [
        .object(healthReport), .object(healthSeries), .object(kpiValue),
        .object(comparisonSeries), .object(comparisonRow),
        .object(benchmarkTable), .object(benchmarkRow), .object(kpiThresholds),
    ]

    static let healthReport = ObjectType("HealthReport", Bilingual("行为健康报告。", "A behaviour-health report."), fields: [
        FieldDefinition("series", .nonNull(.list(.nonNull(.named("HealthSeries")))), Bilingual("每个分组一项。", "One per group.")),
        FieldDefinition("ignoredFilters", .nonNull(.list(.nonNull(.named("Dimension")))), Bilingual(
            "对所求指标不适用而被忽略的筛选维度。", "Filter dimensions some KPI does not carry, ignored for it."
        )),
    ])

    static let healthSeries = ObjectType("HealthSeries", Bilingual("一个分组的各指标。", "The KPIs of one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键；不分组时为空。", "The group's key; empty without groupBy.")),
        FieldDefinition("kpis", .nonNull(.list(.nonNull(.named("KpiValue")))), Bilingual("各指标，顺序同 kpis。", "The KPIs, in the order asked.")),
    ])

    static let kpiValue = ObjectType("KpiValue", Bilingual("一个指标的值与区间。", "A KPI's value and band."), fields: [
        FieldDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标。", "The KPI.")),
        FieldDefinition("value", .named("Float"), Bilingual("取值；分母为空时为 null。", "The value; null with an empty denominator.")),
        FieldDefinition("numerator", .named("Float"), Bilingual("分子（均值类为总和）。", "Numerator (the sum, for means).")),
        FieldDefinition("denominator", .named("Float"), Bilingual("分母（均值类为个数）。", "Denominator (the count, for means).")),
        FieldDefinition("band", .named("Band"), Bilingual("所处区间；无值或无线（赢单率）时为 null。", "The band; null without a value or lines (WIN_RATE).")),
        lineField("alertLine", "预警线", "The org's alert line."),
        lineField("healthyLine", "健康线", "The org's healthy line."),
        lineField("excellentLine", "优秀线", "The org's excellent line."),
    ])

    static let comparisonSeries = ObjectType("ComparisonSeries", Bilingual("一个分组的前后对比。", "Before and after for one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键；不分组时为空。", "The group's key; empty without groupBy.")),
        FieldDefinition("rows", .nonNull(.list(.nonNull(.named("ComparisonRow")))), Bilingual("各指标，顺序同 kpis。", "The KPIs, in the order asked.")),
    ])

    static let comparisonRow = ObjectType("ComparisonRow", Bilingual("一个指标的前后对比。", "One KPI before and after."), fields: [
        FieldDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标。", "The KPI.")),
        FieldDefinition("baseline", .named("Float"), Bilingual("基线期间的值。", "The value over the baseline period.")),
        FieldDefinition("current", .named("Float"), Bilingual("当前期间的值。", "The value over the current period.")),
        FieldDefinition("change", .named("Float"), Bilingual("当前减基线。", "Current minus baseline.")),
        FieldDefinition("relativeChange", .named("Float"), Bilingual(
            "变化除以基线的绝对值；基线为空或 0 时为 null。", "Change over |baseline|; null when the baseline is null or 0."
        )),
        FieldDefinition("improved", .named("Boolean"), Bilingual(
            "是否朝指标的改善方向严格变化；任一侧为空时为 null。", "Strictly better in the KPI's direction; null when either side is null."
        )),
    ])

    static let benchmarkTable = ObjectType("BenchmarkTable", Bilingual("同行业对标表（白皮书表）。", "The industry benchmark table (white-paper table)."), fields: [
        FieldDefinition("industry", .nonNull(.named("String")), Bilingual("本组织的行业。", "The org's industry.")),
        FieldDefinition("peerOrgs", .nonNull(.named("Int")), Bilingual("同行业的其他组织数。", "Other orgs of the same industry.")),
        FieldDefinition("rows", .nonNull(.list(.nonNull(.named("BenchmarkRow")))), Bilingual("每个指标一行。", "One row per KPI.")),
    ])

    static let benchmarkRow = ObjectType("BenchmarkRow", Bilingual("一个指标的对标。", "One KPI against the peers."), fields: [
        FieldDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标。", "The KPI.")),
        FieldDefinition("label", .nonNull(.named("String")), Bilingual("指标名称（中文）。", "The KPI's name (zh-CN).")),
        FieldDefinition("value", .named("Float"), Bilingual("本组织（可见范围内）的值。", "The org's value over the caller's scope.")),
        FieldDefinition("numerator", .named("Float"), Bilingual("分子。", "Numerator.")),
        FieldDefinition("denominator", .named("Float"), Bilingual("分母。", "Denominator.")),
        FieldDefinition("band", .named("Band"), Bilingual("所处区间；赢单率无区间。", "The band; none for WIN_RATE.")),
        lineField("alertLine", "预警线", "The org's alert line."),
        lineField("healthyLine", "健康线", "The org's healthy line."),
        lineField("excellentLine", "优秀线", "The org's excellent line."),
        FieldDefinition("peers", .nonNull(.named("Int")), Bilingual("有此指标取值的同行组织数。", "Peer orgs with a value for the KPI.")),
        FieldDefinition("suppressed", .nonNull(.named("Boolean")), Bilingual(
            "同行少于 5 家时不公布分位数。", "Percentiles withheld: fewer than 5 peers have a value."
        )),
        FieldDefinition("p25", .named("Float"), Bilingual("同行 25 分位（线性插值）。", "Peers' 25th percentile (linear interpolation).")),
        FieldDefinition("p50", .named("Float"), Bilingual("同行中位数。", "Peers' median.")),
        FieldDefinition("p75", .named("Float"), Bilingual("同行 75 分位。", "Peers' 75th percentile.")),
    ])

    static let kpiThresholds = ObjectType("KpiThresholds", Bilingual("本组织某指标当前生效的三条线。", "The org's effective lines of a KPI."), fields: [
        FieldDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标。", "The KPI.")),
        FieldDefinition("label", .nonNull(.named("String")), Bilingual("指标名称（中文）。", "The KPI's name (zh-CN).")),
        FieldDefinition("lowerIsBetter", .nonNull(.named("Boolean")), Bilingual("是否越低越好。", "Whether lower is better.")),
        lineField("alertLine", "预警线", "The alert line."),
        lineField("healthyLine", "健康线", "The healthy line."),
        lineField("excellentLine", "优秀线", "The excellent line."),
        FieldDefinition("customized", .nonNull(.named("Boolean")), Bilingual(
            "是否为本组织自定义（否则为默认线）。", "Whether the org set its own lines (else the defaults)."
        )),
    ])

    private static func lineField(_ name: String, _ zh: String, _ en: String) -> FieldDefinition {
        FieldDefinition(name, .named("Float"), Bilingual("\(zh)（本组织设置，缺省为白皮书默认）。", en))
    }
}
