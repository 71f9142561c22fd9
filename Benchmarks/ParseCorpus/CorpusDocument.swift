/// One document of the parse corpus: a name for reports and the text, which the parsers
/// read as UTF-8 bytes (ours) or as a `String` (GraphQLSwift).
public struct CorpusDocument: Sendable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    public var bytes: [UInt8] { Array(text.utf8) }
    public var byteCount: Int { text.utf8.count }
}

/// The documents the parser is measured on (parse-bench) and compared on (differential
/// tests). Everything is generated in code and deterministic, so no large file is committed
/// and every run sees the same bytes.
public enum ParseCorpus {
    /// Every named document of the benchmark: the dashboard queries, the introspection
    /// query, a ~50 KB generated document, and the string-heavy documents at 45 KB and 450 KB.
    public static var benchmarkDocuments: [CorpusDocument] {
        dashboardQueries + [
            introspectionQuery,
            generatedOperations(targetBytes: 50_000),
            stringHeavy(targetBytes: 45_000),
            stringHeavy(targetBytes: 450_000),
        ]
    }
}
