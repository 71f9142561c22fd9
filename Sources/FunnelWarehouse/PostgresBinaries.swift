public import Foundation

/// Where the PostgreSQL server programs live. Debian keeps them out of `PATH`
/// (`/usr/lib/postgresql/15/bin`), so we look there first, newest version first.
public struct PostgresBinaries: Sendable {
    public let directory: URL

    public static func locate() throws(ClusterError) -> PostgresBinaries {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let newestFirst = versions.compactMap { Int($0) }.sorted(by: >)
        for version in newestFirst {
            let bin = root.appendingPathComponent("\(version)/bin")
            if FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("initdb").path) {
                return PostgresBinaries(directory: bin)
            }
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for entry in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(entry)).appendingPathComponent("initdb")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return PostgresBinaries(directory: candidate.resolvingSymlinksInPath().deletingLastPathComponent())
            }
        }
        throw .binariesNotFound
    }

    func program(_ name: String) -> URL { directory.appendingPathComponent(name) }
}
