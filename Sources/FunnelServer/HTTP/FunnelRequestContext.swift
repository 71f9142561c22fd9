public import FunnelPlanner
public import Hummingbird

/// The request context of every Funnelhouse route: Hummingbird's core storage plus the
/// caller's scope once `BearerAuthentication` has verified a token.
public struct FunnelRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Nil on the open routes (/healthz, /readyz); set on every other route.
    public var scope: AccessScope?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.scope = nil
    }
}
