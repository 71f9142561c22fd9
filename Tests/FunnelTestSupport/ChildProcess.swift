import Foundation
import FunnelWarehouse

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion for a test: a Python peer, a checksum oracle, a client.
///
/// Foundation's `Process` reads pipes and waits with blocking calls; made from a test, they
/// sit on a thread of the cooperative pool, and on two cores a parallel run starved the pool
/// and hung. Here the child writes to temporary files and `ChildExit` waits for it.
public enum ChildProcess {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let command: String
        public let status: Int32
        public let errors: String
        public var description: String { "\(command) exited \(status): \(errors)" }
    }

    /// The program's standard output; a non-zero exit is a `Failure` carrying its stderr.
    public static func output(_ arguments: [String]) async throws -> String {
        let result = try await run(arguments)
        guard result.status == 0 else {
            throw Failure(command: arguments.joined(separator: " "), status: result.status, errors: result.errors)
        }
        return result.output
    }

    /// Runs `arguments[0]`, looked up on PATH, with the rest as its arguments.
    public static func run(_ arguments: [String]) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("stdout").path
        let errorPath = folder.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ["/usr/bin/env"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw Failure(command: arguments.joined(separator: " "), status: -1, errors: String(cString: strerror(spawned)))
        }
        let status = await ChildExit.status(of: pid)
        return Result(
            status: status,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        )
    }
}
