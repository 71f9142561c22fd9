/// `SelectionSet : { Selection+ }`
public struct SelectionSet: Sendable, Equatable {
    public var selections: [Selection]
    public var location: Location

    public init(selections: [Selection], location: Location = .synthesized) {
        self.selections = selections
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.selections == rhs.selections }
}

/// `Selection : Field | FragmentSpread | InlineFragment`
///
/// Indirect: a selection is a pointer, so selection lists stay compact and each nesting
/// level of a deep document costs the parser little stack.
public indirect enum Selection: Sendable, Equatable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var location: Location {
        switch self {
        case .field(let field): field.location
        case .fragmentSpread(let spread): spread.location
        case .inlineFragment(let fragment): fragment.location
        }
    }
}

/// `Field : Alias? Name Arguments? Directives? SelectionSet?`
public struct Field: Sendable, Equatable {
    // `location` is declared first so that the compiler's memberwise initializer,
    // `init(location:alias:name:...)`, does not clash with the public one (in the extension
    // below) and is synthesized; the public one delegates to it. An initializer body of
    // `self.x = x` assignments builds the field in a stack slot and then retains and releases
    // every name and list in it once more; the memberwise one does not (about 5 % of parsing
    // a query, where every field goes through here).
    public var location: Location
    /// `Alias : Name :`
    public var alias: Name?
    public var name: Name
    public var arguments: [Argument]
    public var directives: [Directive]
    public var selectionSet: SelectionSet?

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.alias == rhs.alias && lhs.name == rhs.name && lhs.arguments == rhs.arguments
            && lhs.directives == rhs.directives && lhs.selectionSet == rhs.selectionSet
    }
}

extension Field {
    public init(
        alias: Name? = nil,
        name: Name,
        arguments: [Argument] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet? = nil,
        location: Location = .synthesized
    ) {
        self.init(
            location: location, alias: alias, name: name, arguments: arguments, directives: directives,
            selectionSet: selectionSet
        )
    }
}

/// `Argument[Const] : Name : Value[?Const]`
public struct Argument: Sendable, Equatable {
    public var name: Name
    public var value: Value
    public var location: Location

    public init(name: Name, value: Value, location: Location = .synthesized) {
        self.name = name
        self.value = value
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name && lhs.value == rhs.value }
}

/// `Directive[Const] : @ Name Arguments[?Const]?`
public struct Directive: Sendable, Equatable {
    public var name: Name
    public var arguments: [Argument]
    public var location: Location

    public init(name: Name, arguments: [Argument] = [], location: Location = .synthesized) {
        self.name = name
        self.arguments = arguments
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.arguments == rhs.arguments
    }
}
