/// `FragmentSpread : ... FragmentName Directives?`
public struct FragmentSpread: Sendable, Equatable {
    public var name: Name
    public var directives: [Directive]
    public var location: Location

    public init(name: Name, directives: [Directive] = [], location: Location = .synthesized) {
        self.name = name
        self.directives = directives
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.directives == rhs.directives
    }
}

/// `InlineFragment : ... TypeCondition? Directives? SelectionSet`
public struct InlineFragment: Sendable, Equatable {
    /// `TypeCondition : on NamedType`
    public var typeCondition: NamedType?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: Location

    public init(
        typeCondition: NamedType? = nil,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.typeCondition == rhs.typeCondition && lhs.directives == rhs.directives
            && lhs.selectionSet == rhs.selectionSet
    }
}

/// `FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet`
public struct FragmentDefinition: Sendable, Equatable {
    /// `FragmentName : Name but not on`
    public var name: Name
    public var typeCondition: NamedType
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var location: Location

    public init(
        name: Name,
        typeCondition: NamedType,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthesized
    ) {
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.typeCondition == rhs.typeCondition
            && lhs.directives == rhs.directives && lhs.selectionSet == rhs.selectionSet
    }
}
