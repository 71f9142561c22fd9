/// `OperationType : one of query mutation subscription`
public enum OperationType: String, Sendable, Equatable, CaseIterable {
    case query
    case mutation
    case subscription
}

/// `OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet`
///
/// The shorthand `{ ... }` parses as an anonymous `query` without variables or directives.
public struct OperationDefinition: Sendable, Equatable {
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: Location

    public init(
        operation: OperationType,
        name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.operation == rhs.operation && lhs.name == rhs.name
            && lhs.variableDefinitions == rhs.variableDefinitions && lhs.directives == rhs.directives
            && lhs.selectionSet == rhs.selectionSet
    }
}

/// `VariableDefinition : Variable : Type DefaultValue? Directives[Const]?`
public struct VariableDefinition: Sendable, Equatable {
    public var variable: Variable
    public var type: TypeReference
    /// `DefaultValue : = Value[Const]`
    public var defaultValue: Value?
    public var directives: [Directive]
    public var location: Location

    public init(
        variable: Variable,
        type: TypeReference,
        defaultValue: Value? = nil,
        directives: [Directive] = [],
        location: Location = .synthesized
    ) {
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.variable == rhs.variable && lhs.type == rhs.type && lhs.defaultValue == rhs.defaultValue
            && lhs.directives == rhs.directives
    }
}
