public import Logging
import Synchronization

/// Keeps the reporting views fresh: refreshes on an interval and promptly after an import
/// asks for it. A request waits `settle` for others (a burst of ingests makes one refresh);
/// requests that arrive while a refresh runs collapse into one more refresh.
/// Across processes, `refresh_views()`'s advisory lock lets only one of them refresh.
public struct RefreshSchedule: Sendable {
    public let refresher: ViewRefresher
    public let interval: Duration
    public let settle: Duration
    private let requests: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    /// Requests so far; a refresh covers every request counted before it started.
    private let requested = RequestCount()

    public init(refresher: ViewRefresher, interval: Duration, settle: Duration = .seconds(2)) {
        self.refresher = refresher
        self.interval = interval
        self.settle = settle
        (requests, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks for a refresh `settle` from now, or after the current one (if any) is done.
    public func requestRefresh() {
        requested.count.add(1, ordering: .sequentiallyConsistent)
        continuation.yield()
    }

    /// Runs until cancelled.
    public func run() async {
        let logger = refresher.logger
        let ticker = Task { [interval, self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                requestRefresh()
            }
        }
        defer { ticker.cancel() }
        await withTaskCancellationHandler {
            var covered = 0
            for await _ in requests {
                // Already covered: the request arrived while the last refresh settled.
                guard requested.count.load(ordering: .sequentiallyConsistent) != covered else { continue }
                try? await Task.sleep(for: settle)
                covered = requested.count.load(ordering: .sequentiallyConsistent)
                do {
                    let refreshed = try await refresher.refresh()
                    let total = refreshed.reduce(0) { $0 + $1.milliseconds }
                    if refreshed.isEmpty {
                        // Another process holds the refresh lock; its refresh may have begun
                        // before the data that asked for this one: try again after `settle`.
                        logger.debug("reporting views are being refreshed elsewhere; retrying")
                        requestRefresh()
                    } else {
                        logger.info("refreshed reporting views", metadata: ["views": "\(refreshed.count)", "ms": "\(Int(total))"])
                    }
                } catch {
                    logger.error("view refresh failed", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        } onCancel: {
            continuation.finish()
        }
    }
}

private final class RequestCount: Sendable {
    let count = Atomic<Int>(0)
}
