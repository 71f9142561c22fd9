public import Foundation
public import FunnelSchema

/// What `/dashboards/` serves, loaded once at start: the checked dashboards, the page shell
/// with its script and style (`dashboards/assets/`), and the chart libraries.
public struct DashboardSite: Sendable {
    public let catalog: DashboardCatalog
    public let libraries: ChartLibraries
    /// `page.html`, with `{{lang}}`, `{{title}}` and `{{definition}}` to fill.
    let pageTemplate: String
    /// Served name (`dashboard.js`, `dashboard.css`) → contents.
    let assets: [String: [UInt8]]

    static let assetNames = ["dashboard.js", "dashboard.css"]

    /// Loads `folder` (the dashboards and their `assets/`); any broken file or missing asset
    /// is a problem that keeps the server from starting.
    public static func load(
        folder: URL, displayFolder: String = "dashboards", libraries: ChartLibraries, schema: Schema
    ) throws(DashboardCatalogError) -> DashboardSite {
        let catalog = try DashboardCatalog.load(folder: folder, displayFolder: displayFolder, schema: schema)
        let assetsFolder = folder.appendingPathComponent("assets")
        var assets: [String: [UInt8]] = [:]
        var problems: [DashboardProblem] = []
        for name in assetNames + ["page.html"] {
            if let data = FileManager.default.contents(atPath: assetsFolder.appendingPathComponent(name).path) {
                assets[name] = Array(data)
            } else {
                problems.append(DashboardProblem(file: "\(displayFolder)/assets/\(name)", message: "is missing"))
            }
        }
        guard problems.isEmpty, let page = assets.removeValue(forKey: "page.html") else { throw DashboardCatalogError(problems) }
        return DashboardSite(catalog: catalog, libraries: libraries, pageTemplate: String(decoding: page, as: UTF8.self), assets: assets)
    }

    /// The page of `dashboard`: the shell with the definition embedded as JSON.
    func page(_ dashboard: Dashboard) -> String {
        // `</` inside a script element would end it early.
        let definition = dashboard.definition.jsonText.replacingOccurrences(of: "</", with: "<\\/")
        return pageTemplate
            .replacingOccurrences(of: "{{lang}}", with: "zh-CN")
            .replacingOccurrences(of: "{{title}}", with: HTMLText.escape(dashboard.title.zh))
            .replacingOccurrences(of: "{{name}}", with: dashboard.name)
            .replacingOccurrences(of: "{{definition}}", with: definition)
    }
}

/// Text placed inside HTML elements or attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
