public import Foundation

/// Finds the `sql/` folder: `FUNNELHOUSE_SQL_DIR`, else `./sql`, else the first `sql/` with
/// migrations above the executable (so `.build/debug/funnelhouse` works from anywhere in the
/// repository, and a container sets the variable).
public enum SQLDirectory {
    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var description: String {
            "cannot find the sql/ folder of migrations; run from the repository or set FUNNELHOUSE_SQL_DIR"
        }
    }

    public static func locate() throws(NotFound) -> URL {
        if let configured = ProcessInfo.processInfo.environment["FUNNELHOUSE_SQL_DIR"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("sql")]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            candidates.append(folder.appendingPathComponent("sql"))
            folder.deleteLastPathComponent()
        }
        for candidate in candidates where holdsMigrations(candidate) { return candidate }
        throw NotFound()
    }

    private static func holdsMigrations(_ folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { $0.hasSuffix(".sql") && $0.first?.isNumber == true }
    }
}
