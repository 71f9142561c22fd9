/// `Type : NamedType | ListType | NonNullType`
public indirect enum TypeReference: Sendable, Equatable {
    case named(NamedType)
    case list(ListType)
    case nonNull(NonNullType)

    public var location: Location {
        switch self {
        case .named(let named): named.location
        case .list(let list): list.location
        case .nonNull(let nonNull): nonNull.location
        }
    }
}

/// `NamedType : Name`
public struct NamedType: Sendable, Equatable {
    public var name: Name
    public var location: Location

    public init(name: Name, location: Location = .synthesized) {
        self.name = name
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }
}

/// `ListType : [ Type ]`
public struct ListType: Sendable, Equatable {
    public var type: TypeReference
    public var location: Location

    public init(type: TypeReference, location: Location = .synthesized) {
        self.type = type
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.type == rhs.type }
}

/// `NonNullType : NamedType ! | ListType !`
///
/// `type` is never itself `.nonNull` when parsed; the grammar cannot say `T!!`.
public struct NonNullType: Sendable, Equatable {
    public var type: TypeReference
    public var location: Location

    public init(type: TypeReference, location: Location = .synthesized) {
        self.type = type
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.type == rhs.type }
}
