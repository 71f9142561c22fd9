import FunnelLanguage

/// Directives Are Defined and In Valid Locations (§5.7.1, §5.7.2).
final class KnownDirectivesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        guard case .directive(let directive, let location) = node else { return .proceed }
        let name = directive.name.value
        if let definition = context.schema.directive(named: name) {
            if !definition.locations.contains(location) {
                context.report("Directive \"@\(name)\" may not be used on \(location.rawValue).", at: [directive.location])
            }
        } else {
            context.report("Unknown directive \"@\(name)\".", at: [directive.location])
        }
        return .proceed
    }
}

/// Directives Are Unique Per Location (§5.7.3).
final class UniqueDirectivesPerLocationRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        let directives: [Directive]
        switch node {
        case .operation(let operation): directives = operation.directives
        case .variableDefinition(let definition): directives = definition.directives
        case .field(let field): directives = field.directives
        case .fragmentSpread(let spread): directives = spread.directives
        case .inlineFragment(let fragment): directives = fragment.directives
        case .fragmentDefinition(let fragment): directives = fragment.directives
        default: return .proceed
        }
        var seen: [String: Directive] = [:]
        for directive in directives {
            let name = directive.name.value
            guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { continue }
            if let first = seen[name] {
                context.report("The directive \"@\(name)\" can only be used once at this location.", at: [first.location, directive.location])
            } else {
                seen[name] = directive
            }
        }
        return .proceed
    }
}
