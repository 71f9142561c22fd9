import FunnelLanguage

/// Variable Uniqueness (§5.8.1).
final class UniqueVariableNamesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        guard case .operation(let operation) = node else { return .proceed }
        var order: [String] = []
        var byName: [String: [VariableDefinition]] = [:]
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(definition)
        }
        for name in order where byName[name]!.count > 1 {
            context.report("There can be only one variable named \"$\(name)\".", at: byName[name]!.map(\.variable.name.location))
        }
        return .proceed
    }
}

/// All Variable Uses Defined (§5.8.3).
final class NoUndefinedVariablesRule: ASTVisitor {
    private let context: ValidationContext
    private var defined: Set<String> = []

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation: defined.removeAll()
        case .variableDefinition(let definition): defined.insert(definition.variable.name.value)
        default: break
        }
        return .proceed
    }

    func leave(_ node: ASTNode) {
        guard case .operation(let operation) = node else { return }
        for usage in context.recursiveVariableUsages(operation) where !defined.contains(usage.variable.name.value) {
            let name = usage.variable.name.value
            let message = operation.name.map { "Variable \"$\(name)\" is not defined by operation \"\($0.value)\"." }
                ?? "Variable \"$\(name)\" is not defined."
            context.report(message, at: [usage.variable.location, operation.location])
        }
    }
}

/// All Variables Used (§5.8.4).
final class NoUnusedVariablesRule: ASTVisitor {
    private let context: ValidationContext
    private var definitions: [VariableDefinition] = []

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation: definitions.removeAll()
        case .variableDefinition(let definition): definitions.append(definition)
        default: break
        }
        return .proceed
    }

    func leave(_ node: ASTNode) {
        guard case .operation(let operation) = node else { return }
        let used = Set(context.recursiveVariableUsages(operation).map(\.variable.name.value))
        for definition in definitions where !used.contains(definition.variable.name.value) {
            let name = definition.variable.name.value
            let message = operation.name.map { "Variable \"$\(name)\" is never used in operation \"\($0.value)\"." }
                ?? "Variable \"$\(name)\" is never used."
            context.report(message, at: [definition.location])
        }
    }
}

/// All Variable Usages Are Allowed (§5.8.5).
final class VariablesInAllowedPositionRule: ASTVisitor {
    private let context: ValidationContext
    private var definitions: [String: VariableDefinition] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .operation: definitions.removeAll()
        case .variableDefinition(let definition): definitions[definition.variable.name.value] = definition
        default: break
        }
        return .proceed
    }

    func leave(_ node: ASTNode) {
        guard case .operation(let operation) = node else { return }
        let schema = context.schema
        for usage in context.recursiveVariableUsages(operation) {
            let name = usage.variable.name.value
            guard let definition = definitions[name], let locationType = usage.type,
                  let variableType = schema.typeRef(definition.type)
            else { continue }
            if !isAllowed(variableType, definition.defaultValue, in: locationType, usage.defaultValue) {
                context.report(
                    "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                    at: [definition.location, usage.variable.location]
                )
            }
        }
    }

    private func isAllowed(_ variableType: TypeRef, _ variableDefault: Value?, in locationType: TypeRef, _ locationDefault: JSONValue?) -> Bool {
        if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
            var hasNonNullVariableDefault = variableDefault != nil
            if case .null? = variableDefault { hasNonNullVariableDefault = false }
            guard hasNonNullVariableDefault || locationDefault != nil else { return false }
            return context.schema.isSubType(variableType, of: nullableLocation)
        }
        return context.schema.isSubType(variableType, of: locationType)
    }
}
