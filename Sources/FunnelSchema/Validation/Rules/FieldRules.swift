import FunnelLanguage

/// Leaf Field Selections (§5.3.3).
final class ScalarLeafsRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        guard case .field(let field) = node, let type = context.typeInfo.type else { return .proceed }
        let name = field.name.value
        if context.schema.isLeafType(type) {
            if let selectionSet = field.selectionSet {
                context.report(
                    "Field \"\(name)\" must not have a selection since type \"\(type)\" has no subfields.",
                    at: [selectionSet.location]
                )
            }
        } else if field.selectionSet == nil {
            context.report(
                "Field \"\(name)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(name) { ... }\"?",
                at: [field.location]
            )
        }
        return .proceed
    }
}

/// Field Selections (§5.3.1).
final class FieldsOnCorrectTypeRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        guard case .field(let field) = node, let parentType = context.typeInfo.parentType,
              context.typeInfo.fieldDefinition == nil
        else { return .proceed }
        // Without interfaces and unions there are no types to suggest an inline fragment on.
        let fieldNames = context.schema.objectType(named: parentType)?.fields.map(\.name) ?? []
        let suggestion = Suggestions.didYouMean(Suggestions.list(field.name.value, fieldNames))
        context.report("Cannot query field \"\(field.name.value)\" on type \"\(parentType)\"." + suggestion, at: [field.location])
        return .proceed
    }
}
