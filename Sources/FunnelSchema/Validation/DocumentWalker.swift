import FunnelLanguage

/// Walks a document in graphql-js's key order, keeping a `TypeInfo` current and calling every
/// visitor in turn at each node (graphql-js `visit` with `TypeInfoVisitor(visitInParallel)`).
final class DocumentWalker {
    private let typeInfo: TypeInfo
    private let visitors: [any ASTVisitor]
    private let shouldStop: () -> Bool
    /// The depth at which each visitor asked to skip, nil while it is listening.
    private var skipping: [Int?]
    private var depth = 0

    init(typeInfo: TypeInfo, visitors: [any ASTVisitor], shouldStop: @escaping () -> Bool = { false }) {
        self.typeInfo = typeInfo
        self.visitors = visitors
        self.shouldStop = shouldStop
        self.skipping = Array(repeating: nil, count: visitors.count)
    }

    func walk(_ document: Document) {
        visit(.document(document)) {
            for definition in document.definitions {
                switch definition {
                case .operation(let operation): walk(operation)
                case .fragment(let fragment): walk(fragment)
                }
            }
        }
    }

    func walk(_ operation: OperationDefinition) {
        visit(.operation(operation)) {
            for definition in operation.variableDefinitions { walk(definition) }
            walk(operation.directives, on: DirectiveLocation(operation.operation))
            walk(operation.selectionSet)
        }
    }

    func walk(_ fragment: FragmentDefinition) {
        visit(.fragmentDefinition(fragment)) {
            visit(.namedType(fragment.typeCondition)) {}
            walk(fragment.directives, on: .fragmentDefinition)
            walk(fragment.selectionSet)
        }
    }

    private func walk(_ definition: VariableDefinition) {
        visit(.variableDefinition(definition)) {
            walk(definition.type)
            if let value = definition.defaultValue { walk(value) }
            walk(definition.directives, on: .variableDefinition)
        }
    }

    private func walk(_ type: TypeReference) {
        switch type {
        case .named(let named): visit(.namedType(named)) {}
        case .list(let list): walk(list.type)
        case .nonNull(let nonNull): walk(nonNull.type)
        }
    }

    private func walk(_ selectionSet: SelectionSet) {
        visit(.selectionSet(selectionSet)) {
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    visit(.field(field)) {
                        walk(field.arguments)
                        walk(field.directives, on: .field)
                        if let selectionSet = field.selectionSet { walk(selectionSet) }
                    }
                case .fragmentSpread(let spread):
                    visit(.fragmentSpread(spread)) {
                        walk(spread.directives, on: .fragmentSpread)
                    }
                case .inlineFragment(let fragment):
                    visit(.inlineFragment(fragment)) {
                        if let condition = fragment.typeCondition { visit(.namedType(condition)) {} }
                        walk(fragment.directives, on: .inlineFragment)
                        walk(fragment.selectionSet)
                    }
                }
            }
        }
    }

    private func walk(_ directives: [Directive], on location: DirectiveLocation) {
        for directive in directives {
            visit(.directive(directive, on: location)) { walk(directive.arguments) }
        }
    }

    private func walk(_ arguments: [Argument]) {
        for argument in arguments {
            visit(.argument(argument)) { walk(argument.value) }
        }
    }

    private func walk(_ value: Value) {
        visit(.value(value)) {
            switch value {
            case .list(let list):
                for item in list.values { walk(item) }
            case .object(let object):
                for field in object.fields {
                    visit(.objectField(field)) { walk(field.value) }
                }
            default:
                break
            }
        }
    }

    private func visit(_ node: ASTNode, children: () -> Void) {
        guard !shouldStop() else { return }
        depth += 1
        defer { depth -= 1 }
        typeInfo.enter(node)
        for index in visitors.indices where skipping[index] == nil {
            if visitors[index].enter(node) == .skip { skipping[index] = depth }
            if shouldStop() { return }
        }
        children()
        guard !shouldStop() else { return }
        for index in visitors.indices {
            if skipping[index] == depth {
                skipping[index] = nil
            } else if skipping[index] == nil {
                visitors[index].leave(node)
                if shouldStop() { return }
            }
        }
        typeInfo.leave(node)
    }
}

extension DirectiveLocation {
    init(_ operation: OperationType) {
        switch operation {
        case .query: self = .query
        case .mutation: self = .mutation
        case .subscription: self = .subscription
        }
    }
}
