import Foundation
import FunnelLanguage
import FunnelSchema
import Testing

/// Variable coercion must report exactly what graphql-core's `get_variable_values` (in
/// graphql-js 16's words) reports. The answers come from `Fixtures/variables_oracle.py`.
@Suite struct VariableValuesDifferentialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let operation: String
        let inputs: String
        let tagged: JSONValue
        let errors: [String]
        var testDescription: String { inputs }
    }

    static let corpus: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/variables-corpus.json")
        guard let data = try? Data(contentsOf: url),
              let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return entries.compactMap { entry in
            guard let operation = entry["operation"] as? String, let inputs = entry["inputs"] as? String,
                  let errors = entry["errors"] as? [String], let tagged = entry["tagged"].flatMap(jsonValue)
            else { return nil }
            return Case(operation: operation, inputs: inputs, tagged: tagged, errors: errors)
        }
    }()

    /// `["kind", payload]` → JSONValue; objects are lists of `[key, value]` pairs, so order survives.
    private static func jsonValue(_ any: Any) -> JSONValue? {
        guard let pair = any as? [Any], let kind = pair.first as? String else { return nil }
        let payload = pair.count > 1 ? pair[1] : nil
        switch kind {
        case "null": return .null
        case "bool": return (payload as? Bool).map(JSONValue.bool)
        case "int": return (payload as? NSNumber).map { .int($0.intValue) }
        case "double": return (payload as? NSNumber).map { .double($0.doubleValue) }
        case "string": return (payload as? String).map(JSONValue.string)
        case "array": return (payload as? [Any]).map { .array($0.compactMap(jsonValue)) }
        case "object":
            return (payload as? [[Any]]).map { fields in
                .object(fields.compactMap { field in
                    guard let key = field.first as? String, let value = field.last.flatMap(jsonValue) else { return nil }
                    return (key, value)
                })
            }
        default: return nil
        }
    }

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
