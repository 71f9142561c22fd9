import FunnelPlanner
import FunnelSchema
import FunnelServer
import ServiceLifecycle
import Testing

/// An engine that takes its time, and says when a request has reached it.
struct SlowService: GraphQLService {
    let reached: AsyncStream<Void>.Continuation

    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse {
        reached.yield()
        try? await Task.sleep(for: .milliseconds(700))
        return Harness.executed
    }
}

@Suite struct LifecycleTests {
    @Test func gracefulShutdownFinishesInFlightRequests() async throws {
        let token = try await Harness.directorToken()
        let (reached, continuation) = AsyncStream.makeStream(of: Void.self)
        let body = #"{"query":"{ me { org } }"}"#
        let request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n"
            + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        try await LiveServer.with(transport: .http, service: SlowService(reached: continuation)) { port, group in
            async let response = RawHTTPClient.send(request, port: port)
            var iterator = reached.makeAsyncIterator()
            _ = await iterator.next()
            // The request is inside the engine now; shutting down must still let it answer.
            await group.triggerGracefulShutdown()
            let text = try await response
            #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(text.hasSuffix("\r\n\r\n" + Harness.executedBody))
        }
    }
}
