import Foundation

/// graphql-core 3.2.8 (Tests/python/graphql_core_peer.py) run as a separate process: the
/// reference our printer and introspection are compared with.
enum GraphQLCorePeer {
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "graphql_core_peer.py exited \(status): \(stderr)" }
    }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/graphql_core_peer.py")

    /// `print_schema(build_schema(sdl))`.
    static func reprinted(sdl: String) throws -> String {
        try run("sdl", input: sdl)
    }

    /// Runs the peer with `command`, handing `input` over in a temporary file.
    static func run(_ command: String, input: String? = nil) throws -> String {
        var arguments = ["python3", script.path, command]
        var inputFile: URL?
        if let input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).txt")
            try Data(input.utf8).write(to: file)
            arguments.append(file.path)
            inputFile = file
        }
        defer { inputFile.map { try? FileManager.default.removeItem(at: $0) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
