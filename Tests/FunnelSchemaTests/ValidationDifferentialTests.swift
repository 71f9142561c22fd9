import Foundation
import FunnelLanguage
import FunnelSchema
import Testing

/// Every document of the corpus must get exactly graphql-core's (graphql-js 16's) errors,
/// messages, locations and order alike. The answers come from `Fixtures/validation_oracle.py`.
@Suite struct ValidationDifferentialTests {
    struct Case: Decodable, CustomTestStringConvertible {
        let source: String
        let errors: [String]
        var testDescription: String { source }
    }

    static let corpus: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/validation-corpus.json")
        guard let data = try? Data(contentsOf: url), let cases = try? JSONDecoder().decode([Case].self, from: data) else {
            return []
        }
        return cases
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 90)
    }

    @Test(arguments: corpus)
    func sameErrorsAsGraphQLJS(_ testCase: Case) throws {
        let found = try ValidationTestSchema.errors(testCase.source)
        #expect(found == testCase.errors)
    }
}
