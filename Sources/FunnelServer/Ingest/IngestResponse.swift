import FunnelContract
import FunnelSchema
import FunnelWarehouse
import Hummingbird

/// The JSON bodies of `POST /ingest`.
///
/// Success: `{"rows":{"opportunities":1,"activities":2},"totalRows":3}` (entities in
/// reference order). Refusal: the error shape of every other route,
/// `{"errors":[{"message":...,"extensions":{"code":...}}]}`; a rejected data set adds one
/// error per problem, `message` = `FILE:LINE: column: message` and `extensions` carrying
/// `file`, `line` and `column`, then `problemCount` (all problems, of which 100 are listed).
enum IngestResponse {
    static func success(_ summary: ImportSummary) -> Response {
        let rows = Entity.allCases.compactMap { entity in summary.rows[entity].map { (entity.fileStem, JSONValue.int($0)) } }
        return GraphQLResponseWriter.json(
            .object([("rows", .object(rows)), ("totalRows", .int(summary.totalRows))]), status: .ok
        )
    }

    static func failure(_ refusal: IngestRefusal) -> Response {
        var errors: [JSONValue] = [error(refusal.message, code: refusal.code)]
        var fields: [(key: String, value: JSONValue)] = []
        if case .rejected(let problems, let total) = refusal {
            errors += problems.sorted().map { problem in
                error(problem.description, code: refusal.code, place: [
                    ("file", .string(problem.file)), ("line", .int(problem.line)), ("column", .string(problem.column)),
                ])
            }
            fields.append(("problemCount", .int(total)))
        }
        return GraphQLResponseWriter.json(.object([("errors", .array(errors))] + fields), status: refusal.status)
    }

    private static func error(_ message: String, code: String, place: [(key: String, value: JSONValue)] = []) -> JSONValue {
        .object([("message", .string(message)), ("extensions", .object([("code", .string(code))] + place))])
    }
}
