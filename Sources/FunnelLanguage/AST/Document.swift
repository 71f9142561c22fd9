/// An executable document: the operations and fragments of one request.
///
/// Equality on every AST node compares meaning and ignores `location`: two nodes are equal
/// when they say the same thing, wherever they were written. That is what makes
/// `parse(print(parse(x))) == parse(x)` a meaningful property.
public struct Document: Sendable, Equatable {
    public var definitions: [Definition]
    public var location: Location

    public init(definitions: [Definition], location: Location = .synthesized) {
        self.definitions = definitions
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.definitions == rhs.definitions
    }
}

/// `ExecutableDefinition : OperationDefinition | FragmentDefinition`
public enum Definition: Sendable, Equatable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)

    public var location: Location {
        switch self {
        case .operation(let operation): operation.location
        case .fragment(let fragment): fragment.location
        }
    }
}
