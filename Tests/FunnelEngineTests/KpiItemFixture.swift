import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import PostgresNIO

/// The org the KPI item tests share, in America/New_York: EST (UTC-5) until 2026-03-08 02:00
/// local, EDT (UTC-4) after, so March 2026 runs from 03-01 05:00Z to 04-01 04:00Z and holds a
/// 23-hour day. Each test adds the few records its KPI needs.
///
/// Region R1 东部战区, team T1, city NY; reps P1 王芳 (role rep, hired 2020-02-29: LT_1Y until
/// 2021-02-27, Y1_3 from 2021-02-28, GT_3Y from 2023-02-28), P2 李雷 (rep, hired Wednesday
/// 2026-03-04) and M1 陈经理 (manager); customer C1 纽约医院 (医院, key, NY); product PR1;
/// O5 an open deal of P1 (PR1, channel 展会) for tasks, commitments and payments.
enum KpiItemFixture {
    static let org = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('N', '纽约分公司', '医疗器械', 'America/New_York');
        INSERT INTO warehouse.regions VALUES ('N', 'R1', '东部战区');
        INSERT INTO warehouse.cities VALUES ('N', 'NY', 'R1', '纽约');
        INSERT INTO warehouse.teams VALUES ('N', 'T1', 'R1', '东部一组');
        INSERT INTO warehouse.reps VALUES ('N', 'P1', 'T1', '王芳', 'rep', '2020-02-29', NULL),
                                          ('N', 'P2', 'T1', '李雷', 'rep', '2026-03-04', NULL),
                                          ('N', 'M1', 'T1', '陈经理', 'manager', '2019-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('N', 'C1', '纽约医院', '医院', 'key', 'NY');
        INSERT INTO warehouse.products VALUES ('N', 'PR1', '监护仪', NULL);
        INSERT INTO warehouse.pipelines VALUES ('N', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind) VALUES
            ('N', 'main', 's1', '需求诊断', 1, 'open'), ('N', 'main', 'won', '赢单', 2, 'won'), ('N', 'main', 'lost', '输单', 3, 'lost');
        INSERT INTO warehouse.loss_reasons VALUES ('N', 'PRICE', '价格');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, product_id, channel) VALUES
            ('N', 'O5', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'open', 'PR1', '展会');
        """

    /// The dimensions of an item carried through O5 (or any deal of P1 with PR1 and 展会) in 2026:
    /// REP, TEAM, REGION, CITY, INDUSTRY, CUSTOMER_SIZE, PRODUCT, CHANNEL, TENURE_BAND.
    static let dealDims = "{P1,T1,R1,NY,医院,key,PR1,展会,GT_3Y}"

    struct Warehouse: Sendable {
        let client: PostgresClient
        let engine: QueryEngine

        /// The KPI's items dated `from`...`to`, ordered by item id, each as
        /// `item|on_date|since_on|numerator|denominator|{dimensions}` (numbers without trailing zeros).
        func items(_ kpi: String, from: String, to: String) async throws -> [String] {
            try await TestCluster.strings(client, """
                SELECT concat_ws('|', item_id, on_date, coalesce(since_on::text, '-'), trim_scale(numerator),
                                 trim_scale(denominator),
                                 ARRAY[rep_id, team_id, region_id, city_id, industry, customer_size, product_id, channel, tenure_band]::text)
                FROM reporting.kpi_items
                WHERE org_id = 'N' AND kpi = '\(kpi)' AND on_date BETWEEN '\(from)' AND '\(to)'
                ORDER BY item_id
                """)
        }

        /// `slice` of one KPI through the engine, a director of N asking: one line per group,
        /// `KEY=value numerator/denominator` (`*` for the whole org, `∅` for the NULL group,
        /// numbers to 9 decimals), sorted.
        func slice(_ kpi: String, from: String, to: String, groupBy: String? = nil) async throws -> [String] {
            let grouping = groupBy.map { ", groupBy: [\($0)]" } ?? ""
            let result = await engine.execute(query: """
                { slice(measures: [\(kpi)], period: {from: "\(from)", to: "\(to)"}\(grouping)) {
                    rows { key { id } values { value numerator denominator } } } }
                """, scope: AccessScope(orgID: "N", role: .director), logger: TestCluster.logger)
            guard result.errors.isEmpty, case .array(let rows)? = result.data?["slice"]?["rows"] else {
                throw SliceFailure(errors: result.errors.map(\.message))
            }
            return rows.map { row in
                var key = "*"
                if case .array(let parts)? = row["key"], !parts.isEmpty {
                    key = parts.map { part in
                        if case .string(let id)? = part["id"], !id.isEmpty { id } else { "∅" }
                    }.joined(separator: ",")
                }
                guard case .array(let values)? = row["values"], let value = values.first else { return key + "=?" }
                return "\(key)=\(Self.number(value["value"])) \(Self.number(value["numerator"]))/\(Self.number(value["denominator"]))"
            }.sorted()
        }

        private static func number(_ value: JSONValue?) -> String {
            switch value {
            case .int(let number)?: return String(number)
            case .double(let number)?:
                var text = String(format: "%.9f", number)
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
                return text
            default: return "null"
            }
        }
    }

    struct SliceFailure: Error {
        let errors: [String]
    }

    /// A fresh warehouse holding `org` and `records`, views refreshed.
    static func with<T: Sendable>(_ records: String, _ body: (Warehouse) async throws -> T) async throws -> T {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, org + "\n" + records)
            let engine = try EngineFixture.engine(client)
            return try await body(Warehouse(client: client, engine: engine))
        }
    }
}
