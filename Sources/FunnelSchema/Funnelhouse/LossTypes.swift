/// `lossReasons`, `lossDrivers`, `lossClusters`: what lost deals have in common
/// (metrics.md, "Lost-deal analysis").
enum LossTypes {
    static let rootFields: [FieldDefinition] = [
        FieldDefinition("lossReasons", .nonNull(.list(.nonNull(.named("LossReasonSeries")))), arguments: [
            CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument,
        ], Bilingual(
            "输单原因：期间内（按输单时间）输掉的商机按原因统计数量、金额与占比。",
            "Loss reasons: opportunities lost (closed) in the period by reason, with count, amount and share."
        )),
        FieldDefinition("lossDrivers", .nonNull(.list(.nonNull(.named("LossDriverSeries")))), arguments: [
            CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument,
        ], Bilingual(
            "输单驱动因素：期间内已结束（赢单与输单）的商机中，各维度取值（至少 20 单）在输单中的提升度、输单率与卡方检验；按提升度从高到低。",
            "Loss drivers: among deals closed (won or lost) in the period, each dimension value with at least 20 closed deals, with lift, loss rate and a chi-square test; highest lift first."
        )),
        FieldDefinition("lossClusters", .nonNull(.named("LossClusterReport")), arguments: [
            CommonTypes.periodArgument, CommonTypes.filterArgument,
            InputValueDefinition("k", .named("Int"), Bilingual(
                "聚类数（2–10）；缺省时在 2–6 中按平均轮廓系数自动选择。",
                "Number of clusters (2–10); when omitted, the k in 2–6 with the best mean silhouette."
            )),
        ], Bilingual(
            "输单画像聚类：期间内输单按原因、输单阶段、战区、行业、产品、客户规模、司龄段、渠道、是否有竞品做 k-modes 聚类。",
            "Lost-deal clusters: k-modes over the lost deals' reason, lost-at stage, region, industry, product, customer size, tenure band, channel and competitor named."
        )),
    ]

    static let types: [NamedType] = [
        .object(lossReasonSeries), .object(lossReasonCell), .object(lossDriverSeries), .object(lossDriver),
        .object(lossClusterReport), .object(lossCluster), .object(clusterTrait),
    ]

