import FunnelWarehouse
import ServiceLifecycle

/// The server's background refresher: keeps the reporting views fresh while it serves and
/// stops at graceful shutdown (a refresh in flight is cancelled; PostgreSQL rolls it back).
struct ViewRefreshService: Service {
    let schedule: RefreshSchedule

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await schedule.run()
        }
    }
}
