import FunnelLanguage
import FunnelSchema
import Testing

/// Variable coercion must report exactly what graphql-core's `get_variable_values` (in
/// graphql-js 16's words) reports. The answers come from `Tests/python/validation/variables_oracle.py`.
@Suite struct VariableValuesDifferentialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let operation: String
        let inputs: String
        let tagged: JSONValue
        let errors: [String]
        var testDescription: String { inputs }
    }

    static let corpus: [Case] = {
        OracleFixture.entries("variables-corpus.json").compactMap { entry in
            guard let operation = entry["operation"] as? String, let inputs = entry["inputs"] as? String,
                  let errors = entry["errors"] as? [String], let tagged = entry["tagged"].flatMap(OracleFixture.jsonValue)
            else { return nil }
            return Case(operation: operation, inputs: inputs, tagged: tagged, errors: errors)
        }
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 16)
    }

    @Test(arguments: corpus)
    func sameErrorsAsGraphQLJS(_ testCase: Case) throws {
        let document = try Parser.parse(Source(testCase.operation))
        guard case .operation(let operation) = document.definitions[0] else {
            Issue.record("no operation")
            return
        }
        let found = VariableValues.coerce(operation, schema: ValidationTestSchema.schema, inputs: testCase.tagged).errors.map(\.rendered)
        #expect(found == testCase.errors)
    }
}
