import FunnelPlanner
import FunnelServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct RateLimitTests {
    @Test func bucketAdmitsItsCapacityThenNamesTheWait() async {
        // Two requests per two seconds: one request's worth refills each second.
        let buckets = RequestBuckets(capacity: 2, refill: .seconds(2))
        let start = ContinuousClock.now
        #expect(await buckets.take(key: "a", now: start) == nil)
        #expect(await buckets.take(key: "a", now: start) == nil)
        #expect(await buckets.take(key: "a", now: start) == .seconds(1))
        #expect(await buckets.take(key: "b", now: start) == nil)
        #expect(await buckets.take(key: "a", now: start + .milliseconds(500)) == .milliseconds(500))
        #expect(await buckets.take(key: "a", now: start + .seconds(1)) == nil)
        #expect(await buckets.take(key: "a", now: start + .seconds(1)) == .seconds(1))
        // A long pause refills to capacity, never beyond.
        #expect(await buckets.take(key: "a", now: start + .seconds(100)) == nil)
        #expect(await buckets.take(key: "a", now: start + .seconds(100)) == nil)
        #expect(await buckets.take(key: "a", now: start + .seconds(100)) == .seconds(1))
    }

    @Test func overTheBudgetIs429WithRetryAfter() async throws {
        let first = try await Harness.directorToken()
        let second = try await Harness.authority().issue(scope: AccessScope(orgID: "org-02", role: .admin), lifetime: .seconds(600))
        try await Harness.withRouter(requestsPerMinute: 2) { client in
            let uri = "/graphql?query=%7Bme%7Borg%7D%7D"
            for _ in 0..<2 {
                #expect(try await client.execute(uri: uri, method: .get, headers: Harness.headers(token: first)).status == .ok)
            }
            let refused = try await client.execute(uri: uri, method: .get, headers: Harness.headers(token: first))
            #expect(refused.status == .tooManyRequests)
            // One request refills every 30 s; how much of that has passed depends on the machine.
            let seconds = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...30).contains(seconds))
            #expect(refused.text == #"{"errors":[{"message":"rate limit: at most 2 requests per minute per token; retry in \#(seconds) s","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}"#)
            // Another token has its own budget; the open routes have none.
            #expect(try await client.execute(uri: uri, method: .get, headers: Harness.headers(token: second)).status == .ok)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }
}
