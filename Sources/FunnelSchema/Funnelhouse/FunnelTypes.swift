/// `funnel` and `stageDwell`.
enum FunnelTypes {
    static let funnelSeries = ObjectType("FunnelSeries", Bilingual("一个分组的漏斗。", "The funnel of one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键；不分组时为空。", "The group's key; empty without groupBy.")),
        FieldDefinition("population", .nonNull(.named("Int")), Bilingual("期间内创建的商机数。", "Opportunities created in the period.")),
        FieldDefinition("stages", .nonNull(.list(.nonNull(.named("FunnelStage")))), Bilingual("漏斗各阶段（进行中阶段按顺序，最后为赢单）。", "Funnel stages: open stages by position, then the won stage.")),
    ])

    static let funnelStage = ObjectType("FunnelStage", Bilingual("漏斗中的一个阶段。", "One stage of a funnel."), fields: [
        FieldDefinition("key", .nonNull(.named("String")), Bilingual("阶段键。", "The stage key.")),
        FieldDefinition("name", .nonNull(.named("String")), Bilingual("阶段名称。", "The stage name.")),
        FieldDefinition("position", .nonNull(.named("Int")), Bilingual("阶段顺序。", "The stage position.")),
        FieldDefinition("reached", .nonNull(.named("Int")), Bilingual("到达此阶段的商机数（跳过的阶段也算到达）。", "Opportunities that reached the stage (skipped stages count).")),
        FieldDefinition("conversionRate", .named("Float"), Bilingual("到达下一阶段的比例；赢单阶段为空。", "Share that reached the next stage; null for won.")),
        FieldDefinition("cumulativeRate", .named("Float"), Bilingual("到达此阶段占全部商机的比例。", "Reached over the population.")),
        FieldDefinition("lostAt", .nonNull(.named("Int")), Bilingual("止步于此阶段的输单数。", "Lost opportunities whose furthest stage this is.")),
        FieldDefinition("avgDwellHours", .named("Float"), Bilingual("已结束停留的平均时长（小时）。", "Mean hours of closed stays.")),
        FieldDefinition("medianDwellHours", .named("Float"), Bilingual("已结束停留的中位时长（小时）。", "Median hours of closed stays.")),
    ])

    static let stageDwellSeries = ObjectType("StageDwellSeries", Bilingual("一个分组的阶段停留。", "Stage dwell of one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键。", "The group's key.")),
        FieldDefinition("stages", .nonNull(.list(.nonNull(.named("StageDwell")))), Bilingual("各进行中阶段。", "The open stages.")),
    ])

    static let stageDwell = ObjectType("StageDwell", Bilingual(
        "期间内结束（离开）的阶段停留：时长分布与超时情况。", "Stays that ended in the period: how long, and how often past the stage's timeout."
    ), fields: [
        FieldDefinition("key", .nonNull(.named("String")), Bilingual("阶段键。", "The stage key.")),
        FieldDefinition("name", .nonNull(.named("String")), Bilingual("阶段名称。", "The stage name.")),
        FieldDefinition("position", .nonNull(.named("Int")), Bilingual("阶段顺序。", "The stage position.")),
        FieldDefinition("timeoutHours", .named("Int"), Bilingual("阶段超时时限（小时）。", "The stage's timeout in hours.")),
        FieldDefinition("stays", .nonNull(.named("Int")), Bilingual("期间内结束的停留数。", "Stays that ended in the period.")),
        FieldDefinition("avgDwellHours", .named("Float"), Bilingual("平均停留（小时）。", "Mean dwell in hours.")),
        FieldDefinition("medianDwellHours", .named("Float"), Bilingual("中位停留（小时）。", "Median dwell in hours.")),
        FieldDefinition("p90DwellHours", .named("Float"), Bilingual("90 分位停留（小时）。", "90th percentile dwell in hours.")),
        FieldDefinition("overTimeoutRate", .named("Float"), Bilingual("停留超过时限的比例。", "Share of stays longer than the timeout.")),
    ])
}
