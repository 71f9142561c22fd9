import FunnelExport
import FunnelSchema
import Testing

/// Dates and baselines are checked before anything runs, every problem named by its parameter.
@Suite struct ExportRequestTests {
    @Test func validPeriodBecomesTheDocumentVariables() throws {
        let request = try ExportRequest(kind: .health, from: "2026-03-01", to: "2026-03-31", baselineFrom: "2026-02-01", baselineTo: "2026-02-28")
        #expect(request.baseline == nil)
        #expect(request.variables == .object([("from", .string("2026-03-01")), ("to", .string("2026-03-31"))]))
        let compare = try ExportRequest(kind: .compare, from: "2026-03-01", to: "2026-03-31", baselineFrom: "2026-02-01", baselineTo: "2026-02-28")
        #expect(compare.variables == .object([
            ("from", .string("2026-03-01")), ("to", .string("2026-03-31")),
            ("baselineFrom", .string("2026-02-01")), ("baselineTo", .string("2026-02-28")),
        ]))
        #expect(Exporter.fileName(compare, format: .xlsx) == "compare-2026-03-01_2026-03-31.xlsx")
    }

    @Test func everyBadDateIsReportedUnderItsCLIAndHTTPName() {
        do {
            _ = try ExportRequest(kind: .compare, from: "2026-02-30", to: "2026/03/31", baselineFrom: nil, baselineTo: "2026-02-28")
            Issue.record("accepted bad dates")
        } catch {
            #expect(error.lines(naming: \.optionName) == [
                "--from: \"2026-02-30\": Date must be a real calendar date.",
                "--to: \"2026/03/31\": Date must be written YYYY-MM-DD.",
                "--baseline-from: missing (a date, YYYY-MM-DD)",
            ])
            #expect(error.lines(naming: \.queryName) == [
                "from: \"2026-02-30\": Date must be a real calendar date.",
                "to: \"2026/03/31\": Date must be written YYYY-MM-DD.",
                "baselineFrom: missing (a date, YYYY-MM-DD)",
            ])
            #expect(error.isUserError)
        }
    }

    @Test func periodEndingBeforeItStartsIsRefused() {
        #expect(throws: ExportError.invalidRequest([
            .init(parameter: .to, message: "2026-03-01 is before the first day, 2026-03-31"),
        ])) {
            try ExportRequest(kind: .health, from: "2026-03-31", to: "2026-03-01")
        }
    }
}
