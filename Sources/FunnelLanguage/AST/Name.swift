/// A GraphQL name (`/[_A-Za-z][_0-9A-Za-z]*/`) as written.
public struct Name: Sendable, Equatable, CustomStringConvertible {
    public var value: String
    public var location: Location

    public init(_ value: String, location: Location = .synthesized) {
        self.value = value
        self.location = location
    }

    public var description: String { value }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
}

/// `Variable : $ Name`
public struct Variable: Sendable, Equatable {
    public var name: Name
    public var location: Location

    public init(name: Name, location: Location = .synthesized) {
        self.name = name
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }
}
