import Foundation
import Logging
import NIOPosix
import PostgresNIO

#if canImport(Glibc)
import Glibc
#endif

/// A private PostgreSQL cluster in a folder of its own: initialised on first start, bound to
/// 127.0.0.1 on a port of its own, with its socket inside the folder.
///
/// Trust authentication is safe here only because the server listens on loopback and its
/// socket folder is private; production deployments pass `--database-url` instead.
public struct EmbeddedCluster: Sendable {
    public enum Status: Sendable, Equatable {
        case notInitialized
        case stopped
        case running(url: String, pid: Int32)
    }

    public static let superuser = "funnelhouse"
    public static let database = "funnelhouse"

    /// Absolute path of the cluster folder.
    public let directory: String
    /// Extra `postgres -c name=value` settings (the test cluster turns durability off).
    public let settings: [String: String]

    public init(directory: String, settings: [String: String] = [:]) {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL.path
        self.settings = settings
    }

    var dataDirectory: String { directory + "/data" }
    var socketDirectory: String { directory + "/socket" }
    var logFile: String { directory + "/postgres.log" }
    var portFile: String { directory + "/port" }

    /// Starts the cluster (initialising it on first use) and returns its database URL.
    /// Starting a running cluster is a no-op; a pid file left by a crash is cleared.
    @discardableResult
    public func start() async throws -> String {
        if case .running(let url, _) = status() { return url }
        let binaries = try PostgresBinaries.locate()
        try prepareFolders()
        if !FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") {
            try await initialise(binaries)
        }
        clearStalePidFile()
        let port = try choosePort()
        var options = [
            "-p \(port)", "-k \(socketDirectory)", "-c listen_addresses=127.0.0.1",
        ]
        for (name, value) in settings.sorted(by: { $0.key < $1.key }) { options.append("-c \(name)=\(value)") }
        let output = try await ServerProcess.run(
            binaries.program("pg_ctl"),
            ["-D", dataDirectory, "-l", logFile, "-w", "-t", "60", "-o", options.joined(separator: " "), "start"]
        )
        guard output.status == 0 else {
            let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
            throw ClusterError.startFailed(directory: directory, output: output.text, log: log)
        }
        try String(port).write(toFile: portFile, atomically: true, encoding: .utf8)
        try await createDatabaseIfMissing(port: port)
        return Self.url(port: port)
    }

    /// Stops the cluster (fast shutdown: open sessions are ended, nothing is lost).
    public func stop() async throws {
        guard case .running = status() else { return }
        let binaries = try PostgresBinaries.locate()
        let output = try await ServerProcess.run(
            binaries.program("pg_ctl"), ["-D", dataDirectory, "-m", "fast", "-w", "-t", "60", "stop"]
        )
        guard output.status == 0 else { throw ClusterError.stopFailed(directory: directory, output: output.text) }
    }

    /// Stops a cluster without waiting for sessions, blocking: for `atexit` handlers, where
    /// nothing async can run any more. Returns pg_ctl's exit code.
    public static func stopImmediately(directory: String) -> Int32 {
        guard let binaries = try? PostgresBinaries.locate() else { return -1 }
        return ServerProcess.runBlocking(
            binaries.program("pg_ctl"), ["-D", directory + "/data", "-m", "immediate", "-w", "stop"]
        )
    }

    public func status() -> Status {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else { return .notInitialized }
        guard let pidFile = try? String(contentsOfFile: dataDirectory + "/postmaster.pid", encoding: .utf8) else {
            return .stopped
        }
        // postmaster.pid: line 1 the pid, line 4 the port.
        let lines = pidFile.split(separator: "\n", omittingEmptySubsequences: false)
        guard let pid = lines.first.flatMap({ Int32($0) }), ServerProcess.isAlive(pid: pid),
              lines.count > 3, let port = Int(lines[3])
        else { return .stopped }
        return .running(url: Self.url(port: port), pid: pid)
    }

    /// The URL of the running cluster.
    public func databaseURL() throws -> String {
        guard case .running(let url, _) = status() else { throw ClusterError.notRunning(directory: directory) }
        return url
    }

    static func url(port: Int) -> String {
        "postgres://\(superuser)@127.0.0.1:\(port)/\(database)"
    }

    private func prepareFolders() throws {
        for folder in [directory, socketDirectory] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        // The postgres user must be able to reach the folder; its data folder stays 0700.
        chmod(directory, 0o755)
        chmod(socketDirectory, 0o700)
        if !FileManager.default.fileExists(atPath: logFile) {
            _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        }
        try ServerProcess.handOver(directory)
    }

    private func initialise(_ binaries: PostgresBinaries) async throws {
        try? FileManager.default.removeItem(atPath: dataDirectory)
        let output = try await ServerProcess.run(
            binaries.program("initdb"),
            ["-D", dataDirectory, "-U", Self.superuser, "--auth=trust", "--encoding=UTF8",
             "--locale=C.UTF-8", "--no-instructions"]
        )
        guard output.status == 0 else { throw ClusterError.initFailed(directory: directory, output: output.text) }
    }

    /// After a crash `postmaster.pid` names a dead process; PostgreSQL would refuse to start
    /// if that pid had been reused, so we remove the file ourselves.
    private func clearStalePidFile() {
        let path = dataDirectory + "/postmaster.pid"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        let pid = text.split(separator: "\n").first.flatMap { Int32($0) } ?? 0
        if !ServerProcess.isAlive(pid: pid) { try? FileManager.default.removeItem(atPath: path) }
    }

    /// The port used last time if it is still free, else a new free one.
    private func choosePort() throws(ClusterError) -> Int {
        if let text = try? String(contentsOfFile: portFile, encoding: .utf8),
           let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), LoopbackPort.isFree(port) {
            return port
        }
        return try LoopbackPort.free()
    }

    private func createDatabaseIfMissing(port: Int) async throws {
        let configuration = PostgresConnection.Configuration(
            host: "127.0.0.1", port: port, username: Self.superuser, password: nil, database: "postgres", tls: .disable
        )
        let logger = Logger(label: "funnelhouse.cluster")
        do {
            let connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            )
            defer { Task { try? await connection.close() } }
            let rows = try await connection.query(
                "SELECT 1 FROM pg_database WHERE datname = \(Self.database)", logger: logger
            )
            var exists = false
            for try await _ in rows { exists = true }
            if !exists {
                try await connection.query("CREATE DATABASE \(unescaped: Self.database)", logger: logger)
            }
        } catch {
            throw ClusterError.bootstrapFailed(String(reflecting: error))
        }
    }
}

/// Free TCP ports on 127.0.0.1, found by letting the kernel pick one.
enum LoopbackPort {
    static func free() throws(ClusterError) -> Int {
        guard let port = bind(0) else { throw .noFreePort(String(cString: strerror(errno))) }
        return port
    }

    static func isFree(_ port: Int) -> Bool { bind(port) != nil }

    private static func bind(_ port: Int) -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, length) == 0 }
        }
        guard bound else { return nil }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
        }
        return named ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }
}
