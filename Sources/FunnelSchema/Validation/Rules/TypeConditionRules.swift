import FunnelLanguage

/// Fragment Spread Type Existence (§5.5.1.2) for fragments, and known types for variables.
final class KnownTypeNamesRule: ASTVisitor {
    private let context: ValidationContext
    private let typeNames: [String]

    init(_ context: ValidationContext) {
        self.context = context
        self.typeNames = context.schema.types.map(\.name)
    }

    func enter(_ node: ASTNode) -> VisitAction {
        if case .namedType(let named) = node, context.schema.type(named: named.name.value) == nil {
            let name = named.name.value
            context.report("Unknown type \"\(name)\"." + Suggestions.didYouMean(Suggestions.list(name, typeNames)), at: [named.location])
        }
        return .proceed
    }
}

/// Fragments On Composite Types (§5.5.1.3).
final class FragmentsOnCompositeTypesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .inlineFragment(let fragment):
            if let condition = fragment.typeCondition, isNonComposite(condition) {
                context.report("Fragment cannot condition on non composite type \"\(condition.name.value)\".", at: [condition.location])
            }
        case .fragmentDefinition(let fragment):
            if isNonComposite(fragment.typeCondition) {
                context.report(
                    "Fragment \"\(fragment.name.value)\" cannot condition on non composite type \"\(fragment.typeCondition.name.value)\".",
                    at: [fragment.typeCondition.location]
                )
            }
        default: break
        }
        return .proceed
    }

    private func isNonComposite(_ condition: FunnelLanguage.NamedType) -> Bool {
        guard let type = context.schema.typeRef(.named(condition)) else { return false }
        return !context.schema.isCompositeType(type)
    }
}

/// Variables Are Input Types (§5.8.2).
final class VariablesAreInputTypesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        if case .variableDefinition(let definition) = node,
           let type = context.schema.typeRef(definition.type), !context.schema.isInputType(type) {
            context.report(
                "Variable \"$\(definition.variable.name.value)\" cannot be non-input type \"\(type)\".",
                at: [definition.type.location]
            )
        }
        return .proceed
    }
}
