import Foundation
import HTTPTypes
public import Hummingbird
import Logging

/// Gives every request an id, from `X-Request-Id` when the caller sent a usable one, else
/// generated; puts it in the request logger's metadata (so every log line of the request
/// carries it) and echoes it in the response's `X-Request-Id`.
public struct RequestIdentification<Context: RequestContext>: RouterMiddleware {
    public static var headerName: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let id = request.headers[Self.headerName].flatMap(Self.acceptable) ?? UUID().uuidString.lowercased()
        var context = context
        // Hummingbird's own key, so `context.id` and its log lines agree with ours.
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[Self.headerName] = id
        return response
    }

    /// A caller's id is kept only when it cannot forge log lines or headers: 1 to 128
    /// characters of `A-Z a-z 0-9 - _ . : /`.
    static func acceptable(_ id: String) -> String? {
        guard (1...128).contains(id.utf8.count), id.utf8.allSatisfy({ byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"):
                true
            default: false
            }
        }) else { return nil }
        return id
    }
}
