import Metrics
import HTTPTypes
public import Hummingbird
public import Prometheus

/// The process's Prometheus registry, installed as the swift-metrics factory the first time
/// it is used, so Hummingbird's `MetricsMiddleware` (request counts and durations by route,
/// method and status) lands in it.
public enum ServerMetrics {
    /// `MetricsSystem` can be bootstrapped once per process; this lazy constant is that once.
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.nameAndLabelSanitizer = { name, labels in
            (prometheusName(name), labels.map { (prometheusName($0.0), $0.1) })
        }
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    /// `GET /metrics`: the registry in the Prometheus text format, version 0.0.4.
    public static func register(on router: some RouterMethods<FunnelRequestContext>) {
        router.get("/metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }

    /// `http.server.request.duration` → `http_server_request_duration`.
    static func prometheusName(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
