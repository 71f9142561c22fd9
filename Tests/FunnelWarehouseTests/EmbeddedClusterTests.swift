import Foundation
import FunnelTestSupport
import FunnelWarehouse
import PostgresNIO
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A cluster of its own (not the shared test cluster): initialise, start, stop, restart, and
/// recover from a pid file a crash left behind.
@Suite struct EmbeddedClusterTests {
    @Test func startStopRestartAndRecoverFromAStalePidFile() async throws {
        let folder = try TestCluster.makeClusterFolder("embedded")
        defer {
            _ = EmbeddedCluster.stopImmediately(directory: folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let cluster = EmbeddedCluster(directory: folder)
        #expect(cluster.status() == .notInitialized)
        #expect(throws: ClusterError.self) { try cluster.databaseURL() }

        let url = try await cluster.start()
        #expect(url.hasPrefix("postgres://funnelhouse@127.0.0.1:"))
        #expect(url.hasSuffix("/funnelhouse"))
        guard case .running(let runningURL, let pid) = cluster.status() else {
            Issue.record("not running after start: \(cluster.status())")
            return
        }
        #expect(runningURL == url)
        #expect(try cluster.databaseURL() == url)
        #expect(try await Self.query(url, "SELECT 1::text") == ["1"])

        // Starting a running cluster changes nothing.
        #expect(try await cluster.start() == url)
        #expect(cluster.status() == .running(url: url, pid: pid))

        try await Self.execute(url, "CREATE TABLE survives (note text)")
        try await Self.execute(url, "INSERT INTO survives VALUES ('重启之后仍在')")
        try await cluster.stop()
        #expect(cluster.status() == .stopped)
        try await cluster.stop()  // stopping a stopped cluster is a no-op
        #expect(cluster.status() == .stopped)

        // Restart: the data is still there. (The same port when it is still free; the parallel
        // suite's own servers and clients may take it meanwhile, so the port is not asserted.)
        let restartedURL = try await cluster.start()
        #expect(try await Self.query(restartedURL, "SELECT note FROM survives") == ["重启之后仍在"])

        // Its port taken meanwhile by another program: a new port, the same data.
        try await cluster.stop()
        let port = Int(restartedURL.split(separator: ":").last!.prefix { $0.isNumber })!
        let squatter = try LoopbackListener(port: port)
        let movedURL = try await cluster.start()
        squatter.close()
        #expect(movedURL != restartedURL)
        #expect(try await Self.query(movedURL, "SELECT note FROM survives") == ["重启之后仍在"])

        // A crash: the server dies without cleaning up, and its pid file names a live process
        // that is not PostgreSQL (ours), as after a reboot that recycled the pid.
        #expect(EmbeddedCluster.stopImmediately(directory: folder) == 0)
        let pidFile = folder + "/data/postmaster.pid"
        try "\(getpid())\n\(folder)/data\n1764000000\n\(port)\n\(folder)/socket\n127.0.0.1\n  5432001         0\nready   \n"
            .write(toFile: pidFile, atomically: true, encoding: .utf8)
        #expect(cluster.status() == .stopped)

        let recoveredURL = try await cluster.start()
        guard case .running(_, let newPID) = cluster.status() else {
            Issue.record("not running after recovery: \(cluster.status())")
            return
        }
        #expect(newPID != getpid())
        #expect(try await Self.query(recoveredURL, "SELECT note FROM survives") == ["重启之后仍在"])

        try await cluster.stop()
        #expect(cluster.status() == .stopped)
        #expect(!FileManager.default.fileExists(atPath: pidFile))
    }

    // MARK: -

    static func query(_ url: String, _ sql: String) async throws -> [String] {
        try await PostgresClient.withRunning(try DatabaseConfiguration.client(url: url), logger: TestCluster.logger) { client in
            try await TestCluster.strings(client, sql)
        }
    }

    static func execute(_ url: String, _ sql: String) async throws {
        _ = try await PostgresClient.withRunning(try DatabaseConfiguration.client(url: url), logger: TestCluster.logger) { client in
            _ = try await client.query(PostgresQuery(unsafeSQL: sql), logger: TestCluster.logger)
        }
    }
}

/// A TCP socket listening on 127.0.0.1:`port`, standing in for another program on that port.
struct LoopbackListener {
    struct Failure: Error { let call: String }

    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard bound, listen(descriptor, 1) == 0 else {
            Glibc.close(descriptor)
            throw Failure(call: "bind/listen")
        }
    }

    func close() { Glibc.close(descriptor) }
}
