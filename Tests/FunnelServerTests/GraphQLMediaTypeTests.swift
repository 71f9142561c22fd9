@testable import FunnelServer
import Testing

@Suite struct GraphQLMediaTypeTests {
    @Test(arguments: [
        (nil, GraphQLMediaType.graphQLResponse),
        ("", .graphQLResponse),
        ("application/graphql-response+json", .graphQLResponse),
        ("application/json", .json),
        ("application/json, application/graphql-response+json", .graphQLResponse),
        ("application/graphql-response+json;q=0.5, application/json", .json),
        ("*/*", .graphQLResponse),
        ("application/*", .graphQLResponse),
        ("text/html, application/json;q=0.9", .json),
        ("APPLICATION/JSON; charset=utf-8", .json),
        ("*/*;q=0.1, application/graphql-response+json;q=0", .json),
    ] as [(String?, GraphQLMediaType)])
    func negotiates(accept: String?, expected: GraphQLMediaType) {
        #expect(GraphQLMediaType.negotiate(accept: accept) == expected)
    }

    @Test(arguments: ["text/html", "application/xml, text/*", "application/json;q=0", "image/*;q=1"])
    func refuses(accept: String) {
        #expect(GraphQLMediaType.negotiate(accept: accept) == nil)
    }
}
