extension ParseCorpus {
    /// Dashboard-like operations and fragments appended until the document reaches
    /// `targetBytes`: what a saved board with many panels sends, numbered so no two panels
    /// are alike.
    public static func generatedOperations(targetBytes: Int) -> CorpusDocument {
        let regions = ["华东", "华南", "华北", "西南", "东北"]
        let dimensions = ["REGION", "CITY", "TEAM", "REP", "PRODUCT", "CHANNEL", "MONTH", "QUARTER"]
        var text = ""
        var panel = 0
        while text.utf8.count < targetBytes {
            let region = regions[panel % regions.count]
            let dimension = dimensions[panel % dimensions.count]
            text += """
                query Panel\(panel)($period: PeriodInput!, $limit: Int = \(10 + panel % 90), $ratio: Float = \(panel % 7).5e-\(panel % 3)) {
                  series\(panel): funnel(period: $period, filter: {regions: ["\(region)"], reps: ["rep-\(panel)"]}, groupBy: [\(dimension)]) @include(if: true) {
                    key { ...Group\(panel % 10) }
                    population
                    stages { key name position reached conversionRate lostAt }
                  }
                  kpis: slice(measures: [WIN_RATE], period: $period, limit: $limit, orderBy: [{measure: WIN_RATE, direction: ASC}]) {
                    rows { values key { id label } }
                    ... on SliceResult { columns }
                  }
                }


                """
            if panel < 10 {
                text += """
                    fragment Group\(panel) on GroupValue { dimension id label }


                    """
            }
            panel += 1
        }
        return CorpusDocument(name: "generated-\(targetBytes / 1000)KB", text: text)
    }
}
