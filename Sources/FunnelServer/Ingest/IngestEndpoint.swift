import FunnelContract
import FunnelPlanner
import FunnelSchema
public import FunnelWarehouse
import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// `POST /ingest`: an admin loads records into its org's warehouse over HTTPS, under the
/// rules of `funnelhouse import` (the same importer: one transaction, all or nothing).
///
/// The body is either `application/x-ndjson`, one record per line naming its entity
/// (`{"entity":"activities", ...}`), with problems placed as `ingest:LINE` of the body, or
/// `multipart/form-data` with data-set files as parts (`activities.csv`, `leads.ndjson`),
/// with problems placed as `FILE:LINE`. After a load the reporting views are refreshed soon
/// (debounced by the `RefreshSchedule`).
public struct IngestEndpoint: Sendable {
    /// 50 MB: a day of a large org's activity; larger loads go through `funnelhouse import`.
    public static let defaultBodyLimit = 50 << 20
    /// What problems in an NDJSON body are reported under.
    static let bodyName = "ingest"

    let importer: Importer
    let refresh: RefreshSchedule?
    let bodyLimit: Int

    public init(importer: Importer, refresh: RefreshSchedule?, bodyLimit: Int = defaultBodyLimit) {
        self.importer = importer
        self.refresh = refresh
        self.bodyLimit = bodyLimit
    }

    public func register(on router: some RouterMethods<FunnelRequestContext>, path: RouterPath = "/ingest") {
        router.post(path) { request, context in await post(request, context: context) }
    }

    func post(_ request: Request, context: FunnelRequestContext) async -> Response {
        do throws(IngestRefusal) {
            guard let scope = context.scope else { throw .unauthenticated }
            guard scope.role == .admin else { throw .notAdmin(scope.role) }
            let source = try IngestSource(contentType: request.headers[.contentType])
            let body = try await collectBody(request)
            let dataSet = try source.dataSet(body)
            let summary: ImportSummary
            do {
                summary = try await importer.importDataSet(dataSet, onlyOrg: scope.orgID)
            } catch {
                switch error {
                case .rejected(let problems, let total): throw .rejected(problems, total: total)
                case .unreadable(_, let reason): throw .unreadableBody(reason)
                case .database(let message):
                    context.logger.error("ingest failed in the database", metadata: ["error": .string(message)])
                    throw .database
                }
            }
            refresh?.requestRefresh()
            context.logger.info("ingested", metadata: [
                "rows": "\(summary.totalRows)", "ms": "\(Int(summary.duration.inSeconds * 1000))",
            ])
            return IngestResponse.success(summary)
        } catch {
            context.logger.debug("ingest refused", metadata: ["status": "\(error.status.code)"])
            return IngestResponse.failure(error)
        }
    }

    /// The whole body, refusing more than `bodyLimit` bytes (before reading, when the
    /// client declares its length).
    private func collectBody(_ request: Request) async throws(IngestRefusal) -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > bodyLimit {
            throw .bodyTooLarge(limit: bodyLimit)
        }
        do {
            var buffer = try await request.body.collect(upTo: bodyLimit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch {
            throw error is NIOTooManyBytesError ? .bodyTooLarge(limit: bodyLimit) : .unreadableBody("the body could not be read")
        }
    }
}

/// The two body formats `POST /ingest` takes, decided by `Content-Type`.
enum IngestSource {
    case ndjson
    case multipart(boundary: String)

    /// `application/x-ndjson` (also `application/ndjson`), or `multipart/form-data; boundary=...`.
    init(contentType: String?) throws(IngestRefusal) {
        guard let contentType else { throw .unsupportedMediaType(nil) }
        let (type, _) = HeaderValue.split(contentType)
        if type == "application/x-ndjson" || type == "application/ndjson" {
            self = .ndjson
            return
        }
        let boundary: String?
        do { boundary = try MultipartFormData.boundary(contentType: contentType) } catch { throw .malformedMultipart(error) }
        guard let boundary else { throw .unsupportedMediaType(contentType) }
        self = .multipart(boundary: boundary)
    }

    func dataSet(_ body: [UInt8]) throws(IngestRefusal) -> DataSet {
        switch self {
        case .ndjson:
            let batch = NDJSONBatch(name: IngestEndpoint.bodyName, bytes: body)
            guard !batch.records.isEmpty || batch.problemCount > 0 else { throw .empty }
            return DataSet(batch: batch)
        case .multipart(let boundary):
            let form: MultipartFormData
            do { form = try MultipartFormData(bytes: body, boundary: boundary) } catch { throw .malformedMultipart(error) }
            guard !form.parts.isEmpty else { throw .empty }
            // A part without a file name is reported under its field name, never silently dropped.
            return DataSet(files: form.parts.map { part in
                (part.filename ?? "form field \(part.name ?? "without a name")", Array(part.body))
            })
        }
    }
}
