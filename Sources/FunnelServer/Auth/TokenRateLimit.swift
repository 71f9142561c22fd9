import FunnelSchema
import HTTPTypes
public import Hummingbird
import Logging

/// A request budget per bearer token: a token bucket of `requestsPerMinute` capacity,
/// refilled continuously. Over budget a request gets 429 with `Retry-After` and a
/// `SERVICE_UNAVAILABLE` error (the condition passes; the query itself was fine).
public struct TokenRateLimit: RouterMiddleware {
    public typealias Context = FunnelRequestContext

    /// Dashboards fire a handful of queries per view; ten a second per token is ample for people
    /// and still stops a runaway script.
    public static let defaultRequestsPerMinute = 600

    let buckets: RequestBuckets

    public init(requestsPerMinute: Int = defaultRequestsPerMinute) {
        buckets = RequestBuckets(capacity: requestsPerMinute, refill: .seconds(60))
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // Behind BearerAuthentication the header or cookie holds a verified token; its signature names it.
        let key = ((try? BearerAuthentication.token(in: request)) ?? "").split(separator: ".").last.map(String.init) ?? ""
        guard let wait = await buckets.take(key: key, now: .now) else { return try await next(request, context) }
        let seconds = max(1, Int(wait.inSeconds.rounded(.up)))
        let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) ?? .json
        var headers = HTTPFields()
        headers[.retryAfter] = String(seconds)
        context.logger.notice("rate limit reached", metadata: ["retry_after": .stringConvertible(seconds)])
        return GraphQLResponseWriter.failure(
            GraphQLError(
                "rate limit: at most \(buckets.capacity) requests per minute per token; retry in \(seconds) s",
                code: .serviceUnavailable
            ),
            status: .tooManyRequests, mediaType: mediaType, headers: headers
        )
    }
}

/// Token buckets by key. Full buckets are forgotten, so memory follows the active tokens only.
public actor RequestBuckets {
    public nonisolated let capacity: Int
    /// How long an empty bucket takes to fill.
    let refill: Duration
    private var levels: [String: (tokens: Double, at: ContinuousClock.Instant)] = [:]

    public init(capacity: Int, refill: Duration) {
        precondition(capacity > 0, "a bucket holds at least one request")
        self.capacity = capacity
        self.refill = refill
    }

    /// Takes one request from `key`'s bucket: nil when admitted, else how long until one is available.
    public func take(key: String, now: ContinuousClock.Instant) -> Duration? {
        let perSecond = Double(capacity) / refill.inSeconds
        var tokens = Double(capacity)
        if let level = levels[key] {
            tokens = min(Double(capacity), level.tokens + max(0, (now - level.at).inSeconds) * perSecond)
        }
        guard tokens >= 1 else {
            levels[key] = (tokens, now)
            return .seconds((1 - tokens) / perSecond)
        }
        levels[key] = (tokens - 1, now)
        if levels.count > 10_000 { forgetFullBuckets(now: now, perSecond: perSecond) }
        return nil
    }

    private func forgetFullBuckets(now: ContinuousClock.Instant, perSecond: Double) {
        levels = levels.filter { _, level in level.tokens + (now - level.at).inSeconds * perSecond < Double(capacity) }
    }
}