    static let lossReasonSeries = ObjectType("LossReasonSeries", Bilingual("一个分组的输单原因。", "The loss reasons of one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键；不分组时为空。", "The group's key; empty without groupBy.")),
        FieldDefinition("lostCount", .nonNull(.named("Int")), Bilingual("输单数。", "Lost deals.")),
        FieldDefinition("lostAmount", .nonNull(.named("Float")), Bilingual("输单金额（金额为空按 0 计）。", "Lost amount (a missing amount counts as 0).")),
        FieldDefinition("reasons", .nonNull(.list(.nonNull(.named("LossReasonCell")))), Bilingual(
            "出现过的各输单原因，按数量从多到少。", "The reasons that occur, most frequent first."
        )),
    ])

    static let lossReasonCell = ObjectType("LossReasonCell", Bilingual("一个输单原因。", "One loss reason."), fields: [
        FieldDefinition("code", .nonNull(.named("String")), Bilingual("原因代码。", "The reason code.")),
        FieldDefinition("name", .nonNull(.named("String")), Bilingual("原因名称。", "The reason's name.")),
        FieldDefinition("count", .nonNull(.named("Int")), Bilingual("输单数。", "Lost deals.")),
        FieldDefinition("amount", .nonNull(.named("Float")), Bilingual("输单金额。", "Lost amount.")),
        FieldDefinition("share", .nonNull(.named("Float")), Bilingual("占本组输单数的比例。", "Share of the group's lost deals.")),
    ])

    static let lossDriverSeries = ObjectType("LossDriverSeries", Bilingual("一个分组的输单驱动因素。", "The loss drivers of one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键；不分组时为空。", "The group's key; empty without groupBy.")),
        FieldDefinition("closed", .nonNull(.named("Int")), Bilingual("期间内结束的商机数（赢单 + 输单）。", "Deals closed in the period (won + lost).")),
        FieldDefinition("lost", .nonNull(.named("Int")), Bilingual("其中输单数。", "Of which lost.")),
        FieldDefinition("drivers", .nonNull(.list(.nonNull(.named("LossDriver")))), Bilingual(
            "至少 20 单的维度取值，按提升度从高到低。", "Dimension values with at least 20 closed deals, highest lift first."
        )),
    ])

    static let lossDriver = ObjectType("LossDriver", Bilingual("一个维度取值与输单的关系。", "How one dimension value relates to losing."), fields: [
        FieldDefinition("dimension", .nonNull(.named("Dimension")), Bilingual("维度。", "The dimension.")),
        FieldDefinition("id", .nonNull(.named("ID")), Bilingual("取值的标识。", "The value's id.")),
        FieldDefinition("label", .nonNull(.named("String")), Bilingual("显示名称。", "Display name.")),
        FieldDefinition("closed", .nonNull(.named("Int")), Bilingual("该取值的结束商机数。", "Closed deals with this value.")),
        FieldDefinition("lost", .nonNull(.named("Int")), Bilingual("该取值的输单数。", "Lost deals with this value.")),
        FieldDefinition("lift", .named("Float"), Bilingual(
            "提升度 =（该取值输单数 / 输单数）/（该取值结束数 / 结束数）；本组无输单时为空。",
            "Lift = (lost with value / lost) / (closed with value / closed); null when the group has no lost deal."
        )),
        FieldDefinition("lossRate", .named("Float"), Bilingual("该取值的输单率。", "The value's loss rate.")),
        FieldDefinition("chiSquare", .named("Float"), Bilingual(
            "2×2 卡方值（是否该取值 × 输/赢，无连续性校正）；有边际为 0 时为空。",
            "Chi-square of the 2x2 table (value or not × lost or won, no continuity correction); null when a margin is zero."
        )),
        FieldDefinition("pValue", .named("Float"), Bilingual("双侧 p 值 = erfc(√(卡方/2))。", "Two-sided p-value = erfc(sqrt(chiSquare / 2)).")),
    ])

    static let lossClusterReport = ObjectType("LossClusterReport", Bilingual("输单聚类结果。", "Lost-deal clusters."), fields: [
        FieldDefinition("k", .nonNull(.named("Int")), Bilingual(
            "实际得到的聚类数（不同画像少于 k 时更少；无输单时为 0）。",
            "The number of clusters formed (fewer when there are fewer distinct profiles than k; 0 without lost deals)."
        )),
        FieldDefinition("silhouette", .named("Float"), Bilingual("平均轮廓系数（汉明距离）；少于 2 个聚类时为空。", "Mean silhouette (Hamming distance); null with fewer than 2 clusters.")),
        FieldDefinition("lostCount", .nonNull(.named("Int")), Bilingual("参与聚类的输单数。", "Lost deals clustered.")),
        FieldDefinition("clusters", .nonNull(.list(.nonNull(.named("LossCluster")))), Bilingual("各聚类，从大到小。", "The clusters, largest first.")),
    ])

    static let lossCluster = ObjectType("LossCluster", Bilingual("一个输单聚类。", "One cluster of lost deals."), fields: [
        FieldDefinition("id", .nonNull(.named("Int")), Bilingual("编号（从 1 起，按规模）。", "Number, from 1, by size.")),
        FieldDefinition("size", .nonNull(.named("Int")), Bilingual("输单数。", "Lost deals in it.")),
        FieldDefinition("share", .nonNull(.named("Float")), Bilingual("占全部输单数的比例。", "Share of all lost deals.")),
        FieldDefinition("amountShare", .nonNull(.named("Float")), Bilingual("占全部输单金额的比例（总额为 0 时为 0）。", "Share of the lost amount (0 when the total is 0).")),
        FieldDefinition("dominantReason", .nonNull(.named("String")), Bilingual("最常见的输单原因代码。", "The most frequent loss reason code.")),
        FieldDefinition("dominantReasonName", .nonNull(.named("String")), Bilingual("最常见的输单原因名称。", "The most frequent loss reason's name.")),
        FieldDefinition("traits", .nonNull(.list(.nonNull(.named("ClusterTrait")))), Bilingual(
            "特征：聚类内支持度 ≥ 0.3 且相对全部输单提升度 ≥ 1.5 的取值，按提升度从高到低。",
            "Traits: values with support >= 0.3 inside the cluster and lift >= 1.5 against all lost deals, highest lift first."
        )),
        FieldDefinition("sampleOpportunityIds", .nonNull(.list(.nonNull(.named("ID")))), Bilingual(
            "示例商机（最接近聚类众数的至多 5 个）。", "Sample opportunities: up to 5 closest to the cluster's mode."
        )),
    ])

    static let clusterTrait = ObjectType("ClusterTrait", Bilingual("聚类的一个特征取值。", "A value that characterises a cluster."), fields: [
        FieldDefinition("attribute", .nonNull(.named("String")), Bilingual(
            "属性：REASON、LOST_AT_STAGE、REGION、INDUSTRY、PRODUCT、CUSTOMER_SIZE、TENURE_BAND、CHANNEL、COMPETITOR。",
            "The attribute: REASON, LOST_AT_STAGE, REGION, INDUSTRY, PRODUCT, CUSTOMER_SIZE, TENURE_BAND, CHANNEL, COMPETITOR."
        )),
        FieldDefinition("value", .nonNull(.named("String")), Bilingual("取值的标识（COMPETITOR 为 YES / NO）。", "The value's id (YES / NO for COMPETITOR).")),
        FieldDefinition("label", .nonNull(.named("String")), Bilingual("显示名称。", "Display name.")),
        FieldDefinition("support", .nonNull(.named("Float")), Bilingual("聚类内具有该取值的比例。", "Share of the cluster with this value.")),
        FieldDefinition("lift", .nonNull(.named("Float")), Bilingual("支持度 / 该取值在全部输单中的比例。", "Support over the value's share among all lost deals.")),
    ])
}
