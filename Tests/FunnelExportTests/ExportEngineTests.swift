import Foundation
import FunnelExport
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// The three tables end to end: fixed document → QueryEngine (real PostgreSQL) → table,
/// values worked out by hand in `ExportFixture`.
@Suite struct ExportEngineTests {
    static let director = AccessScope(orgID: "X", role: .director)

    /// Default lines of metrics.md as cells (rates as percentages).
    static func lines(_ alert: Double, _ healthy: Double, _ excellent: Double, rate: Bool = true) -> [ExportCell] {
        [alert, healthy, excellent].map { rate ? .percentage($0) : .decimal($0) }
    }

    static func emptyRate(_ label: String, _ code: String, _ lines: [ExportCell]) -> [ExportCell] {
        [.text(label), .text(code), .empty, .empty] + lines + [.integer(0), .integer(0)]
    }

    static func emptyMean(_ label: String, _ code: String, _ lines: [ExportCell]) -> [ExportCell] {
        [.text(label), .text(code), .empty, .empty] + lines + [.decimal(0), .integer(0)]
    }

    @Test func healthTableHoldsTheAPIValuesWithBandsLinesAndContext() async throws {
        let table = try await ExportFixture.withExporter { table, _ in
            try await table(try ExportRequest(kind: .health, from: "2026-03-01", to: "2026-03-31"), Self.director)
        }
        #expect(table.name == "health")
        #expect(table.columns.map(\.header.heading) == [
            "指标 (KPI)", "代码 (Code)", "数值 (Value)", "区间 (Band)", "预警线 (Alert line)", "健康线 (Healthy line)",
            "优秀线 (Excellent line)", "分子 (Numerator)", "分母 (Denominator)",
        ])
        let expected: [[ExportCell]] = [
            [.text("进展更新间隔（小时）"), .text("PROGRESS_UPDATE_INTERVAL_HOURS"), .decimal(6), .band(.healthy)]
                + Self.lines(24, 8, 4, rate: false) + [.decimal(12), .integer(2)],
            Self.emptyRate("停滞未处理率", "STALL_UNHANDLED_RATE", Self.lines(0.15, 0.05, 0.02)),
            [.text("日志有效提交率"), .text("DAILY_LOG_VALID_RATE"), .percentage(0), .band(.alert)]
                + Self.lines(0.75, 0.90, 0.98) + [.integer(0), .integer(22)],
            Self.emptyRate("主管干预率", "MANAGER_INTERVENTION_RATE", Self.lines(0.60, 0.85, 0.95)),
            Self.emptyMean("首次报价天数", "FIRST_QUOTE_DAYS", Self.lines(5, 3.5, 2, rate: false)),
            Self.emptyRate("必做动作完成度", "ACTION_COMPLETENESS", Self.lines(0.70, 0.85, 0.95)),
            Self.emptyMean("必做动作及时性（小时）", "ACTION_TIMELINESS_HOURS", Self.lines(12, 4.2, 2, rate: false)),
            Self.emptyRate("动作有效率", "ACTION_EFFECTIVENESS", Self.lines(0.20, 0.31, 0.40)),
            Self.emptyRate("跨部门 48 小时协同率", "COLLABORATION_48H_RATE", Self.lines(0.60, 0.76, 0.90)),
            [.text("线索 24 小时跟进率"), .text("LEAD_24H_FOLLOWUP_RATE"), .percentage(0.9), .band(.healthy)]
                + Self.lines(0.60, 0.90, 0.95) + [.integer(9), .integer(10)],
            Self.emptyRate("承诺按时兑现率", "COMMITMENT_ON_TIME_RATE", Self.lines(0.80, 0.90, 0.97)),
            Self.emptyRate("回款按时率", "COLLECTION_ON_TIME_RATE", Self.lines(0.70, 0.85, 0.95)),
            [.text("赢单率"), .text("WIN_RATE"), .percentage(1), .empty, .empty, .empty, .empty, .integer(1), .integer(1)],
        ]
        expectRows(table.rows, expected)
        #expect(table.context == [
            ContextEntry(key: "table", label: Bilingual("报表", "Table"), value: "行为健康指标 (Behaviour health)"),
            ContextEntry(key: "org", label: Bilingual("组织", "Org"), value: "导出公司（X）"),
            ContextEntry(key: "industry", label: Bilingual("行业", "Industry"), value: "医疗器械"),
            ContextEntry(key: "timezone", label: Bilingual("时区", "Timezone"), value: "Asia/Shanghai"),
            ContextEntry(key: "period", label: Bilingual("统计期间", "Period"), value: "2026-03-01 至 2026-03-31"),
            ContextEntry(key: "filters", label: Bilingual("筛选条件", "Filters"), value: "无，全部可见记录 (none)"),
            ContextEntry(key: "scope", label: Bilingual("访问范围", "Scope"), value: "总监：全组织"),
            ContextEntry(key: "generatedAt", label: Bilingual("生成时间", "Generated at"), value: "2026-11-18T11:06:40Z"),
            table.context.last!,
        ])
        let freshness = try #require(table.context.last)
        #expect(freshness.key == "dataRefreshedAt")
        // FunnelFixture.load refreshed the views just now: an instant in UTC with milliseconds.
        #expect(freshness.value.count == 24 && freshness.value.hasSuffix("Z"))
    }

    @Test func compareTableHasBothPeriodsInItsContext() async throws {
        let table = try await ExportFixture.withExporter { table, _ in
            try await table(try ExportRequest(
                kind: .compare, from: "2026-03-01", to: "2026-03-31", baselineFrom: "2026-02-01", baselineTo: "2026-02-28"
            ), Self.director)
        }
        #expect(table.columns.map(\.key) == ["label", "kpi", "baseline", "current", "change", "relativeChange", "improved"])
        func nothing(_ label: String, _ code: String) -> [ExportCell] {
            [.text(label), .text(code), .empty, .empty, .empty, .empty, .empty]
        }
        expectRows(table.rows, [
            [.text("进展更新间隔（小时）"), .text("PROGRESS_UPDATE_INTERVAL_HOURS"), .empty, .decimal(6), .empty, .empty, .empty],
            nothing("停滞未处理率", "STALL_UNHANDLED_RATE"),
            // 0 → 0: no change, no relative change from a zero baseline, not (strictly) improved.
            [.text("日志有效提交率"), .text("DAILY_LOG_VALID_RATE"), .percentage(0), .percentage(0), .percentage(0), .empty, .boolean(false)],
            nothing("主管干预率", "MANAGER_INTERVENTION_RATE"),
            nothing("首次报价天数", "FIRST_QUOTE_DAYS"),
            nothing("必做动作完成度", "ACTION_COMPLETENESS"),
            nothing("必做动作及时性（小时）", "ACTION_TIMELINESS_HOURS"),
            nothing("动作有效率", "ACTION_EFFECTIVENESS"),
            nothing("跨部门 48 小时协同率", "COLLABORATION_48H_RATE"),
            [.text("线索 24 小时跟进率"), .text("LEAD_24H_FOLLOWUP_RATE"), .percentage(0.5), .percentage(0.9), .percentage(0.4),
             .percentage(0.8), .boolean(true)],
            nothing("承诺按时兑现率", "COMMITMENT_ON_TIME_RATE"),
            nothing("回款按时率", "COLLECTION_ON_TIME_RATE"),
            [.text("赢单率"), .text("WIN_RATE"), .empty, .percentage(1), .empty, .empty, .empty],
        ])
        #expect(table.context.filter { ["baseline", "period"].contains($0.key) } == [
            ContextEntry(key: "baseline", label: Bilingual("基期", "Baseline period"), value: "2026-02-01 至 2026-02-28"),
            ContextEntry(key: "period", label: Bilingual("本期", "Current period"), value: "2026-03-01 至 2026-03-31"),
        ])
    }

    @Test func benchmarksWithholdPercentilesOfASinglePeer() async throws {
        let table = try await ExportFixture.withExporter { table, _ in
            try await table(try ExportRequest(kind: .benchmarks, from: "2026-03-01", to: "2026-03-31"), Self.director)
        }
        #expect(table.columns.map(\.key) == [
            "label", "kpi", "value", "band", "alertLine", "healthyLine", "excellentLine", "peers", "p25", "p50", "p75", "note",
        ])
        let withheld = ExportCell.text("同业样本不足，分位数不公开 (too few peers)")
        let lead = try #require(table.rows.first { $0[1] == .text("LEAD_24H_FOLLOWUP_RATE") })
        expectRows([lead], [[
            .text("线索 24 小时跟进率"), .text("LEAD_24H_FOLLOWUP_RATE"), .percentage(0.9), .band(.healthy),
        ] + Self.lines(0.60, 0.90, 0.95) + [.integer(1), .empty, .empty, .empty, withheld]])
        let progress = try #require(table.rows.first { $0[1] == .text("PROGRESS_UPDATE_INTERVAL_HOURS") })
        expectRows([progress], [[
            .text("进展更新间隔（小时）"), .text("PROGRESS_UPDATE_INTERVAL_HOURS"), .decimal(6), .band(.healthy),
        ] + Self.lines(24, 8, 4, rate: false) + [.integer(0), .empty, .empty, .empty, withheld]])
        #expect(table.rows.count == 13)
        #expect(table.context.filter { $0.key.hasPrefix("peer") } == [
            ContextEntry(key: "peerIndustry", label: Bilingual("对标行业", "Peer industry"), value: "医疗器械"),
            ContextEntry(key: "peerOrgs", label: Bilingual("同业组织数", "Peer orgs"), value: "1"),
        ])
    }

    @Test func managerScopeIsNamedAndAnOrgWithoutDataIsRefused() async throws {
        let manager = AccessScope(orgID: "X", role: .manager, regions: ["R1"])
        let request = try ExportRequest(kind: .health, from: "2026-03-01", to: "2026-03-31")
        let (table, refusal): (ExportTable, ExportError?) = try await ExportFixture.withExporter { table, _ in
            let managed = try await table(request, manager)
            do {
                _ = try await table(request, AccessScope(orgID: "NOPE", role: .director))
                return (managed, nil)
            } catch let error as ExportError {
                return (managed, error)
            }
        }
        #expect(table.context.first { $0.key == "scope" }?.value == "经理：所辖战区和/或团队（华东战区）")
        let refused = try #require(refusal)
        #expect(refused.isUserError)
        guard case .query(let errors) = refused else {
            Issue.record("expected the engine's refusal, got \(refused)")
            return
        }
        #expect(errors.map(\.code) == [.forbidden])
    }

    @Test func workbookOfTheHealthTableReadsBackWithPercentFormatsAndBandFills() async throws {
        let table = try await ExportFixture.withExporter { table, _ in
            try await table(try ExportRequest(kind: .health, from: "2026-03-01", to: "2026-03-31"), Self.director)
        }
        let workbook = try await WorkbookReader.read(try ExportFormat.xlsx.render(table))
        #expect(workbook.sheetnames == ["行为健康指标", "说明"])
        let sheet = workbook.sheets[0]
        #expect(sheet.freeze == "A2")
        let leadRow = 11
        let value = try #require(sheet.cells.first { $0.ref == "C\(leadRow)" })
        #expect(value.value == .number(0.9) && value.format == "0.0%")
        #expect(sheet.cells.first { $0.ref == "D\(leadRow)" }?.fill == "FF92D050")
        #expect(sheet.cells.first { $0.ref == "D4" }?.fill == "FFF8696B")
        #expect(sheet.cells.first { $0.ref == "C2" }.map { ($0.value, $0.format) } ?? (.text(""), "") == (.number(6), "0.00"))
        #expect(sheet.cells.first { $0.ref == "I\(leadRow)" }.map { ($0.value, $0.type) } ?? (.text(""), "") == (.number(10), "int"))
        let context = workbook.sheets[1]
        #expect(context.title == "说明")
        #expect(context.cells.contains { $0.value == .text("2026-03-01 至 2026-03-31") })
        #expect(context.cells.contains { $0.value == .text("导出公司（X）") })
    }
}

/// Rows equal cell by cell, numbers within 1e-9 (PostgreSQL numeric against Swift doubles).
func expectRows(_ actual: [[ExportCell]], _ expected: [[ExportCell]], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(actual.count) rows, expected \(expected.count)", sourceLocation: sourceLocation)
    for (index, (row, wanted)) in zip(actual, expected).enumerated() {
        let same = row.count == wanted.count && zip(row, wanted).allSatisfy(close)
        #expect(same, "row \(index): \(row) is not \(wanted)", sourceLocation: sourceLocation)
    }
}

private func close(_ a: ExportCell, _ b: ExportCell) -> Bool {
    func near(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-9 * max(1, abs(x), abs(y)) }
    switch (a, b) {
    case let (.decimal(x), .decimal(y)), let (.percentage(x), .percentage(y)): return near(x, y)
    default: return a == b
    }
}
