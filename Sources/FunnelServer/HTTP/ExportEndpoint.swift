import FunnelEngine
public import FunnelExport
import FunnelPlanner
import FunnelSchema
import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// `GET /export/{table}.{csv|xlsx|md|html|json}?from=&to=[&baselineFrom=&baselineTo=]`: a
/// white-paper table under the token's scope, built by the same `GraphQLService` as /graphql.
///
/// 200 with the file (Content-Type, Content-Disposition naming it); 404 for an unknown table or
/// format; 400 naming each bad or missing date; the engine's refusals as their HTTP statuses.
/// Error bodies are `{"errors":[...]}` like /graphql's.
public struct ExportEndpoint: Sendable {
    let service: any GraphQLService
    let exporter: Exporter

    public init(service: any GraphQLService, exporter: Exporter) {
        self.service = service
        self.exporter = exporter
    }

    public func register(on router: some RouterMethods<FunnelRequestContext>) {
        router.get("/export/:file") { request, context in await respond(request, context: context) }
    }

    func respond(_ request: Request, context: FunnelRequestContext) async -> Response {
        guard let scope = context.scope else {
            return Self.failure([GraphQLError("this route needs Authorization: Bearer TOKEN", code: .unauthenticated)], status: .unauthorized)
        }
        let file = context.parameters.get("file") ?? ""
        let parts = file.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        do throws(ExportError) {
            guard let kind = ExportKind(rawValue: String(parts[0])) else { throw .unknownTable(String(parts[0])) }
            let formatName = parts.count == 2 ? String(parts[1]) : ""
            guard let format = ExportFormat(rawValue: formatName) else { throw .unknownFormat(formatName) }
            let query = request.uri.queryParameters
            let exportRequest = try ExportRequest(
                kind: kind, from: query.get("from"), to: query.get("to"),
                baselineFrom: query.get("baselineFrom"), baselineTo: query.get("baselineTo")
            )
            let logger = context.logger
            let table = try await exporter.table(exportRequest) { document, variables in
                let result = await service.execute(
                    GraphQLRequest(query: document, variables: variables), scope: scope, allowMutations: false, logger: logger
                )
                return (result.data, result.errors)
            }
            let bytes = try format.render(table)
            var headers = HTTPFields()
            headers[.contentType] = format.contentType
            headers[.contentDisposition] = #"attachment; filename="\#(Exporter.fileName(exportRequest, format: format))""#
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch {
            return failure(error, logger: context.logger)
        }
    }

    private func failure(_ error: ExportError, logger: Logger) -> Response {
        let messages = error.lines(naming: \.queryName)
        switch error {
        case .unknownTable, .unknownFormat:
            return Self.failure(messages.map { GraphQLError($0, code: .badUserInput) }, status: .notFound)
        case .invalidRequest:
            return Self.failure(messages.map { GraphQLError($0, code: .badUserInput) }, status: .badRequest)
        case .notAvailable:
            return Self.failure(messages.map { GraphQLError($0, code: .badUserInput) }, status: .notImplemented)
        case .query(let errors):
            return Self.failure(errors, status: Self.status(of: errors))
        case .unexpectedResponse, .writeFailed, .documentUnreadable:
            logger.error("export failed", metadata: ["error": .string(messages.joined(separator: "; "))])
            return Self.failure([GraphQLError("Internal server error.", code: .internalError)], status: .internalServerError)
        }
    }

    /// The engine's error codes as HTTP statuses; the first error decides.
    static func status(of errors: [GraphQLError]) -> HTTPResponse.Status {
        switch errors.first?.code {
        case .forbidden: .forbidden
        case .unauthenticated: .unauthorized
        case .badUserInput, .parseFailed, .validationFailed, .queryTooComplex: .badRequest
        case .timeout: .gatewayTimeout
        case .serviceUnavailable: .serviceUnavailable
        case .internalError, nil: .internalServerError
        }
    }

    static func failure(_ errors: [GraphQLError], status: HTTPResponse.Status) -> Response {
        GraphQLResponseWriter.json(.object([("errors", .array(errors.map(\.json)))]), status: status, mediaType: .json)
    }
}
