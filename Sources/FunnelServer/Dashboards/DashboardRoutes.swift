import Foundation
import HTTPTypes
public import Hummingbird
import NIOCore

/// `/dashboards/` (the list), `/dashboards/NAME` (a page), `/dashboards/assets/FILE` and
/// `/dashboards/lib/FILE` (script, style, chart libraries: code only, no data, so open).
public struct DashboardRoutes: Sendable {
    let site: DashboardSite
    let authority: TokenAuthority

    public init(site: DashboardSite, authority: TokenAuthority) {
        self.site = site
        self.authority = authority
    }

    /// `open` takes the static files; `pages` the data-bearing pages, which this wraps in the
    /// token exchange (`?token=` → cookie) and `BearerAuthentication` answering with a page.
    public func register(open: some RouterMethods<FunnelRequestContext>, pages: some RouterMethods<FunnelRequestContext>) {
        open.get("/dashboards/assets/:file") { _, context in
            try file(site.assets, context: context)
        }
        open.get("/dashboards/lib/:file") { _, context in
            try file(site.libraries.files, context: context)
        }
        let group = pages.group("/dashboards")
            .add(middleware: DashboardTokenExchange(authority: authority))
            .add(middleware: BearerAuthentication(authority: authority, refusal: .page))
        group.get { _, _ in index() }
        group.get(":name") { _, context in
            let name = try context.parameters.require("name")
            guard let dashboard = site.catalog.dashboard(named: name) else {
                return Self.html(DashboardPages.notFound(name: name), status: .notFound)
            }
            return Self.html(site.page(dashboard), status: .ok)
        }
    }

    private func index() -> Response {
        Self.html(DashboardPages.index(site.catalog.dashboards), status: .ok)
    }

    private func file(_ files: [String: [UInt8]], context: FunnelRequestContext) throws -> Response {
        let name = try context.parameters.require("file")
        guard let bytes = files[name] else { throw HTTPError(.notFound) }
        var headers = HTTPFields()
        headers[.contentType] = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func html(_ text: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
