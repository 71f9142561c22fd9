import FunnelLanguage
import Testing

/// Pins both answers of every known divergence, so the list stays true: if GraphQLSwift is
/// fixed, or we change, the case fails and the list is updated.
@Suite struct DifferentialDivergenceTests {
    @Test(arguments: DifferentialDivergence.all)
    func oursFollowsTheSpec(_ divergence: DifferentialDivergence) {
        #expect(Self.ourOutcome(divergence.text, expecting: divergence.ours) == divergence.ours, "\(divergence.why)")
    }

    @Test(arguments: DifferentialDivergence.all.filter { $0.graphQLSwift != .crashes })
    func graphQLSwiftDeparts(_ divergence: DifferentialDivergence) {
        let outcome: DifferentialDivergence.Outcome
        if let tree = DifferentialPeerTree.parse(divergence.text) {
            outcome = Self.accepted(tree, expecting: divergence.graphQLSwift)
        } else {
            outcome = .rejected(nil)
        }
        #expect(outcome == divergence.graphQLSwift, "\(divergence.why)")
        #expect(outcome != divergence.ours)
    }

    private static func ourOutcome(_ text: String, expecting expected: DifferentialDivergence.Outcome) -> DifferentialDivergence.Outcome {
        do {
            return accepted(DifferentialOurTree.of(try Parser.parse(Source(text))), expecting: expected)
        } catch {
            return .rejected(error.message)
        }
    }

    /// The accepted tree in the form the expectation is written in.
    private static func accepted(_ tree: DifferentialTree, expecting expected: DifferentialDivergence.Outcome) -> DifferentialDivergence.Outcome {
        guard case .firstArgument = expected else { return .document(tree.description) }
        // document > operation > selections > field > arguments > argument > value
        guard let operation = tree.children.first, operation.children.count == 5,
            let field = operation.children[4].children.first, field.children.count == 5,
            let argument = field.children[2].children.first, argument.children.count == 2
        else { return .document(tree.description) }
        return .firstArgument(argument.children[1].description)
    }
}
