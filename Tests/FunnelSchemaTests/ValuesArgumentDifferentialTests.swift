import FunnelLanguage
import FunnelSchema
import Testing

/// Argument coercion must give exactly graphql-core's `get_argument_values` answer (values or
/// error, in graphql-js 16's words). The answers come from `Tests/python/validation/arguments_oracle.py`.
@Suite struct ValuesArgumentDifferentialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let variables: [String: JSONValue]
        let values: [String: JSONValue]?
        let error: String?
        var testDescription: String { source }
    }

    static let corpus: [Case] = OracleFixture.entries("arguments-corpus.json").compactMap { entry in
        guard let source = entry["source"] as? String,
              case .object(let variables)? = entry["variables"].flatMap(OracleFixture.jsonValue)
        else { return nil }
        var values: [String: JSONValue]?
        if case .object(let fields)? = entry["values"].flatMap(OracleFixture.jsonValue) {
            values = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) })
        }
        return Case(
            source: source, variables: Dictionary(uniqueKeysWithValues: variables.map { ($0.key, $0.value) }),
            values: values, error: entry["error"] as? String
        )
    }

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 28)
    }

    @Test(arguments: corpus)
    func sameAnswerAsGraphQLJS(_ testCase: Case) throws {
        let document = try Parser.parse(Source(testCase.source))
        guard case .operation(let operation) = document.definitions[0],
              case .field(let root) = operation.selectionSet.selections[0],
              case .field(let field)? = root.selectionSet?.selections[0],
              let definition = ValidationTestSchema.schema.field(field.name.value, on: "ComplicatedArgs")
        else {
            Issue.record("no field")
            return
        }
        do {
            let values = try ArgumentValues.coerce(
                definition.arguments, field.arguments, variables: testCase.variables, schema: ValidationTestSchema.schema
            )
            #expect(values == testCase.values)
        } catch {
            #expect(error.rendered == testCase.error)
        }
    }
}
