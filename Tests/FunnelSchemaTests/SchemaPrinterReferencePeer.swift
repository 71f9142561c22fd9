import FunnelTestSupport

extension GraphQLCorePeer {
    /// `print_schema(build_schema(sdl))`.
    static func reprinted(sdl: String) async throws -> String {
        try await run("sdl", input: sdl)
    }
}
