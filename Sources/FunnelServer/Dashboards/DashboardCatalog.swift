public import Foundation
import FunnelLanguage
public import FunnelSchema

/// The dashboards of a folder, loaded and checked once at server start. No HTTP here: the
/// routes serve what this holds.
public struct DashboardCatalog: Sendable {
    /// Variables the page fills from its URL state (period picker, baseline picker, filter
    /// chips, drill level); a panel's own `variables` supply the rest.
    static let pageVariables: [String: JSONValue] = [
        "period": .object([("from", .string("2026-01-01")), ("to", .string("2026-01-31"))]),
        "baseline": .object([("from", .string("2025-12-01")), ("to", .string("2025-12-31"))]),
        "filter": .object([]),
        "groupBy": .array([.string("REGION")]),
    ]

    public let dashboards: [Dashboard]

    public func dashboard(named name: String) -> Dashboard? {
        dashboards.first { $0.name == name }
    }

    /// Loads every `*.json` in `folder` (named `NAME.json`, NAME of `a-z 0-9 -`), checking each
    /// panel's query against `schema`. Problems name the file as `displayFolder/NAME.json`.
    public static func load(
        folder: URL, displayFolder: String = "dashboards", schema: Schema
    ) throws(DashboardCatalogError) -> DashboardCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw DashboardCatalogError([DashboardProblem(file: displayFolder, message: "cannot read the dashboards folder \(folder.path)")])
        }
        if names.isEmpty {
            throw DashboardCatalogError([DashboardProblem(file: displayFolder, message: "holds no dashboard files (NAME.json)")])
        }
        var dashboards: [Dashboard] = []
        var problems: [DashboardProblem] = []
        for fileName in names {
            let file = "\(displayFolder)/\(fileName)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
                problems.append(DashboardProblem(file: file, message: "cannot be read"))
                continue
            }
            switch DashboardReader(file: file, schema: schema).read(name: String(fileName.dropLast(5)), data: Array(data)) {
            case .success(let dashboard): dashboards.append(dashboard)
            case .failure(let error): problems += error.problems
            }
        }
        guard problems.isEmpty else { throw DashboardCatalogError(problems) }
        return DashboardCatalog(dashboards: dashboards)
    }

    /// The dashboards folder: `FUNNELHOUSE_DASHBOARDS_DIR`, else `dashboards/` in the working
    /// directory or in a folder above the executable (as for `sql/`); nil if none exists.
    public static func locateFolder() -> URL? {
        if let configured = ProcessInfo.processInfo.environment["FUNNELHOUSE_DASHBOARDS_DIR"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("dashboards")]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            candidates.append(folder.appendingPathComponent("dashboards"))
            folder.deleteLastPathComponent()
        }
        return candidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("assets").path, isDirectory: &isFolder)
                && isFolder.boolValue
        }
    }
}
