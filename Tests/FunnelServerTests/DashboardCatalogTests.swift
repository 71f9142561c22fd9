import Foundation
import FunnelSchema
import FunnelServer
import Testing

@Suite struct DashboardCatalogTests {
    static let repositoryDashboards = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dashboards")

    /// A dashboards folder holding `files` (name → JSON text).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fh-dashboards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func problems(_ files: [String: String]) throws -> [String] {
        let folder = try folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try DashboardCatalog.load(folder: folder, schema: FunnelhouseSchema.schema)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// One panel of kind `kind` with `query`, inside a well-formed file.
    static func dashboard(query: String, kind: String = "table", variables: String = "{}") -> String {
        let quoted = query.replacingOccurrences(of: "\"", with: "\\\"")
        return """
            {"title": {"zh": "测试", "en": "Test"}, "panels": [
              {"id": "p1", "title": {"zh": "面板", "en": "Panel"}, "kind": "\(kind)",
               "query": "\(quoted)", "variables": \(variables), "mapping": {}}
            ]}
            """
    }

    @Test func shippedDashboardsValidate() throws {
        let catalog = try DashboardCatalog.load(folder: Self.repositoryDashboards, schema: FunnelhouseSchema.schema)
        #expect(catalog.dashboards.map(\.name) == ["before-after", "director", "loss", "regional"])
        #expect(catalog.dashboard(named: "director")?.title.zh == "销售总监总览")
        #expect(catalog.dashboard(named: "director")?.title.en == "Sales director overview")
        #expect(catalog.dashboard(named: "director")?.panels.map(\.kind) == [.tile, .funnel, .bar, .line, .heatmap])
    }

    @Test func syntaxErrorNamesFileAndPanelAndPosition() throws {
        #expect(try Self.problems(["broken.json": Self.dashboard(query: "{ funnel(")]) == [
            #"dashboards/broken.json: panel "p1": 1:10: Syntax Error: Expected Name, found <EOF>."#,
        ])
    }

    @Test func validationErrorNamesTheField() throws {
        #expect(try Self.problems(["unknown.json": Self.dashboard(query: "{ me { shoeSize } }")]) == [
            #"dashboards/unknown.json: panel "p1": 1:8: Cannot query field "shoeSize" on type "Viewer"."#,
        ])
    }

    @Test func variablesThePageDoesNotFillMustComeFromThePanel() throws {
        let query = "query($period: PeriodInput!, $team: ID!) { funnel(period: $period, filter: {teams: [$team]}) { population } }"
        #expect(try Self.problems(["vars.json": Self.dashboard(query: query)]) == [
            #"dashboards/vars.json: panel "p1": 1:30: Variable "$team" of required type "ID!" was not provided."#,
        ])
        #expect(try Self.problems(["vars.json": Self.dashboard(query: query, variables: #"{"team": "t1"}"#)]) == [])
    }

    @Test func shapeProblems() throws {
        #expect(try Self.problems(["kind.json": Self.dashboard(query: "{ me { org } }", kind: "pie")]) == [
            #"dashboards/kind.json: panel "p1": "kind" must be one of funnel, bar, line, heatmap, tile, table"#,
        ])
        #expect(try Self.problems(["Bad Name.json": Self.dashboard(query: "{ me { org } }")]) == [
            "dashboards/Bad Name.json: the file name must be NAME.json with NAME of a-z, 0-9 and -",
        ])
        #expect(try Self.problems(["notjson.json": "{\"title\": "]).count == 1)
        #expect(try Self.problems(["nopanels.json": #"{"title": {"zh": "空", "en": "Empty"}, "panels": []}"#]) == [
            #"dashboards/nopanels.json: "panels" must be a non-empty array"#,
        ])
        #expect(try Self.problems([:]) == ["dashboards: holds no dashboard files (NAME.json)"])
    }

    @Test func everyBrokenFileIsReported() throws {
        let problems = try Self.problems([
            "a.json": Self.dashboard(query: "{ funnel("),
            "b.json": Self.dashboard(query: "{ me { org } }"),
            "c.json": Self.dashboard(query: "mutation { resetKpiThresholds(kpi: WIN_RATE) { customized } }"),
        ])
        #expect(problems == [
            #"dashboards/a.json: panel "p1": 1:10: Syntax Error: Expected Name, found <EOF>."#,
            #"dashboards/c.json: panel "p1": the query must hold exactly one query operation"#,
        ])
    }

    @Test func missingLibrariesNameTheirDebianPackages() {
        let libraries = ChartLibraries(root: "/nonexistent")
        #expect(libraries.warnings == [
            "dashboards: /nonexistent/javascript/chart.js/chart.min.js is missing, so charts will not draw; install the Debian package libjs-chart.js (scripts/install-deps) or point --js-lib-dir at its root",
            "dashboards: /nonexistent/nodejs/d3/dist/d3.min.js is missing, so charts will not draw; install the Debian package node-d3 (scripts/install-deps) or point --js-lib-dir at its root",
        ])
    }
}
