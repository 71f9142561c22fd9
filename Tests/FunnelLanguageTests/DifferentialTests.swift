import FunnelLanguage
import ParseCorpus
import PropertyBased
import Testing

/// Our parser against GraphQLSwift 4.3.0 on the same inputs: the golden inputs and the
/// benchmark corpus must give the same tree, and what GraphQLSwift rejects we reject too.
/// Where GraphQLSwift departs from the spec, `DifferentialDivergence` lists the case with
/// both behaviours pinned, rather than leaving it out silently.
@Suite struct DifferentialTests {
    /// Golden inputs both parsers read alike. Left out, with the reason in
    /// `DifferentialDivergence`: none of the golden inputs so far.
    static let agreedGoldenInputs = GoldenFixtures.names.filter { !DifferentialDivergence.goldenInputs.contains($0) }

    static let corpusNames = ParseCorpus.benchmarkDocuments.map(\.name)

    @Test(arguments: agreedGoldenInputs)
    func goldenInputsGiveTheSameTree(_ name: String) throws {
        let text = String(decoding: try GoldenFixtures.input(name), as: UTF8.self)
        try expectSameTree(text)
    }

    @Test(arguments: corpusNames)
    func benchmarkCorpusGivesTheSameTree(_ name: String) throws {
        let document = try #require(ParseCorpus.benchmarkDocuments.first { $0.name == name })
        try expectSameTree(document.text)
    }

    /// Random valid documents (`RoundTripDocumentBuilder`), printed: both parsers must read
    /// the text as the document it was printed from. Texts with a `\f` escape are skipped,
    /// since GraphQLSwift decodes it wrongly (`DifferentialDivergence` formFeedEscape).
    @Test func generatedDocumentsGiveTheSameTree() async {
        await propertyCheck(count: 300, input: RoundTripPropertyTests.choices) { choices in
            let document = RoundTripDocumentBuilder.document(from: choices)
            let printed = Printer.print(document)
            guard !printed.contains("\\f") else { return }
            let peer = DifferentialPeerTree.parse(printed)
            #expect(peer == DifferentialOurTree.of(document), "printed:\n\(printed)\nGraphQLSwift: \(DifferentialPeerTree.rejection(printed) ?? "accepts")")
        }
    }

    /// Inputs GraphQLSwift rejects: so must we. (Each also shows our exact message, so a
    /// rejection for the wrong reason fails too.)
    @Test(arguments: [
        ("{", "Syntax Error: Expected Name, found <EOF>."),
        ("{}", "Syntax Error: Expected Name, found \"}\"."),
        ("query { a } }", "Syntax Error: Unexpected \"}\"."),
        ("{ a(x: %) }", "Syntax Error: Unexpected character: \"%\"."),
        ("{ a(x: \"open }", "Syntax Error: Unterminated string."),
        ("{ a(x: \"line\nbreak\") }", "Syntax Error: Unterminated string."),
        ("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\"."),
        ("{ a(x: \"\"\"open }", "Syntax Error: Unterminated string."),
        ("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\"."),
        ("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\"."),
        ("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\"."),
        ("{ a(x: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\"."),
        ("{ a(x: [1, 2) }", "Syntax Error: Unexpected \")\"."),
        ("{ a(x: {b 1}) }", "Syntax Error: Expected \":\", found Int \"1\"."),
        ("{ a() }", "Syntax Error: Expected Name, found \")\"."),
        ("{ a: }", "Syntax Error: Expected Name, found \"}\"."),
        ("{ a @ }", "Syntax Error: Expected Name, found \"}\"."),
        ("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\"."),
        ("query Q() { a }", "Syntax Error: Expected \"$\", found \")\"."),
        ("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value."),
        ("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\"."),
        ("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\"."),
        ("query Q", "Syntax Error: Expected \"{\", found <EOF>."),
        ("{ ... on }", "Syntax Error: Expected Name, found \"}\"."),
        ("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\"."),
    ])
    func whatGraphQLSwiftRejectsWeReject(_ text: String, _ ourMessage: String) {
        #expect(DifferentialPeerTree.rejection(text) != nil, "GraphQLSwift accepts it")
        do {
            let document = try Parser.parse(Source(text))
            Issue.record("we accept it: \(DifferentialOurTree.of(document))")
        } catch {
            #expect(error.message == ourMessage)
        }
    }

    private func expectSameTree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ours = DifferentialOurTree.of(try Parser.parse(Source(text), limits: .unlimited))
        let peer = try #require(DifferentialPeerTree.parse(text), "GraphQLSwift rejects it: \(DifferentialPeerTree.rejection(text) ?? "")", sourceLocation: sourceLocation)
        #expect(ours == peer, sourceLocation: sourceLocation)
    }
}
