import Foundation

/// graphql-core 3.2.8 (Tests/python/graphql_core_peer.py) run as a separate process: the
/// reference our printer and introspection are compared with.
public enum GraphQLCorePeer {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/graphql_core_peer.py")

    /// Runs the peer with `command`, handing `input` over in a temporary file.
    public static func run(_ command: String, input: String? = nil) async throws -> String {
        var arguments = ["python3", script.path, command]
        var inputFile: URL?
        if let input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).txt")
            try Data(input.utf8).write(to: file)
            arguments.append(file.path)
            inputFile = file
        }
        defer { inputFile.map { try? FileManager.default.removeItem(at: $0) } }
        return try await ChildProcess.output(arguments)
    }
}
