import FunnelLanguage

/// What every rule may ask during one validation: the schema, the document's fragments,
/// the current types, variable usages; and where rules report.
final class ValidationContext {
    /// graphql-js stops after this many errors, so a hostile document cannot make it work forever.
    static let maxErrors = 100

    let schema: Schema
    let document: Document
    let typeInfo: TypeInfo
    private(set) var errors: [GraphQLError] = []
    private(set) var isAborted = false
    private let fragmentsByName: [String: FragmentDefinition]
    private var recursiveFragmentsCache: [SelectionSetKey: [FragmentDefinition]] = [:]
    private var usagesCache: [SelectionSetKey: [VariableUsage]] = [:]

    init(schema: Schema, document: Document) {
        self.schema = schema
        self.document = document
        self.typeInfo = TypeInfo(schema: schema)
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions {
            fragments[fragment.name.value] = fragment
        }
        self.fragmentsByName = fragments
    }

    func report(_ message: String, at locations: [Location]) {
        guard !isAborted else { return }
        if errors.count >= Self.maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted.", code: .validationFailed))
            isAborted = true
            return
        }
        errors.append(GraphQLError(message, code: .validationFailed, locations: locations.sourceLocations))
    }

    func fragment(named name: String) -> FragmentDefinition? { fragmentsByName[name] }

    /// The spreads of a selection set and of its nested fields and inline fragments, not
    /// entering the fragments they name (graphql-js order: a stack of selection sets).
    func fragmentSpreads(of selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let nested = field.selectionSet { setsToVisit.append(nested) }
                case .inlineFragment(let fragment): setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        return spreads
    }

    /// Every fragment an operation reaches through spreads, each once.
    func recursivelyReferencedFragments(_ operation: OperationDefinition) -> [FragmentDefinition] {
        let key = SelectionSetKey(operation.selectionSet)
        if let key, let cached = recursiveFragmentsCache[key] { return cached }
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var setsToVisit = [operation.selectionSet]
        while let set = setsToVisit.popLast() {
            for spread in fragmentSpreads(of: set) where collected.insert(spread.name.value).inserted {
                if let fragment = fragment(named: spread.name.value) {
                    fragments.append(fragment)
                    setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        if let key { recursiveFragmentsCache[key] = fragments }
        return fragments
    }

    /// The variables an operation uses, directly and through its fragments, with the type
    /// and default value of the position each stands in.
    func recursiveVariableUsages(_ operation: OperationDefinition) -> [VariableUsage] {
        var usages = variableUsages(operation.selectionSet) { $0.walk(operation) }
        for fragment in recursivelyReferencedFragments(operation) {
            usages += variableUsages(fragment.selectionSet) { $0.walk(fragment) }
        }
        return usages
    }

    private func variableUsages(_ selectionSet: SelectionSet, walk: (DocumentWalker) -> Void) -> [VariableUsage] {
        let key = SelectionSetKey(selectionSet)
        if let key, let cached = usagesCache[key] { return cached }
        let typeInfo = TypeInfo(schema: schema)
        let collector = VariableUsageCollector(typeInfo: typeInfo)
        walk(DocumentWalker(typeInfo: typeInfo, visitors: [collector]))
        if let key { usagesCache[key] = collector.usages }
        return collector.usages
    }
}

/// A variable where it is used: the type expected there and that position's default value.
struct VariableUsage {
    let variable: Variable
    let type: TypeRef?
    let defaultValue: JSONValue?
}

private final class VariableUsageCollector: ASTVisitor {
    let typeInfo: TypeInfo
    var usages: [VariableUsage] = []

    init(typeInfo: TypeInfo) {
        self.typeInfo = typeInfo
    }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .variableDefinition: return .skip
        case .value(.variable(let variable)):
            usages.append(VariableUsage(variable: variable, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue))
        default: break
        }
        return .proceed
    }
}

/// A parsed selection set's identity: where it stands in the source. Nodes built in code
/// all stand nowhere, so they get no key and are never cached.
struct SelectionSetKey: Hashable {
    let start: Int
    let end: Int

    init?(_ selectionSet: SelectionSet) {
        guard selectionSet.location.end > 0 else { return nil }
        start = selectionSet.location.start
        end = selectionSet.location.end
    }
}

extension [Location] {
    /// Nodes built in code stand nowhere and have no location to report.
    var sourceLocations: [GraphQLError.SourceLocation] {
        filter { $0.line > 0 }.map { GraphQLError.SourceLocation(line: $0.line, column: $0.column) }
    }
}
