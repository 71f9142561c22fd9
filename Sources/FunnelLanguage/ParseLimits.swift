/// Bounds on the work one document may cause, checked while parsing so hostile input is
/// turned away before it costs memory or stack.
public struct ParseLimits: Sendable, Equatable {
    /// Largest accepted document, checked before the first byte is lexed.
    public var maxBytes: Int
    /// Most tokens read (comments excluded), as graphql-js `maxTokens`.
    public var maxTokens: Int
    /// Deepest nesting of `[ ]`, `{ }` and `( )`: selection sets, list and object values,
    /// list types, arguments and variable definitions.
    public var maxDepth: Int

    public init(maxBytes: Int = 100_000, maxTokens: Int = 20_000, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }

    /// The limits every request gets unless a caller chooses otherwise.
    public static let `default` = ParseLimits()

    /// No size, token or depth limit of the caller's; the parser still enforces
    /// `hardDepthCap`, because the parser recurses once per nesting level.
    public static let unlimited = ParseLimits(maxBytes: .max, maxTokens: .max, maxDepth: .max)

    /// The nesting no document may exceed, whatever the limits say: deep enough for any real
    /// query, shallow enough that recursion stays far from the end of a thread's stack.
    /// At the cap parsing uses about 2.5 MB of stack in a release build and 6 MB in a debug
    /// build (nested inline fragments, the costliest level); Linux threads get 8 MB by default.
    /// Twice the cap would not fit a debug build.
    public static let hardDepthCap = 1_000

    /// The depth actually enforced: the caller's limit, never above the hard cap.
    var effectiveMaxDepth: Int { min(maxDepth, Self.hardDepthCap) }
}
