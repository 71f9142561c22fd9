public import Foundation

/// The chart libraries the page loads, taken from Debian's packages under `--js-lib-dir`
/// (default `/usr/share`) so the page works offline: no CDN, no npm build.
public struct ChartLibraries: Sendable {
    struct Library: Sendable {
        /// Served as `/dashboards/lib/NAME`.
        let name: String
        let relativePath: String
        let debianPackage: String
    }

    static let expected = [
        Library(name: "chart.js", relativePath: "javascript/chart.js/chart.min.js", debianPackage: "libjs-chart.js"),
        Library(name: "d3.js", relativePath: "nodejs/d3/dist/d3.min.js", debianPackage: "node-d3"),
    ]

    public static let defaultRoot = "/usr/share"

    /// Served name → file contents, for the libraries found.
    let files: [String: [UInt8]]
    /// One line per missing library, naming the Debian package that provides it.
    public let warnings: [String]

    /// Reads the libraries once, at start (they are a few hundred kB).
    public init(root: String = defaultRoot) {
        var files: [String: [UInt8]] = [:]
        var warnings: [String] = []
        for library in Self.expected {
            let path = URL(fileURLWithPath: root).appendingPathComponent(library.relativePath).path
            if let data = FileManager.default.contents(atPath: path) {
                files[library.name] = Array(data)
            } else {
                warnings.append(
                    "dashboards: \(path) is missing, so charts will not draw; install the Debian package "
                        + "\(library.debianPackage) (scripts/install-deps) or point --js-lib-dir at its root"
                )
            }
        }
        self.files = files
        self.warnings = warnings
    }
}
