import Foundation
import FunnelExport
import FunnelTestSupport
import Testing

/// `funnelhouse export` as a user runs it: the built executable against a fixture database.
@Suite struct ExportCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let executable = root.appendingPathComponent(".build/debug/funnelhouse")

    struct Run {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["FUNNELHOUSE_SQL_DIR"] = TestCluster.migrations.path
        environment["FUNNELHOUSE_LOG_LEVEL"] = "critical"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot stall the child.
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let march = ["--org", "X", "--from", "2026-03-01", "--to", "2026-03-31"]

    @Test func writesTheWorkbookToOutAndCSVToStdout() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("health.xlsx")
        let nowhere = folder.appendingPathComponent("missing/health.md").path
        let (workbookRun, csvRun, unwritable) = try await TestCluster.withDatabase { client, database in
            try await FunnelFixture.load(client, ExportFixture.sql)
            let workbook = try Self.run(["export", "health"] + Self.march + ["--format", "xlsx", "--out", out.path, "--database-url", database.url])
            let csv = try Self.run(["export", "compare"] + Self.march + [
                "--baseline-from", "2026-02-01", "--baseline-to", "2026-02-28", "--format", "csv", "--database-url", database.url,
            ])
            let unwritable = try Self.run(["export", "health"] + Self.march + ["--format", "md", "--out", nowhere, "--database-url", database.url])
            return (workbook, csv, unwritable)
        }
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("--out: cannot write \(nowhere): "), "\(unwritable.stderr)")
        #expect(workbookRun.status == 0, "\(workbookRun.stderr)")
        #expect(workbookRun.stdout.isEmpty)
        // Only the finished file: no temporary left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["health.xlsx"])
        let workbook = try WorkbookReader.read(out)
        #expect(workbook.sheetnames == ["行为健康指标", "说明"])
        #expect(workbook.sheets[0].cells.first { $0.ref == "C11" }?.value == .number(0.9))

        #expect(csvRun.status == 0, "\(csvRun.stderr)")
        let csv = String(decoding: csvRun.stdout, as: UTF8.self)
        #expect(csvRun.stdout.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(csv.contains("\r\n# 基期 (Baseline period),2026-02-01 至 2026-02-28\r\n# 本期 (Current period),2026-03-01 至 2026-03-31\r\n"))
        #expect(csv.contains("\r\n指标 (KPI),代码 (Code),基期 (Baseline),本期 (Current),变化 (Change),相对变化 (Relative change),是否改善 (Improved)\r\n"))
        #expect(csv.contains("\r\n日志有效提交率,DAILY_LOG_VALID_RATE,0.0,0.0,0.0,,否\r\n"))
    }

    @Test func userErrorsExitOneNamingTheOption() throws {
        let badDates = try Self.run(["export", "compare", "--org", "X", "--from", "2026-13-01", "--to", "2026-03-31", "--format", "csv"])
        #expect(badDates.status == 1)
        #expect(badDates.stderr == """
            --from: "2026-13-01": Date must be a real calendar date.
            --baseline-from: missing (a date, YYYY-MM-DD)
            --baseline-to: missing (a date, YYYY-MM-DD)

            """)
        let unknown = try Self.run(["export", "funnel"] + Self.march + ["--format", "csv"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "unknown table \"funnel\": one of benchmarks, compare, health\n")
        let format = try Self.run(["export", "health"] + Self.march + ["--format", "pdf"])
        #expect(format.status == 1)
        #expect(format.stderr == "unknown format \"pdf\": one of csv, xlsx, md, html, json\n")
    }
}
