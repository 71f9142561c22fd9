public import Foundation
public import FunnelSchema

/// Builds a white-paper table by running its fixed GraphQL document through the caller's
/// engine, under the caller's scope, then tabulating the JSON: the numbers are the API's.
public struct Exporter: Sendable {
    /// Runs a document with variables; the CLI and the server pass their `QueryEngine`.
    public typealias Execute = @Sendable (_ document: String, _ variables: JSONValue) async -> (data: JSONValue?, errors: [GraphQLError])

    let documents: [ExportKind: String]

    /// Reads the documents of `folder` (`sql/exports/`): `NAME.graphql` per table, each
    /// followed by `context.graphql`.
    public init(documentsFolder folder: URL) throws(ExportError) {
        func read(_ name: String) throws(ExportError) -> String {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw .documentUnreadable(path: url.path)
            }
            return text
        }
        let context = try read("context.graphql")
        var documents: [ExportKind: String] = [:]
        for kind in ExportKind.allCases { documents[kind] = try read("\(kind.rawValue).graphql") + "\n" + context }
        self.documents = documents
    }

    public func document(for kind: ExportKind) -> String { documents[kind] ?? "" }

    public func table(
        _ request: ExportRequest, generatedAt: Date = Date(), execute: Execute
    ) async throws(ExportError) -> ExportTable {
        guard request.kind.isAvailable else { throw .notAvailable(request.kind) }
        let response = await execute(document(for: request.kind), request.variables)
        guard response.errors.isEmpty else { throw .query(response.errors) }
        guard let data = response.data, data != .null else { throw .unexpectedResponse(path: "data") }
        let root = ResponseNode(data, path: "data")
        let columns: [ExportColumn]
        let rows: [[ExportCell]]
        var extra: [ContextEntry] = []
        switch request.kind {
        case .health: (columns, rows) = try KpiTables.health(root)
        case .compare: (columns, rows) = try KpiTables.compare(root)
        case .benchmarks: (columns, rows, extra) = try KpiTables.benchmarks(root)
        }
        return ExportTable(
            name: request.kind.rawValue, title: request.kind.title,
            context: try ExportContextBlock.entries(request, data: root, generatedAt: generatedAt, extra: extra),
            columns: columns, rows: rows
        )
    }

    /// `health-2026-03-01_2026-03-31.xlsx`: what the table shows, in the file's name.
    public static func fileName(_ request: ExportRequest, format: ExportFormat) -> String {
        "\(request.kind.rawValue)-\(request.period.from)_\(request.period.to).\(format.rawValue)"
    }
}
