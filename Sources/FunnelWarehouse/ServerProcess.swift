import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a PostgreSQL server program to completion.
///
/// PostgreSQL refuses to run as root, so when we are root the program runs as the
/// `postgres` OS user (through `runuser`), and the files it writes must belong to that user.
///
/// Foundation's `Process` is not used: on Linux it notices a child's exit through a
/// descriptor the child inherits, and `pg_ctl start` leaves a daemon holding it, so the exit
/// would never be seen. We spawn and `waitpid` ourselves, on a thread of our own.
enum ServerProcess {
    struct Output: Sendable {
        let status: Int32
        let text: String
    }

    static var runsAsRoot: Bool { geteuid() == 0 }

    static func run(_ program: URL, _ arguments: [String]) async throws(ClusterError) -> Output {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("funnelhouse-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let pid = try spawn(program, arguments, outputPath: outputPath)
        let status = await ChildExit.status(of: pid)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Output(status: status, text: text)
    }

    /// The blocking form, for `atexit` handlers.
    static func runBlocking(_ program: URL, _ arguments: [String]) -> Int32 {
        guard let pid = try? spawn(program, arguments, outputPath: "/dev/null") else { return -1 }
        return ChildExit.waitBlocking(pid)
    }

    private static func spawn(_ program: URL, _ arguments: [String], outputPath: String) throws(ClusterError) -> pid_t {
        var argv = [program.path] + arguments
        var executable = program.path
        if runsAsRoot {
            guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
            else { throw .cannotRunAsPostgresUser("runuser not found") }
            executable = runuser
            argv = [runuser, "-u", "postgres", "--"] + argv
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, &cArguments, environ)
        guard result == 0 else {
            throw .processFailed(program.lastPathComponent, String(cString: strerror(result)))
        }
        return pid
    }

    /// Gives the `postgres` user ownership of `path` (recursively) when we run as root.
    static func handOver(_ path: String) throws(ClusterError) {
        guard runsAsRoot else { return }
        guard let user = getpwnam("postgres") else { throw .cannotRunAsPostgresUser("no postgres OS user") }
        let uid = user.pointee.pw_uid
        let gid = user.pointee.pw_gid
        var paths = [path]
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            while let child = enumerator.nextObject() as? String { paths.append(path + "/" + child) }
        }
        for item in paths where lchown(item, uid, gid) != 0 {
            throw .cannotRunAsPostgresUser("chown \(item): \(String(cString: strerror(errno)))")
        }
    }

    static func isAlive(pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        // A recycled pid that now belongs to another program is not our server.
        if let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) {
            return comm.hasPrefix("postgres")
        }
        return true
    }
}
