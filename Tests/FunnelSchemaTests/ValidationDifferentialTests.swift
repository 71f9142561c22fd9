import FunnelLanguage
import FunnelSchema
import Testing

/// Every document of the corpus must get exactly graphql-core's (graphql-js 16's) errors,
/// messages, locations and order alike. The answers come from `Tests/python/validation/validation_oracle.py`.
@Suite struct ValidationDifferentialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let errors: [String]
        var testDescription: String { source }
    }

    static let corpus: [Case] = OracleFixture.entries("validation-corpus.json").compactMap { entry in
        guard let source = entry["source"] as? String, let errors = entry["errors"] as? [String] else { return nil }
        return Case(source: source, errors: errors)
    }

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 90)
    }

    @Test(arguments: corpus)
    func sameErrorsAsGraphQLJS(_ testCase: Case) throws {
        let found = try ValidationTestSchema.errors(testCase.source)
        #expect(found == testCase.errors)
    }
}
