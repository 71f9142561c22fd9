/// Why the embedded PostgreSQL cluster could not do what was asked.
public enum ClusterError: Error, Sendable, CustomStringConvertible {
    case binariesNotFound
    case cannotRunAsPostgresUser(String)
    case processFailed(String, String)
    case initFailed(directory: String, output: String)
    case startFailed(directory: String, output: String, log: String)
    case stopFailed(directory: String, output: String)
    case notRunning(directory: String)
    case noFreePort(String)
    case bootstrapFailed(String)

    public var description: String {
        switch self {
        case .binariesNotFound:
            "PostgreSQL server programs not found (looked in /usr/lib/postgresql/*/bin and PATH); install Debian's postgresql package"
        case .cannotRunAsPostgresUser(let reason):
            "cannot run PostgreSQL as the postgres OS user (it refuses to run as root): \(reason)"
        case .processFailed(let program, let reason):
            "\(program) could not run: \(reason)"
        case .initFailed(let directory, let output):
            "initdb failed for \(directory): \(Self.lastLines(output))"
        case .startFailed(let directory, let output, let log):
            "PostgreSQL did not start in \(directory): \(Self.lastLines(output)) \(Self.lastLines(log))"
        case .stopFailed(let directory, let output):
            "PostgreSQL did not stop in \(directory): \(Self.lastLines(output))"
        case .notRunning(let directory):
            "the embedded cluster in \(directory) is not running (start it with `funnelhouse db start`)"
        case .noFreePort(let reason):
            "no free TCP port on 127.0.0.1: \(reason)"
        case .bootstrapFailed(let reason):
            "could not create the funnelhouse database: \(reason)"
        }
    }

    private static func lastLines(_ text: String) -> String {
        text.split(separator: "\n").suffix(4).joined(separator: " | ")
    }
}
