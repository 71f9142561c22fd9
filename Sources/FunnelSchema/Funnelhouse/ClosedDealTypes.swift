/// `closedDeals`: won and lost deals with their amounts and win rate, dated by `closed_at`
/// (metrics.md WIN_RATE), for trends such as the director's win rate and won amount by month.
enum ClosedDealTypes {
    static let rootFields: [FieldDefinition] = [
        FieldDefinition("closedDeals", .nonNull(.list(.nonNull(.named("ClosedDealSeries")))), arguments: [
            CommonTypes.periodArgument, CommonTypes.filterArgument, CommonTypes.groupByArgument,
        ], Bilingual(
            "已结束商机：期间内（按结束时间）赢单与输单的数量、金额与赢单率；不分组时恰好一个序列。",
            "Closed deals: opportunities won and lost (closed) in the period, with counts, amounts and win rate; exactly one series without groupBy."
        )),
    ]

    static let types: [NamedType] = [.object(closedDealSeries)]

    static let closedDealSeries = ObjectType("ClosedDealSeries", Bilingual("一个分组的已结束商机。", "The closed deals of one group."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键；不分组时为空。", "The group's key; empty without groupBy.")),
        FieldDefinition("won", .nonNull(.named("Int")), Bilingual("赢单数。", "Won deals.")),
        FieldDefinition("lost", .nonNull(.named("Int")), Bilingual("输单数。", "Lost deals.")),
        FieldDefinition("wonAmount", .nonNull(.named("Float")), Bilingual("赢单金额（金额为空按 0 计）。", "Won amount (a missing amount counts as 0).")),
        FieldDefinition("lostAmount", .nonNull(.named("Float")), Bilingual("输单金额（金额为空按 0 计）。", "Lost amount (a missing amount counts as 0).")),
        FieldDefinition("winRate", .named("Float"), Bilingual(
            "赢单率 = 赢单数 /（赢单数 + 输单数）；无结束商机时为空。", "Win rate = won / (won + lost); null when no deal closed."
        )),
        FieldDefinition("avgWonAmount", .named("Float"), Bilingual(
            "平均赢单金额 = 赢单金额 / 赢单数；无赢单时为空。", "Average won amount = won amount / won; null without a won deal."
        )),
    ])
}
