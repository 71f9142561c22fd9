/// The response media types of GraphQL-over-HTTP, and the `Accept` negotiation between them.
public enum GraphQLMediaType: String, Sendable, CaseIterable {
    case graphQLResponse = "application/graphql-response+json"
    case json = "application/json"

    /// Every response states its charset (api.md, protocol details).
    public var contentType: String { rawValue + "; charset=utf-8" }

    /// The type to answer with, or nil when `Accept` admits neither (406).
    ///
    /// A missing or empty header means `application/graphql-response+json`. Otherwise each
    /// type gets the quality of the most specific range matching it (`type/subtype` over
    /// `type/*` over `*/*`); the better quality wins, ties go to graphql-response+json.
    public static func negotiate(accept: String?) -> GraphQLMediaType? {
        guard let accept, accept.contains(where: { !$0.isWhitespace }) else { return .graphQLResponse }
        let ranges = accept.split(separator: ",").compactMap(MediaRange.init)
        var best: (type: GraphQLMediaType, quality: Double)?
        for type in allCases {
            guard let quality = quality(of: type, in: ranges), quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (type, quality) }
        }
        return best?.type
    }

    private static func quality(of type: GraphQLMediaType, in ranges: [MediaRange]) -> Double? {
        let parts = type.rawValue.split(separator: "/")
        let (mainType, subtype) = (String(parts[0]), String(parts[1]))
        let matching = ranges.filter { range in
            (range.type == "*" || range.type == mainType) && (range.subtype == "*" || range.subtype == subtype)
        }
        return matching.max { $0.specificity < $1.specificity }?.quality
    }
}

/// One element of an `Accept` header: `type/subtype;param=value;q=0.5`.
private struct MediaRange {
    let type: String
    let subtype: String
    let quality: Double

    var specificity: Int { (type == "*" ? 0 : 1) + (subtype == "*" ? 0 : 1) }

    init?(_ element: Substring) {
        let parameters = element.split(separator: ";").map { $0.trimmingWhitespace().lowercased() }
        guard let range = parameters.first else { return nil }
        let parts = range.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        type = String(parts[0])
        subtype = String(parts[1])
        var quality = 1.0
        for parameter in parameters.dropFirst() where parameter.hasPrefix("q=") {
            // A malformed weight makes the range unusable rather than preferred.
            quality = Double(parameter.dropFirst(2)).map { min(max($0, 0), 1) } ?? 0
        }
        self.quality = quality
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> Substring {
        let text = self[...]
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return Substring(text[first...last])
    }
}
