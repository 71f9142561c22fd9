import FunnelLanguage

/// Our parser as the benchmark calls it: from UTF-8 bytes, without the request limits,
/// because GraphQLSwift has none and the 450 KB document is above `maxBytes`.
enum OurParser {
    static func definitionCount(_ bytes: [UInt8]) throws -> Int {
        try Parser.parse(Source(bytes: bytes), limits: .unlimited).definitions.count
    }
}
