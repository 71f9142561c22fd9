/// A description in zh-CN first, English second: the order our readers want.
public struct Bilingual: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The one string GraphQL descriptions hold: Chinese, a blank line, English; nil when
    /// there is nothing to say, one language when both say the same (introspection's own types).
    public var text: String? {
        if zh.isEmpty && en.isEmpty { return nil }
        return zh == en ? zh : "\(zh)\n\n\(en)"
    }
}
