import Foundation
import HTTPTypes
public import Hummingbird
import Logging

/// One `info` line per finished request: method, path, status, duration (the request id
/// comes with the context's logger).
public struct AccessLog<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        let status: HTTPResponse.Status
        do {
            let response = try await next(request, context)
            status = response.status
            log(request, status: status, since: started, context: context)
            return response
        } catch {
            status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            log(request, status: status, since: started, context: context)
            throw error
        }
    }

    private func log(_ request: Request, status: HTTPResponse.Status, since started: ContinuousClock.Instant, context: Context) {
        let milliseconds = (ContinuousClock.now - started).inSeconds * 1000
        context.logger.info("request", metadata: [
            "http.method": .string(request.method.rawValue),
            "http.path": .string(request.uri.path),
            "http.status": .stringConvertible(status.code),
            "duration_ms": .string(String(format: "%.1f", milliseconds)),
        ])
    }
}
