import FunnelLanguage

/// One node of an executable document as the validation walk meets it.
enum ASTNode {
    case document(Document)
    case operation(OperationDefinition)
    case variableDefinition(VariableDefinition)
    case selectionSet(SelectionSet)
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)
    case fragmentDefinition(FragmentDefinition)
    /// A directive and where it stands.
    case directive(Directive, on: DirectiveLocation)
    case argument(Argument)
    case namedType(FunnelLanguage.NamedType)
    case value(Value)
    case objectField(ObjectField)
}

/// What a visitor wants after entering a node: go on, or skip the node's subtree (and its
/// leave) for this visitor only, as graphql-js `visitInParallel` does with `false`.
enum VisitAction {
    case proceed
    case skip
}

/// A visitor of the validation walk; every method defaults to doing nothing.
protocol ASTVisitor: AnyObject {
    func enter(_ node: ASTNode) -> VisitAction
    func leave(_ node: ASTNode)
}

extension ASTVisitor {
    func enter(_ node: ASTNode) -> VisitAction { .proceed }
    func leave(_ node: ASTNode) {}
}
