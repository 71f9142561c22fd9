/// `dimensionValues`, `freshness`, `me`.
enum MetaTypes {
    static let viewFreshness = ObjectType("ViewFreshness", Bilingual("一个汇总视图的刷新情况。", "When a reporting view was last refreshed."), fields: [
        FieldDefinition("view", .nonNull(.named("String")), Bilingual("视图名称。", "The view's name.")),
        FieldDefinition("refreshedAt", .nonNull(.named("DateTime")), Bilingual("上次刷新完成时间。", "When its last refresh finished.")),
        FieldDefinition("durationMs", .nonNull(.named("Float")), Bilingual("上次刷新耗时（毫秒）。", "How long that refresh took, in milliseconds.")),
    ])

    static let role = EnumType("Role", Bilingual("访问角色。", "Access role."), values: [
        EnumValueDefinition("DIRECTOR", Bilingual("总监：全组织。", "Director: the whole org.")),
        EnumValueDefinition("MANAGER", Bilingual("经理：所辖战区和/或团队。", "Manager: the listed regions and/or teams.")),
        EnumValueDefinition("REP", Bilingual("销售代表：仅本人记录。", "Rep: own records only.")),
        EnumValueDefinition("ADMIN", Bilingual("管理员：全组织，可导入与设置。", "Admin: the whole org, plus ingest and settings.")),
    ])

    static let viewer = ObjectType("Viewer", Bilingual("当前令牌的身份与可见范围。", "Who the token speaks for and what it may see."), fields: [
        FieldDefinition("org", .nonNull(.named("ID")), Bilingual("组织标识。", "The org's id.")),
        FieldDefinition("orgName", .nonNull(.named("String")), Bilingual("组织名称。", "The org's name.")),
        FieldDefinition("industry", .nonNull(.named("String")), Bilingual("所属行业。", "The org's industry.")),
        FieldDefinition("timezone", .nonNull(.named("String")), Bilingual("组织时区（统计期间按此时区）。", "The org's timezone; periods are read in it.")),
        FieldDefinition("role", .nonNull(.named("Role")), Bilingual("角色。", "The role.")),
        FieldDefinition("regions", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("经理所辖战区。", "A manager's regions.")),
        FieldDefinition("teams", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("经理所辖团队。", "A manager's teams.")),
        FieldDefinition("rep", .named("GroupValue"), Bilingual("销售代表本人。", "A rep token's rep.")),
    ])
}
