import FunnelLanguage

/// Argument Names (§5.4.1) of fields and directives.
final class KnownArgumentNamesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .directive(let directive, _):
            if let definition = context.schema.directive(named: directive.name.value) {
                let known = definition.arguments.map(\.name)
                for argument in directive.arguments where !known.contains(argument.name.value) {
                    let name = argument.name.value
                    context.report(
                        "Unknown argument \"\(name)\" on directive \"@\(directive.name.value)\"."
                            + Suggestions.didYouMean(Suggestions.list(name, known)),
                        at: [argument.location]
                    )
                }
            }
            // Directive arguments are checked here only, never against the field's.
            return .skip
        case .argument(let argument):
            let typeInfo = context.typeInfo
            if typeInfo.argument == nil, let field = typeInfo.fieldDefinition, let parentType = typeInfo.parentType {
                let name = argument.name.value
                context.report(
                    "Unknown argument \"\(name)\" on field \"\(parentType).\(field.name)\"."
                        + Suggestions.didYouMean(Suggestions.list(name, field.arguments.map(\.name))),
                    at: [argument.location]
                )
            }
        default: break
        }
        return .proceed
    }
}

/// Argument Uniqueness (§5.4.2).
final class UniqueArgumentNamesRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .field(let field): check(field.arguments)
        case .directive(let directive, _): check(directive.arguments)
        default: break
        }
        return .proceed
    }

    private func check(_ arguments: [Argument]) {
        var order: [String] = []
        var byName: [String: [Argument]] = [:]
        for argument in arguments {
            if byName[argument.name.value] == nil { order.append(argument.name.value) }
            byName[argument.name.value, default: []].append(argument)
        }
        for name in order where byName[name]!.count > 1 {
            context.report("There can be only one argument named \"\(name)\".", at: byName[name]!.map(\.name.location))
        }
    }
}

/// Required Arguments (§5.4.2.1) of fields and directives.
final class ProvidedRequiredArgumentsRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func leave(_ node: ASTNode) {
        switch node {
        case .field(let field):
            guard let definition = context.typeInfo.fieldDefinition else { return }
            for argument in definition.arguments where argument.isRequired && !field.arguments.contains(where: { $0.name.value == argument.name }) {
                context.report(
                    "Field \"\(field.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                    at: [field.location]
                )
            }
        case .directive(let directive, _):
            guard let definition = context.schema.directive(named: directive.name.value) else { return }
            for argument in definition.arguments where argument.isRequired && !directive.arguments.contains(where: { $0.name.value == argument.name }) {
                context.report(
                    "Directive \"@\(directive.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                    at: [directive.location]
                )
            }
        default: break
        }
    }
}

extension InputValueDefinition {
    /// Non-null without a default: the caller must say it.
    var isRequired: Bool { type.isNonNull && defaultValue == nil }
}
