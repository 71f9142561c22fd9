/// Placeholder until the parser lands.
public struct Source: Sendable {}
