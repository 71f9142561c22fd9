public import FunnelExport
public import FunnelWarehouse
public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
public import Logging
public import NIOSSL
public import PostgresNIO
public import ServiceLifecycle
import UnixSignals

/// Where and how the server listens.
public struct ServerSettings: Sendable {
    public enum Transport: Sendable {
        case https(TLSConfiguration)
        /// `--insecure-http`: local experiments and tests only.
        case http
    }

    public var host: String
    public var port: Int
    public var transport: Transport
    public var bodyLimit: Int
    /// Requests per minute per token; nil: unlimited.
    public var requestsPerMinute: Int?

    public init(
        host: String = "127.0.0.1", port: Int = 8443, transport: Transport,
        bodyLimit: Int = GraphQLEndpoint.defaultBodyLimit,
        requestsPerMinute: Int? = TokenRateLimit.defaultRequestsPerMinute
    ) {
        self.host = host
        self.port = port
        self.transport = transport
        self.bodyLimit = bodyLimit
        self.requestsPerMinute = requestsPerMinute
    }
}

/// The HTTPS query server: routes, middleware, and the service group it runs in.
public enum FunnelServer {
    /// Every route. `/healthz`, `/readyz` and the dashboards' static files are open; everything
    /// else needs a bearer token (or, from a dashboard page, its cookie).
    public static func router(
        service: any GraphQLService,
        authority: TokenAuthority,
        readiness: any ReadinessProbe,
        bodyLimit: Int = GraphQLEndpoint.defaultBodyLimit,
        requestsPerMinute: Int? = TokenRateLimit.defaultRequestsPerMinute,
        dashboards: DashboardSite? = nil,
        ingest: IngestEndpoint? = nil,
        exporter: Exporter? = nil
    ) -> Router<FunnelRequestContext> {
        _ = ServerMetrics.registry
        let router = Router(context: FunnelRequestContext.self)
        router.add(middleware: RequestIdentification())
        router.add(middleware: AccessLog())
        router.add(middleware: MetricsMiddleware())
        HealthRoutes(readiness: readiness).register(on: router)
        if let dashboards { DashboardRoutes(site: dashboards, authority: authority).register(open: router, pages: router) }
        let authenticated = router.group().add(middleware: BearerAuthentication(authority: authority))
        if let requestsPerMinute { authenticated.add(middleware: TokenRateLimit(requestsPerMinute: requestsPerMinute)) }
        GraphQLEndpoint(service: service, bodyLimit: bodyLimit).register(on: authenticated)
        if let exporter { ExportEndpoint(service: service, exporter: exporter).register(on: authenticated) }
        ServerMetrics.register(on: authenticated)
        ingest?.register(on: authenticated)
        return router
    }

    /// The Hummingbird application for `router` under `settings`.
    ///
    /// - Parameter onListening: called with the bound port once the server accepts connections.
    public static func application(
        router: Router<FunnelRequestContext>,
        settings: ServerSettings,
        logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let server: HTTPServerBuilder = switch settings.transport {
        case .https(let tls): try .tls(.http1(), tlsConfiguration: tls)
        case .http: .http1()
        }
        return Application(
            router: router,
            server: server,
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port),
                serverName: "funnelhouse"
            ),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? settings.port) },
            logger: logger
        )
    }

    /// Runs the server, its PostgreSQL pool, the view refresh schedule and `services` (e.g. a
    /// pool of the refresher's own) until SIGINT or SIGTERM, then shuts down gracefully: the
    /// listener stops, in-flight requests finish, the pools close last.
    public static func run(
        settings: ServerSettings,
        service: any GraphQLService,
        authority: TokenAuthority,
        database: PostgresClient,
        migrator: Migrator,
        refresh: RefreshSchedule? = nil,
        services: [any Service] = [],
        dashboards: DashboardSite? = nil,
        ingest: IngestEndpoint? = nil,
        exporter: Exporter? = nil,
        logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let router = router(
            service: service, authority: authority,
            readiness: DatabaseReadiness(client: database, migrator: migrator),
            bodyLimit: settings.bodyLimit, requestsPerMinute: settings.requestsPerMinute,
            dashboards: dashboards, ingest: ingest, exporter: exporter
        )
        let app = try application(router: router, settings: settings, logger: logger, onListening: onListening)
        let group = ServiceGroup(configuration: .init(
            // Shutdown runs in reverse: refresher, listener, `services` (e.g. the refresher's own
            // pool), the query pool last.
            services: [database] + services + [app] + (refresh.map { [ViewRefreshService(schedule: $0)] } ?? []),
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        ))
        try await group.run()
    }
}
