import FunnelLanguage

/// graphql-js's recommended rule (part of its specified rules since 16.9): introspection
/// queries nesting `fields`, `interfaces`, `possibleTypes` or `inputFields` three deep are
/// refused, as their answers grow exponentially.
final class MaxIntrospectionDepthRule: ASTVisitor {
    private static let maxListDepth = 3
    private static let listFields: Set<String> = ["fields", "interfaces", "possibleTypes", "inputFields"]

    private let context: ValidationContext
    private var visitedFragments: Set<String> = []

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        guard case .field(let field) = node, field.name.value == "__schema" || field.name.value == "__type",
              reachesMaxDepth(.field(field), depth: 0)
        else { return .proceed }
        context.report("Maximum introspection depth exceeded", at: [field.location])
        return .skip
    }

    private func reachesMaxDepth(_ selection: Selection, depth: Int) -> Bool {
        var depth = depth
        let selectionSet: SelectionSet?
        switch selection {
        case .fragmentSpread(let spread):
            let name = spread.name.value
            // Cycles are NoFragmentCyclesRule's, unknown fragments KnownFragmentNamesRule's.
            guard !visitedFragments.contains(name), let fragment = context.fragment(named: name) else { return false }
            visitedFragments.insert(name)
            defer { visitedFragments.remove(name) }
            return fragment.selectionSet.selections.contains { reachesMaxDepth($0, depth: depth) }
        case .field(let field):
            if Self.listFields.contains(field.name.value) {
                depth += 1
                if depth >= Self.maxListDepth { return true }
            }
            selectionSet = field.selectionSet
        case .inlineFragment(let fragment):
            selectionSet = fragment.selectionSet
        }
        return selectionSet?.selections.contains { reachesMaxDepth($0, depth: depth) } ?? false
    }
}
