public import Logging

/// Whether the server can answer queries now; `/readyz` reports it.
public protocol ReadinessProbe: Sendable {
    /// Why the server is not ready; empty when it is.
    func problems(logger: Logger) async -> [String]
}
