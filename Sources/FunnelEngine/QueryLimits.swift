public import FunnelLanguage

/// Limits against expensive or hostile queries, each with a clear error (QUERY_TOO_COMPLEX).
public struct QueryLimits: Sendable, Equatable {
    public var parse: ParseLimits
    /// Nesting of selection sets, fragments expanded. The standard introspection query of
    /// graphql-js (what GraphiQL and gql send) is 13 deep, so the default leaves room for it.
    public var maxDepth: Int
    /// Fields selected, aliases and fragment expansions included: the work a query asks for.
    public var maxSelections: Int
    /// Root fields that run SQL in one request.
    public var maxRootFields: Int

    public init(parse: ParseLimits = .default, maxDepth: Int = 15, maxSelections: Int = 2_000, maxRootFields: Int = 20) {
        self.parse = parse
        self.maxDepth = maxDepth
        self.maxSelections = maxSelections
        self.maxRootFields = maxRootFields
    }
}

/// How deep and how wide an operation is once fragments are expanded.
struct QueryCost {
    var depth = 0
    var selections = 0

    /// Walks the operation; a fragment already being expanded is not entered again, so
    /// cycles (which validation rejects anyway) cannot make this loop.
    static func measure(_ selectionSet: SelectionSet, fragments: [String: FragmentDefinition]) -> QueryCost {
        var cost = QueryCost()
        var expanding: Set<String> = []
        walk(selectionSet, level: 1, fragments: fragments, expanding: &expanding, cost: &cost)
        return cost
    }

    private static func walk(
        _ selectionSet: SelectionSet, level: Int, fragments: [String: FragmentDefinition],
        expanding: inout Set<String>, cost: inout QueryCost
    ) {
        cost.depth = max(cost.depth, level)
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                cost.selections += 1
                if let inner = field.selectionSet {
                    walk(inner, level: level + 1, fragments: fragments, expanding: &expanding, cost: &cost)
                }
            case .inlineFragment(let fragment):
                walk(fragment.selectionSet, level: level, fragments: fragments, expanding: &expanding, cost: &cost)
            case .fragmentSpread(let spread):
                guard let fragment = fragments[spread.name.value], !expanding.contains(spread.name.value) else { continue }
                expanding.insert(spread.name.value)
                walk(fragment.selectionSet, level: level, fragments: fragments, expanding: &expanding, cost: &cost)
                expanding.remove(spread.name.value)
            }
        }
    }
}
