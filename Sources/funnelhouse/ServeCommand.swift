import ArgumentParser
import Foundation
import FunnelDemo
import FunnelEngine
import FunnelExport
import FunnelPlanner
import FunnelSchema
import FunnelServer
import FunnelWarehouse
import Logging
import PostgresNIO

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Runs the HTTPS query server (POST/GET /graphql, POST /ingest, /healthz, /readyz, /metrics)."
    )

    @Flag(help: "Load the demo organisations when the warehouse is empty, and print a URL and a director token.")
    var demo = false
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0: any free port).") var port = 8443
    @Option(name: .customLong("tls-cert"), help: "PEM certificate chain (default: a self-signed one under .funnelhouse/tls/).")
    var tlsCert: String?
    @Option(name: .customLong("tls-key"), help: "PEM private key of --tls-cert.") var tlsKey: String?
    @Flag(name: .customLong("insecure-http"), help: "Serve plain HTTP (local experiments only).") var insecureHTTP = false
    @Option(name: .customLong("statement-timeout"), help: "Seconds a query statement may run before PostgreSQL cancels it.")
    var statementTimeout = Int(ServerDatabase.defaultStatementTimeout.components.seconds)
    @Option(name: .customLong("refresh-interval"), help: "Seconds between background refreshes of the reporting views.")
    var refreshInterval = 300
    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted (413 above).")
    var maxBodyBytes = GraphQLEndpoint.defaultBodyLimit
    @Option(name: .customLong("max-ingest-bytes"), help: "Largest POST /ingest body accepted (413 above).")
    var maxIngestBytes = IngestEndpoint.defaultBodyLimit
    @Option(name: .customLong("rate-limit"), help: "Requests per minute per token (0: unlimited).")
    var rateLimit = TokenRateLimit.defaultRequestsPerMinute
    @Option(help: "The dashboards folder (default: $FUNNELHOUSE_DASHBOARDS_DIR, else dashboards/ here or above the executable).")
    var dashboards: String?
    @Option(name: .customLong("js-lib-dir"), help: "Root of Debian's JavaScript packages (libjs-chart.js, node-d3).")
    var jsLibDir = ChartLibraries.defaultRoot
    @Option(name: .customLong("demo-scale"), help: "Volume multiplier of the --demo data set (as seed --scale; 0.05 loads in seconds).")
    var demoScale = 1.0

    func validate() throws {
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
        if insecureHTTP && tlsCert != nil { throw ValidationError("--insecure-http excludes --tls-cert and --tls-key") }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...3600).contains(statementTimeout) else { throw ValidationError("--statement-timeout must be 1 to 3600 seconds") }
        guard refreshInterval >= 5 else { throw ValidationError("--refresh-interval must be at least 5 seconds") }
        guard maxBodyBytes >= 1024 else { throw ValidationError("--max-body-bytes must be at least 1024") }
        guard maxIngestBytes >= 1024 else { throw ValidationError("--max-ingest-bytes must be at least 1024") }
        guard rateLimit >= 0 else { throw ValidationError("--rate-limit must be 0 (unlimited) or more") }
        guard demoScale > 0, demoScale <= 200 else { throw ValidationError("--demo-scale must be above 0 and at most 200") }
    }

    func run() async throws {
        let logger = Self.serverLogger()
        let site = try loadDashboards()
        let url = try await database.resolveURL()
        let migrator = Migrator(directory: try SQLDirectory.locate())
        // Migrations and the demo import run on their own connection, outside the statement timeout.
        let (demoOrg, loaded) = try await PostgresClient.withRunning(try DatabaseConfiguration.client(url: url), logger: logger) { client in
            try await migrator.migrate(on: client, logger: logger)
            return demo ? try await Self.ensureDemoData(client: client, scale: demoScale, logger: logger) : (nil, false)
        }
        let planner = try ReportPlanner(sqlDirectory: migrator.directory)

        let transport: ServerSettings.Transport
        if insecureHTTP {
            transport = .http
        } else if let tlsCert, let tlsKey {
            transport = .https(try ServerTLS.configuration(certificatePath: tlsCert, privateKeyPath: tlsKey))
        } else {
            let certificate = try DevelopmentCertificate.ensure()
            transport = .https(try ServerTLS.configuration(
                certificatePath: certificate.certificatePath, privateKeyPath: certificate.privateKeyPath
            ))
        }
        let settings = ServerSettings(
            host: host, port: port, transport: transport, bodyLimit: maxBodyBytes,
            requestsPerMinute: rateLimit == 0 ? nil : rateLimit
        )
        let authority = await TokenAuthority(key: try SigningKey.resolve())

        let client = PostgresClient(
            configuration: try ServerDatabase.pool(url: url, statementTimeout: .seconds(statementTimeout)),
            backgroundLogger: logger
        )
        let scheme = insecureHTTP ? "http" : "https"
        let displayHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        let engine = QueryEngine(planner: planner, reader: WarehouseReader(client: client, logger: logger))
        // View refreshes run for minutes at production volume: their own small pool, without
        // the query pool's statement timeout.
        var maintenancePool = try DatabaseConfiguration.client(url: url)
        // Ingest loads run here too, also without the timeout: the refresher, a load, one spare.
        maintenancePool.options.maximumConnections = 3
        let maintenance = PostgresClient(configuration: maintenancePool, backgroundLogger: logger)
        let refresh = RefreshSchedule(
            refresher: ViewRefresher(client: maintenance, logger: logger), interval: .seconds(refreshInterval)
        )
        // Data may have arrived since the last refresh (an import, another server); catch up at once
        // unless the demo load has just refreshed.
        if !loaded { refresh.requestRefresh() }
        try await FunnelServer.run(
            settings: settings, service: EngineService(engine: engine, logger: logger), authority: authority,
            database: client, migrator: migrator, refresh: refresh, services: [maintenance], dashboards: site,
            ingest: IngestEndpoint(importer: Importer(client: maintenance, logger: logger), refresh: refresh, bodyLimit: maxIngestBytes),
            exporter: try Exporter(documentsFolder: migrator.directory.appendingPathComponent("exports")), logger: logger
        ) { boundPort in
            let base = "\(scheme)://\(displayHost):\(boundPort)"
            var lines = ["listening on \(base)/graphql (dashboards: \(base)/dashboards/)"]
            if let demoOrg {
                do {
                    let token = try await authority.issue(scope: AccessScope(orgID: demoOrg, role: .director), lifetime: .seconds(24 * 3600))
                    lines += [
                        "director token for \(demoOrg) (24 h):", token,
                        "dashboard: \(base)/dashboards/director?token=\(token)",
                        "try: curl -k -H 'Authorization: Bearer \(token)' -H 'Content-Type: application/json' "
                            + "-d '{\"query\":\"{ __typename }\"}' \(base)/graphql",
                    ]
                } catch {
                    lines.append("cannot issue the demo token: \(error)")
                }
            }
            // Unbuffered, so a supervisor reading a pipe sees it at once.
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }

    /// The first org of the warehouse, after loading (and refreshing) the demo organisations
    /// if it has none; `loaded` says whether that happened now.
    private static func ensureDemoData(client: PostgresClient, scale: Double, logger: Logger) async throws -> (org: String?, loaded: Bool) {
        if let org = try await firstOrg(client: client, logger: logger) { return (org, false) }
        let options = DemoOptions(scale: scale, asOfDay: DemoDataSet.todayInShanghai())
        FileHandle.standardOutput.write(Data("the warehouse is empty: loading the demo organisations\n".utf8))
        var lines = try await DemoDataSet.load(options, client: client, logger: logger)
        // The reporting views answer queries; fill them before the first one arrives.
        let refreshed = try await ViewRefresher(client: client, logger: logger).refresh()
        lines.append("refreshed \(refreshed.count) reporting views in \(Int(refreshed.reduce(0) { $0 + $1.milliseconds })) ms")
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        return (try await firstOrg(client: client, logger: logger), true)
    }

    /// The dashboards, checked against the schema before anything starts; a missing chart
    /// library is a warning (the page says so too), a broken dashboard file an error.
    private func loadDashboards() throws -> DashboardSite {
        let folder: URL
        if let dashboards {
            folder = URL(fileURLWithPath: dashboards)
        } else if let found = DashboardCatalog.locateFolder() {
            folder = found
        } else {
            throw DashboardCatalogError([DashboardProblem(
                file: "dashboards", message: "no dashboards folder found here or above the executable; pass --dashboards DIR"
            )])
        }
        let libraries = ChartLibraries(root: jsLibDir)
        for warning in libraries.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        return try DashboardSite.load(
            folder: folder, displayFolder: dashboards ?? "dashboards", libraries: libraries, schema: FunnelhouseSchema.schema
        )
    }

    /// The first org of the warehouse (demo tokens and `query` default to it).
    static func firstOrg(client: PostgresClient, logger: Logger) async throws -> String? {
        let rows = try await client.query("SELECT org_id FROM warehouse.orgs ORDER BY org_id LIMIT 1", logger: logger)
        for try await org in rows.decode(String.self) { return org }
        return nil
    }

    /// Request lines at info by default (a server's log is its access log); `FUNNELHOUSE_LOG_LEVEL` overrides.
    private static func serverLogger() -> Logger {
        var logger = Logger(label: "funnelhouse.serve")
        let level = ProcessInfo.processInfo.environment["FUNNELHOUSE_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) }
        logger.logLevel = level ?? .info
        return logger
    }
}

extension DashboardCatalogError: UserFacingError {
    var problemLines: [String] { problems.map(\.description) }
}

extension ServerTLS.Problem: UserFacingError {
    var problemLines: [String] { [description] }
}
