import Foundation
import FunnelExport
import FunnelTestSupport
import Testing

/// `funnelhouse export` as a user runs it: the built executable against a fixture database.
@Suite struct ExportCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let executable = root.appendingPathComponent(".build/debug/funnelhouse")

    /// The built executable with the test's `sql/` folder, quiet logs.
    static func run(_ arguments: [String]) async throws -> ChildProcess.Result {
        try await ChildProcess.run([
            "FUNNELHOUSE_SQL_DIR=\(TestCluster.migrations.path)", "FUNNELHOUSE_LOG_LEVEL=critical", executable.path,
        ] + arguments)
    }

    static let march = ["--org", "X", "--from", "2026-03-01", "--to", "2026-03-31"]

    @Test func writesFilesToOutAndMarkdownToStdout() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("health.xlsx")
        let csvOut = folder.appendingPathComponent("compare.csv")
        let nowhere = folder.appendingPathComponent("missing/health.md").path
        let (workbookRun, csvRun, unwritable, markdownRun) = try await TestCluster.withDatabase { client, database in
            try await FunnelFixture.load(client, ExportFixture.sql)
            let workbook = try await Self.run(["export", "health"] + Self.march + ["--format", "xlsx", "--out", out.path, "--database-url", database.url])
            let csv = try await Self.run(["export", "compare"] + Self.march + [
                "--baseline-from", "2026-02-01", "--baseline-to", "2026-02-28", "--format", "csv", "--out", csvOut.path,
                "--database-url", database.url,
            ])
            let markdown = try await Self.run(["export", "health"] + Self.march + ["--format", "md", "--database-url", database.url])
            let unwritable = try await Self.run(["export", "health"] + Self.march + ["--format", "md", "--out", nowhere, "--database-url", database.url])
            return (workbook, csv, unwritable, markdown)
        }
        #expect(unwritable.status == 1)
        #expect(unwritable.errors.hasPrefix("--out: cannot write \(nowhere): "), "\(unwritable.errors)")
        #expect(workbookRun.status == 0, "\(workbookRun.errors)")
        #expect(workbookRun.output.isEmpty)
        // Only the finished file: no temporary left beside it.
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["health.xlsx", "compare.csv"])
        let workbook = try await WorkbookReader.read(out)
        #expect(workbook.sheetnames == ["行为健康指标", "说明"])
        #expect(workbook.sheets[0].cells.first { $0.ref == "C11" }?.value == .number(0.9))

        #expect(csvRun.status == 0, "\(csvRun.errors)")
        let bytes = try Data(contentsOf: csvOut)
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("# 报表 (Table),前后对比 (Before and after)\r\n"))
        #expect(csv.contains("\r\n# 基期 (Baseline period),2026-02-01 至 2026-02-28\r\n# 本期 (Current period),2026-03-01 至 2026-03-31\r\n"))
        #expect(csv.contains("\r\n指标 (KPI),代码 (Code),基期 (Baseline),本期 (Current),变化 (Change),相对变化 (Relative change),是否改善 (Improved)\r\n"))
        #expect(csv.contains("\r\n日志有效提交率,DAILY_LOG_VALID_RATE,0.0,0.0,0.0,,否\r\n"))

        #expect(markdownRun.status == 0, "\(markdownRun.errors)")
        #expect(markdownRun.output.hasPrefix("# 行为健康指标 (Behaviour health)\n\n- **报表 (Table)**: 行为健康指标 (Behaviour health)\n"))
        #expect(markdownRun.output.contains("\n| 线索 24 小时跟进率 | LEAD\\_24H\\_FOLLOWUP\\_RATE | 90.0% | 健康 | 60.0% | 90.0% | 95.0% | 9 | 10 |\n"))
    }

    @Test func userErrorsExitOneNamingTheOption() async throws {
        let badDates = try await Self.run(["export", "compare", "--org", "X", "--from", "2026-13-01", "--to", "2026-03-31", "--format", "csv"])
        #expect(badDates.status == 1)
        #expect(badDates.errors == """
            --from: "2026-13-01": Date must be a real calendar date.
            --baseline-from: missing (a date, YYYY-MM-DD)
            --baseline-to: missing (a date, YYYY-MM-DD)

            """)
        let unknown = try await Self.run(["export", "funnel"] + Self.march + ["--format", "csv"])
        #expect(unknown.status == 1)
        #expect(unknown.errors == "unknown table \"funnel\": one of benchmarks, compare, health\n")
        let format = try await Self.run(["export", "health"] + Self.march + ["--format", "pdf"])
        #expect(format.status == 1)
        #expect(format.errors == "unknown format \"pdf\": one of csv, xlsx, md, html, json\n")
    }
}
