public import Logging

/// Keeps the reporting views fresh: refreshes on an interval and promptly after an import
/// asks for it. Requests that arrive while a refresh runs collapse into one more refresh.
/// Across processes, `refresh_views()`'s advisory lock lets only one of them refresh.
public struct RefreshSchedule: Sendable {
    public let refresher: ViewRefresher
    public let interval: Duration
    private let requests: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    public init(refresher: ViewRefresher, interval: Duration) {
        self.refresher = refresher
        self.interval = interval
        (requests, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks for a refresh as soon as the current one (if any) is done.
    public func requestRefresh() {
        continuation.yield()
    }

    /// Runs until cancelled.
    public func run() async {
        let logger = refresher.logger
        let ticker = Task { [interval, continuation] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                continuation.yield()
            }
        }
        defer { ticker.cancel() }
        await withTaskCancellationHandler {
            for await _ in requests {
                do {
                    let refreshed = try await refresher.refresh()
                    let total = refreshed.reduce(0) { $0 + $1.milliseconds }
                    logger.info("refreshed reporting views", metadata: [
                        "views": "\(refreshed.count)", "ms": "\(Int(total))", "skipped": "\(refreshed.isEmpty)",
                    ])
                } catch {
                    logger.error("view refresh failed", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        } onCancel: {
            continuation.finish()
        }
    }
}
