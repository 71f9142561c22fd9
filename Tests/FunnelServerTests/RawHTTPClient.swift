import FunnelServer
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import ServiceLifecycle

/// A bare HTTP/1.1 client on NIO: sends one request with `Connection: close` and returns the
/// raw response text. With `tls`, the request is written only after the handshake, so a
/// refused handshake surfaces as the handshake's own error.
enum RawHTTPClient {
    static func send(
        _ request: String, port: Int, tls: TLSConfiguration? = nil, serverHostname: String? = nil
    ) async throws -> String {
        let sslContext = try tls.map { try NIOSSLContext(configuration: $0) }
        let group = MultiThreadedEventLoopGroup.singleton
        let promise = group.next().makePromise(of: String.self)
        let bytes = ByteBuffer(string: request)
        let channel = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let collector = ResponseCollector(request: bytes, waitsForHandshake: sslContext != nil, promise: promise)
                    if let sslContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: sslContext, serverHostname: serverHostname))
                    }
                    try channel.pipeline.syncOperations.addHandler(collector)
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        do {
            return try await promise.futureResult.get()
        } catch {
            try? await channel.close()
            throw error
        }
    }
}

private final class ResponseCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let request: ByteBuffer
    private let waitsForHandshake: Bool
    private let promise: EventLoopPromise<String>
    private var received = ByteBuffer()

    init(request: ByteBuffer, waitsForHandshake: Bool, promise: EventLoopPromise<String>) {
        self.request = request
        self.waitsForHandshake = waitsForHandshake
        self.promise = promise
    }

    func channelActive(context: ChannelHandlerContext) {
        if !waitsForHandshake { context.writeAndFlush(wrapOutboundOut(request), promise: nil) }
        context.fireChannelActive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted? = event as? TLSUserEvent {
            context.writeAndFlush(wrapOutboundOut(request), promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        received.writeBuffer(&buffer)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise.fail(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.succeed(String(buffer: received))
    }
}

/// The real application on a free loopback port, for as long as `body` runs.
enum LiveServer {
    static func with<T: Sendable>(
        transport: ServerSettings.Transport,
        service: any GraphQLService = FixedOutcomeService(Harness.executed),
        ingest: IngestEndpoint? = nil,
        _ body: @Sendable (_ port: Int, _ group: ServiceGroup) async throws -> T
    ) async throws -> T {
        let router = FunnelServer.router(
            service: service, authority: await Harness.authority(), readiness: FixedReadiness(reasons: []), ingest: ingest
        )
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        let logger = Logger(label: "funnelhouse.tests.server")
        let app = try FunnelServer.application(
            router: router, settings: ServerSettings(host: "127.0.0.1", port: 0, transport: transport), logger: logger
        ) { port in listening.yield(port) }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            do {
                let result = try await body(port, group)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
