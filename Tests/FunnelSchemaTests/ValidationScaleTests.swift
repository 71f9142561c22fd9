import FunnelLanguage
import FunnelSchema
import Testing

/// Large documents: the answers are exact; how long they take shows in the test log only.
@Suite struct ValidationScaleTests {
    @Test func manyAliasesOverAFragmentChainAreValid() throws {
        let aliases = (0..<300).map { "a\($0): dog { ...F0 }" }.joined(separator: " ")
        let fragments = (0..<50).map { index in
            index == 49 ? "fragment F\(index) on Dog { name }" : "fragment F\(index) on Dog { name mother { ...F\(index + 1) } }"
        }.joined(separator: " ")
        let source = "query Big($flag: Boolean!) { \(aliases) cat @include(if: $flag) { name } } \(fragments)"
        #expect(try ValidationTestSchema.errors(source) == [])
    }

    @Test func thousandsOfTheSameFieldMerge() throws {
        let source = "{ dog { " + String(repeating: "name ", count: 2_000) + "} }"
        #expect(try ValidationTestSchema.errors(source) == [])
    }

    @Test func everyConflictingPairIsReportedUpToTheLimit() throws {
        // 10 × 10 pairs of "name" against "nickname" under one response name: exactly 100 errors.
        let hundred = "{ dog { " + String(repeating: "x: name x: nickname ", count: 10) + "} }"
        let errors = try ValidationTestSchema.errors(hundred)
        #expect(errors.count == 100)
        #expect(errors.first == "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. "
            + "Use different aliases on the fields to fetch both if this was intentional. @ 1:9 @ 1:17")
        // One more "name": 110 pairs, cut at 100 and the notice.
        let more = "{ dog { x: name " + String(repeating: "x: name x: nickname ", count: 10) + "} }"
        let cut = try ValidationTestSchema.errors(more)
        #expect(cut.count == 101)
        #expect(cut.last == "Too many validation errors, error limit reached. Validation aborted.")
    }
}
