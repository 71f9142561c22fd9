extension ParseCorpus {
    /// The small queries the dashboards send on every page view: variables with defaults,
    /// fragments, aliases, directives, and zh-CN string arguments (region and city names,
    /// stage labels) as our users write them.
    public static let dashboardQueries: [CorpusDocument] = [
        CorpusDocument(
            name: "dashboard-funnel",
            text: #"""
                # 销售漏斗：按大区、按月
                query FunnelByRegion(
                  $period: PeriodInput!
                  $filter: FilterInput = {regions: ["华东", "华南"], channels: ["线上", "渠道代理"]}
                  $pipeline: ID = "默认管道"
                ) {
                  funnel(pipeline: $pipeline, period: $period, filter: $filter, groupBy: [REGION, MONTH]) {
                    key { ...Group }
                    population
                    stages {
                      key
                      name
                      position
                      reached
                      conversionRate
                      cumulativeRate
                      lostAt
                      avgDwellHours
                      medianDwellHours
                    }
                  }
                }

                fragment Group on GroupValue {
                  dimension
                  id
                  label
                }
                """#
        ),
        CorpusDocument(
            name: "dashboard-health",
            text: #"""
                query Health($from: Date!, $to: Date!, $withLines: Boolean = true) {
                  health(
                    period: {from: $from, to: $to}
                    filter: {cities: ["上海", "杭州", "苏州"], customerSizes: ["中型企业"]}
                    groupBy: [TEAM]
                    kpis: [WIN_RATE, AVG_CYCLE_DAYS, STAGE_CONVERSION, PIPELINE_COVERAGE]
                  ) {
                    series {
                      key { dimension id label }
                      kpis {
                        kpi
                        value
                        numerator
                        denominator
                        band
                        alertLine @include(if: $withLines)
                        healthyLine @include(if: $withLines)
                        excellentLine @include(if: $withLines)
                      }
                    }
                    ignoredFilters
                  }
                  freshness { importedAt refreshedAt }
                }
                """#
        ),
        CorpusDocument(
            name: "dashboard-slice",
            text: #"""
                query Slice($period: PeriodInput!, $limit: Int = 20, $skipPeers: Boolean! = false) {
                  top: slice(
                    measures: [WIN_RATE, WON_AMOUNT]
                    period: $period
                    filter: {products: ["云仓储 标准版", "云仓储 旗舰版"], tenureBands: ["1-3年"]}
                    groupBy: [REP, QUARTER]
                    orderBy: [{measure: WON_AMOUNT, direction: DESC}, {measure: WIN_RATE, direction: DESC}]
                    limit: $limit
                  ) {
                    ...SliceRows
                  }
                  peers: benchmarks(period: $period) @skip(if: $skipPeers) {
                    industry
                    peerOrgs
                    rows { kpi label value band p25 p50 p75 suppressed }
                  }
                }

                fragment SliceRows on SliceResult {
                  columns
                  rows {
                    key { dimension id label }
                    values
                  }
                  __typename
                }
                """#
        ),
        CorpusDocument(
            name: "dashboard-stalls",
            text: #"""
                query Stalls($asOf: DateTime = "2026-03-31T18:00:00+08:00") {
                  stalls(asOf: $asOf, filter: {regions: ["华北"], teams: ["北京一组", "天津二组"]}, limit: 50) {
                    opportunityId
                    stageKey
                    stageName
                    rep { ...Who }
                    team { ...Who }
                    region { ...Who }
                    enteredAt
                    lastResetAt
                    hoursOverdue
                  }
                }

                fragment Who on GroupValue { id label }
                """#
        ),
        CorpusDocument(
            name: "dashboard-compare",
            text: #"""
                query Compare($baseline: PeriodInput!, $current: PeriodInput!) {
                  byRegion: compare(baseline: $baseline, period: $current, groupBy: [REGION], kpis: [WIN_RATE, LOSS_RATE]) {
                    key { label }
                    rows { kpi baseline current change relativeChange improved }
                  }
                  overall: compare(baseline: $baseline, period: $current, kpis: [WIN_RATE, LOSS_RATE, AVG_DEAL_SIZE]) {
                    rows { kpi baseline current change relativeChange improved }
                  }
                  me { orgName: org { name } role }
                }
                """#
        ),
        CorpusDocument(
            name: "dashboard-losses",
            text: #"""
                query Losses($period: PeriodInput!, $k: Int = 4) {
                  lossReasons(period: $period, groupBy: [CHANNEL]) {
                    key { label }
                    lostCount
                    lostAmount
                    reasons { code name count amount share }
                  }
                  lossClusters(period: $period, k: $k) {
                    k
                    silhouette
                    clusters {
                      id
                      size
                      share
                      dominantReason
                      traits { attribute value label support lift }
                      ... on LossCluster @include(if: true) { sampleOpportunityIds }
                    }
                  }
                  lossDrivers(period: $period, filter: {industries: ["制造业", "零售", "医疗健康"]}) {
                    drivers { dimension label lift lossRate chiSquare pValue }
                  }
                }
                """#
        ),
    ]
}
