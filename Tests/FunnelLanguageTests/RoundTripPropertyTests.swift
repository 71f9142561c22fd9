import FunnelLanguage
import PropertyBased
import Testing

/// Random valid documents survive printing: parse(print(doc)) == doc, and printing is
/// idempotent. The documents come from `RoundTripDocumentBuilder` driven by a shrinkable
/// list of choices, so a failure is reported as a small document.
@Suite struct RoundTripPropertyTests {
    static let choices = Gen<UInt8>.value(in: 0...255).array(of: 0...400)

    @Test func printedDocumentsParseBackToTheSameDocument() async {
        await propertyCheck(count: 500, input: Self.choices) { choices in
            let document = RoundTripDocumentBuilder.document(from: choices)
            let printed = Printer.print(document)
            do {
                let reparsed = try Parser.parse(Source(printed), limits: .unlimited)
                #expect(reparsed == document, "printed:\n\(printed)")
            } catch {
                Issue.record("printed form does not parse: \(error)\n\(printed)")
            }
        }
    }

    @Test func printingIsIdempotent() async {
        await propertyCheck(count: 500, input: Self.choices) { choices in
            let printed = Printer.print(RoundTripDocumentBuilder.document(from: choices))
            let reprinted = (try? Parser.parse(Source(printed), limits: .unlimited)).map(Printer.print)
            #expect(reprinted == printed)
        }
    }

    /// The builder must actually produce the variety the properties claim to cover; a
    /// generator stuck on `{ a }` would make them pass without testing anything.
    @Test func generatedDocumentsCoverEveryNodeKind() {
        let kinds = [
            "(operation query", "(operation mutation", "(operation subscription", "(fragment ",
            "(variable-definition ", "(non-null ", "(list (named", "(field ", "(spread ", "(inline-fragment ",
            "(directive ", "(variable ", "(int ", "(float ", "(string ", "(block-string ", "(boolean ",
            "(null)", "(enum ", "(list ", "(object ", "(object-field ",
        ]
        var seen: Set<String> = []
        var printedControlEscape = false
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var choices: [UInt8] = []
            for _ in 0..<400 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                choices.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            let document = RoundTripDocumentBuilder.document(from: choices)
            let tree = DifferentialOurTree.of(document).description
            seen.formUnion(kinds.filter { tree.contains($0) })
            printedControlEscape = printedControlEscape || Printer.print(document).contains("\\u00")
        }
        #expect(kinds.filter { !seen.contains($0) } == [])
        #expect(printedControlEscape)
    }
}
