import FunnelLanguage

/// Fragment Name Uniqueness (§5.5.1.1).
final class UniqueFragmentNamesRule: ASTVisitor {
    private let context: ValidationContext
    private var known: [String: Name] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation: return .skip
        case .fragmentDefinition(let fragment):
            let name = fragment.name
            if let first = known[name.value] {
                context.report("There can be only one fragment named \"\(name.value)\".", at: [first.location, name.location])
            } else {
                known[name.value] = name
            }
            return .skip
        default: return .proceed
        }
    }
}

/// Fragment Spread Target Defined (§5.5.2.1).
final class KnownFragmentNamesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        if case .fragmentSpread(let spread) = node, context.fragment(named: spread.name.value) == nil {
            context.report("Unknown fragment \"\(spread.name.value)\".", at: [spread.name.location])
        }
        return .proceed
    }
}

/// Fragments Must Be Used (§5.5.1.4).
final class NoUnusedFragmentsRule: ASTVisitor {
    private let context: ValidationContext
    private var operations: [OperationDefinition] = []
    private var fragments: [FragmentDefinition] = []

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation(let operation):
            operations.append(operation)
            return .skip
        case .fragmentDefinition(let fragment):
            fragments.append(fragment)
            return .skip
        default: return .proceed
        }
    }

    func leave(_ node: ASTNode) {
        guard case .document = node else { return }
        var used: Set<String> = []
        for operation in operations {
            for fragment in context.recursivelyReferencedFragments(operation) { used.insert(fragment.name.value) }
        }
        for fragment in fragments where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.location])
        }
    }
}

/// Fragment Spread Is Possible (§5.5.2.3).
final class PossibleFragmentSpreadsRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        let schema = context.schema
        switch node {
        case .inlineFragment(let fragment):
            if let fragmentType = context.typeInfo.type, schema.isCompositeType(fragmentType),
               let parentType = context.typeInfo.parentType, fragmentType.namedType != parentType {
                context.report(
                    "Fragment cannot be spread here as objects of type \"\(parentType)\" can never be of type \"\(fragmentType)\".",
                    at: [fragment.location]
                )
            }
        case .fragmentSpread(let spread):
            let name = spread.name.value
            if let fragment = context.fragment(named: name), let fragmentType = schema.typeRef(.named(fragment.typeCondition)),
               schema.isCompositeType(fragmentType), let parentType = context.typeInfo.parentType,
               fragmentType.namedType != parentType {
                context.report(
                    "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType)\" can never be of type \"\(fragmentType)\".",
                    at: [spread.location]
                )
            }
        default: break
        }
        return .proceed
    }
}

/// Fragment Spreads Must Not Form Cycles (§5.5.2.2).
final class NoFragmentCyclesRule: ASTVisitor {
    private let context: ValidationContext
    private var visited: Set<String> = []
    private var spreadPath: [FragmentSpread] = []
    private var spreadPathIndexByName: [String: Int] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation: return .skip
        case .fragmentDefinition(let fragment):
            detectCycle(from: fragment)
            return .skip
        default: return .proceed
        }
    }

    private func detectCycle(from fragment: FragmentDefinition) {
        let name = fragment.name.value
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(of: fragment.selectionSet)
        guard !spreads.isEmpty else { return }
        spreadPathIndexByName[name] = spreadPath.count
        for spread in spreads {
            let spreadName = spread.name.value
            let cycleIndex = spreadPathIndexByName[spreadName]
            spreadPath.append(spread)
            if let cycleIndex {
                let cyclePath = Array(spreadPath[cycleIndex...])
                let via = cyclePath.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    at: cyclePath.map(\.location)
                )
            } else if let target = context.fragment(named: spreadName) {
                detectCycle(from: target)
            }
            spreadPath.removeLast()
        }
        spreadPathIndexByName[name] = nil
    }
}
