import FunnelLanguage

/// Operation Name Uniqueness (§5.2.1.1).
final class UniqueOperationNamesRule: ASTVisitor {
    private let context: ValidationContext
    private var known: [String: Name] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation(let operation):
            if let name = operation.name {
                if let first = known[name.value] {
                    context.report("There can be only one operation named \"\(name.value)\".", at: [first.location, name.location])
                } else {
                    known[name.value] = name
                }
            }
            return .skip
        case .fragmentDefinition: return .skip
        default: return .proceed
        }
    }
}

/// Lone Anonymous Operation (§5.2.2.1).
final class LoneAnonymousOperationRule: ASTVisitor {
    private let context: ValidationContext
    private var operationCount = 0

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .document(let document):
            operationCount = document.definitions.count { if case .operation = $0 { true } else { false } }
        case .operation(let operation) where operation.name == nil && operationCount > 1:
            context.report("This anonymous operation must be the only defined operation.", at: [operation.location])
        default: break
        }
        return .proceed
    }
}
