/// `slice`: any KPIs by any dimensions, sorted and cut.
enum SliceTypes {
    static let sortDirection = EnumType("SortDirection", Bilingual("排序方向。", "Sort direction."), values: [
        EnumValueDefinition("ASC", Bilingual("升序。", "Ascending.")),
        EnumValueDefinition("DESC", Bilingual("降序。", "Descending.")),
    ])

    static let sliceOrder = InputObjectType("SliceOrder", Bilingual(
        "排序：按某个指标的值，或某个分组维度的显示名称。", "Sort by a measure's value or by a grouped dimension's label."
    ), fields: [
        InputValueDefinition("measure", .named("Kpi"), Bilingual("按此指标的值排序（空值最后）。", "Sort by this measure's value (nulls last).")),
        InputValueDefinition("dimension", .named("Dimension"), Bilingual("按此维度的名称排序。", "Sort by this dimension's label.")),
        InputValueDefinition("direction", .named("SortDirection"), default: .string("DESC"), Bilingual("方向。", "Direction.")),
    ])

    static let sliceResult = ObjectType("SliceResult", Bilingual("切片结果。", "A slice."), fields: [
        FieldDefinition("measures", .nonNull(.list(.nonNull(.named("Kpi")))), Bilingual("所求指标。", "The measures asked for.")),
        FieldDefinition("rows", .nonNull(.list(.nonNull(.named("SliceRow")))), Bilingual("每个分组一行。", "One row per group.")),
        FieldDefinition("totalRows", .nonNull(.named("Int")), Bilingual("截断前的行数。", "Rows before the limit.")),
        FieldDefinition("ignoredFilters", .nonNull(.list(.nonNull(.named("Dimension")))), Bilingual(
            "对所求指标不适用而被忽略的筛选维度。", "Filter dimensions some measure does not carry, ignored for it."
        )),
    ])

    static let sliceRow = ObjectType("SliceRow", Bilingual("切片的一行。", "One row of a slice."), fields: [
        FieldDefinition("key", .nonNull(.list(.nonNull(.named("GroupValue")))), Bilingual("分组键。", "The group's key.")),
        FieldDefinition("values", .nonNull(.list(.nonNull(.named("MeasureValue")))), Bilingual("各指标的值，顺序同 measures。", "Measure values, in the order of measures.")),
    ])

    static let measureValue = ObjectType("MeasureValue", Bilingual("一个指标的值。", "A measure's value."), fields: [
        FieldDefinition("kpi", .nonNull(.named("Kpi")), Bilingual("指标。", "The KPI.")),
        FieldDefinition("value", .named("Float"), Bilingual("取值；分母为空时为 null。", "The value; null with an empty denominator.")),
        FieldDefinition("numerator", .named("Float"), Bilingual("分子（均值类为总和）。", "Numerator (the sum, for means).")),
        FieldDefinition("denominator", .named("Float"), Bilingual("分母（均值类为个数）。", "Denominator (the count, for means).")),
    ])
}
