/// `stalls`: the live stall list (metrics.md "Stalls").
enum StallTypes {
    static let field = FieldDefinition("stalls", .nonNull(.list(.nonNull(.named("Stall")))), arguments: [
        InputValueDefinition("asOf", .named("DateTime"), Bilingual(
            "回看时间点；缺省为当前。之后进入的停留不计，之后才离开的停留仍算进行中，之后的活动不重置。",
            "Replay this moment; now when omitted. Stays entered later are ignored, stays that exited later are still open, later activities do not reset."
        )),
        CommonTypes.filterArgument,
        InputValueDefinition("orderBy", .list(.nonNull(.named("StallOrder"))), Bilingual(
            "排序；缺省按超时小时数从高到低。", "Sort order; most hours overdue first by default."
        )),
        InputValueDefinition("limit", .named("Int"), Bilingual("最多返回的条数；缺省全部。", "At most this many stalls; all by default.")),
    ], Bilingual(
        "停滞清单：进行中的阶段停留里，距上次活动已超过阶段时限的商机。",
        "The stall list: open stays whose time since the last activity exceeds the stage's timeout."
    ))

    static let stallSortField = EnumType("StallSortField", Bilingual("停滞清单的排序字段。", "What the stall list can be sorted by."), values: [
        EnumValueDefinition("HOURS_OVERDUE", Bilingual("超时小时数（缺省从高到低）。", "Hours overdue (most first by default).")),
        EnumValueDefinition("ENTERED_AT", Bilingual("进入阶段的时间（缺省从早到晚）。", "When the stay began (oldest first by default).")),
        EnumValueDefinition("REP", Bilingual("销售代表姓名（缺省升序）。", "The rep's name (ascending by default).")),
    ])

    static let stallOrder = InputObjectType("StallOrder", Bilingual("停滞清单的一个排序条件。", "One sort term of the stall list."), fields: [
        InputValueDefinition("field", .nonNull(.named("StallSortField")), Bilingual("排序字段。", "What to sort by.")),
        InputValueDefinition("direction", .named("SortDirection"), Bilingual("方向；缺省见字段说明。", "Direction; each field has its natural default.")),
    ])

    static let stall = ObjectType("Stall", Bilingual("一条停滞：停在某阶段、超过时限无活动的商机。", "A stall: a deal idle in a stage past its timeout."), fields: [
        FieldDefinition("opportunityId", .nonNull(.named("ID")), Bilingual("商机标识。", "The opportunity.")),
        FieldDefinition("stageKey", .nonNull(.named("String")), Bilingual("阶段键。", "The stage key.")),
        FieldDefinition("stageName", .nonNull(.named("String")), Bilingual("阶段名称。", "The stage name.")),
        FieldDefinition("timeoutHours", .nonNull(.named("Int")), Bilingual("阶段时限（小时）。", "The stage's timeout in hours.")),
        FieldDefinition("rep", .nonNull(.named("GroupValue")), Bilingual("商机负责人。", "The opportunity's owner.")),
        FieldDefinition("team", .nonNull(.named("GroupValue")), Bilingual("负责人所在团队。", "The owner's team.")),
        FieldDefinition("region", .nonNull(.named("GroupValue")), Bilingual("负责人所在战区。", "The owner's region.")),
        FieldDefinition("customerName", .nonNull(.named("String")), Bilingual("客户名称。", "The customer's name.")),
        FieldDefinition("amount", .named("Float"), Bilingual("商机金额。", "The opportunity's amount.")),
        FieldDefinition("enteredAt", .nonNull(.named("DateTime")), Bilingual("进入阶段的时间。", "When the stay began.")),
        FieldDefinition("lastResetAt", .nonNull(.named("DateTime")), Bilingual(
            "上次重置：停留内最近一次活动，无活动则为进入时间。", "The last reset: the stay's latest activity, else its entry."
        )),
        FieldDefinition("lastActivityAt", .named("DateTime"), Bilingual("停留内最近一次活动的时间。", "The stay's latest activity, if any.")),
        FieldDefinition("lastActivityType", .named("String"), Bilingual("停留内最近一次活动的类型。", "That activity's type.")),
        FieldDefinition("hoursOverdue", .nonNull(.named("Float")), Bilingual(
            "超时小时数：回看时间点 − 上次重置 − 时限。", "Hours overdue: as-of minus the last reset minus the timeout."
        )),
    ])
}
