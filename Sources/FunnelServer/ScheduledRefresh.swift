public import FunnelWarehouse
public import ServiceLifecycle

/// The view refresh schedule as a service of the server's group: it runs beside the HTTP
/// server and stops (abandoning the wait for its next tick) on graceful shutdown.
public struct ScheduledRefresh: Service {
    public let schedule: RefreshSchedule

    public init(schedule: RefreshSchedule) {
        self.schedule = schedule
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown { await schedule.run() }
    }
}
