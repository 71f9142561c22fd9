/// The schema users query: root fields of api.md with zh-CN and English descriptions.
public enum FunnelhouseSchema {
    public static let schema = Schema(query: query, mutation: HealthTypes.mutation, types: types, description: Bilingual(
        "Funnelhouse：销售过程数据仓库的查询接口。", "Funnelhouse: the query interface of the sales-process warehouse."
    ))

    static let query = ObjectType("Query", Bilingual("查询入口。", "The query root."), fields: [
        FieldDefinition("funnel", .nonNull(.list(.nonNull(.named("FunnelSeries")))), arguments: [
            CommonTypes.pipelineArgument, CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument,
        ], Bilingual("阶段漏斗：期间内创建的商机到达各阶段的数量与转化率。", "Stage funnel of the opportunities created in the period.")),
        FieldDefinition("stageDwell", .nonNull(.list(.nonNull(.named("StageDwellSeries")))), arguments: [
            CommonTypes.pipelineArgument, CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument,
        ], Bilingual("阶段停留：期间内结束的停留时长与超时比例。", "Stage dwell of the stays that ended in the period.")),
        FieldDefinition("slice", .nonNull(.named("SliceResult")), arguments: [
            InputValueDefinition("measures", .nonNull(.list(.nonNull(.named("Kpi")))), Bilingual("指标。", "The measures.")),
            CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument,
            InputValueDefinition("orderBy", .list(.nonNull(.named("SliceOrder"))), Bilingual("排序。", "Sort order.")),
            InputValueDefinition("limit", .named("Int"), Bilingual("最多返回的行数。", "At most this many rows.")),
        ], Bilingual("多维切片：任意指标按任意维度组合交叉筛选与分组。", "Any measures by any combination of dimensions.")),
        StallTypes.field,
        FieldDefinition("dimensionValues", .nonNull(.list(.nonNull(.named("GroupValue")))), arguments: [
            InputValueDefinition("dimension", .nonNull(.named("Dimension")), Bilingual("维度（时间粒度除外）。", "The dimension (not a time grain).")),
            InputValueDefinition("search", .named("String"), Bilingual("按名称或标识包含此文本筛选。", "Only values whose label or id contains this text.")),
            InputValueDefinition("limit", .named("Int"), default: .int(200), Bilingual("最多返回的个数。", "At most this many values.")),
        ], Bilingual("维度的可选值（在可见范围内），供筛选器使用。", "The values of a dimension within the caller's scope, for filter pickers.")),
        FieldDefinition("freshness", .nonNull(.list(.nonNull(.named("ViewFreshness")))), Bilingual(
            "各汇总视图的刷新时间。", "When each reporting view was last refreshed."
        )),
        FieldDefinition("me", .nonNull(.named("Viewer")), Bilingual("当前令牌的身份与范围。", "The caller's identity and scope.")),
    ] + HealthTypes.queryFields + LossTypes.rootFields + ClosedDealTypes.rootFields)

    static let types: [NamedType] = [
        .scalar(CommonTypes.date), .scalar(CommonTypes.dateTime),
        .inputObject(CommonTypes.periodInput), .inputObject(CommonTypes.filterInput),
        .enumeration(CommonTypes.dimension), .enumeration(CommonTypes.kpi), .enumeration(CommonTypes.band),
        .object(CommonTypes.groupValue),
        .object(FunnelTypes.funnelSeries), .object(FunnelTypes.funnelStage),
        .object(FunnelTypes.stageDwellSeries), .object(FunnelTypes.stageDwell),
        .enumeration(SliceTypes.sortDirection), .inputObject(SliceTypes.sliceOrder),
        .object(SliceTypes.sliceResult), .object(SliceTypes.sliceRow), .object(SliceTypes.measureValue),
        .object(StallTypes.stall), .inputObject(StallTypes.stallOrder), .enumeration(StallTypes.stallSortField),
        .object(MetaTypes.viewFreshness), .enumeration(MetaTypes.role), .object(MetaTypes.viewer),
    ] + HealthTypes.types + LossTypes.types + ClosedDealTypes.types
}
