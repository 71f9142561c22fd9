import FunnelSchema
public import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (the probe finds nothing wrong); both open.
public struct HealthRoutes: Sendable {
    let readiness: any ReadinessProbe

    public init(readiness: any ReadinessProbe) {
        self.readiness = readiness
    }

    public func register(on router: some RouterMethods<FunnelRequestContext>) {
        router.get("/healthz") { _, _ in
            GraphQLResponseWriter.json(.object([("status", .string("ok"))]), status: .ok)
        }
        router.get("/readyz") { _, context in
            let problems = await readiness.problems(logger: context.logger)
            guard problems.isEmpty else {
                return GraphQLResponseWriter.json(
                    .object([("status", .string("unavailable")), ("reasons", .array(problems.map(JSONValue.string)))]),
                    status: .serviceUnavailable
                )
            }
            return GraphQLResponseWriter.json(.object([("status", .string("ready"))]), status: .ok)
        }
    }
}
