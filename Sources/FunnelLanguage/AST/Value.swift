/// `Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]`
public enum Value: Sendable, Equatable {
    case variable(Variable)
    case int(IntValue)
    case float(FloatValue)
    case string(StringValue)
    case boolean(BooleanValue)
    case null(NullValue)
    case `enum`(EnumValue)
    case list(ListValue)
    case object(ObjectValue)

    public var location: Location {
        switch self {
        case .variable(let node): node.location
        case .int(let node): node.location
        case .float(let node): node.location
        case .string(let node): node.location
        case .boolean(let node): node.location
        case .null(let node): node.location
        case .enum(let node): node.location
        case .list(let node): node.location
        case .object(let node): node.location
        }
    }
}

/// `IntValue : IntegerPart`, kept as written (as graphql-js does): the parser does not
/// decide how large a number may be; the schema's scalar does.
public struct IntValue: Sendable, Equatable {
    public var value: String
    public var location: Location

    public init(_ value: String, location: Location = .synthesized) {
        self.value = value
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
}

/// `FloatValue : IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart`,
/// kept as written.
public struct FloatValue: Sendable, Equatable {
    public var value: String
    public var location: Location

    public init(_ value: String, location: Location = .synthesized) {
        self.value = value
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
}

/// `StringValue : " StringCharacter* " | """ BlockStringCharacter* """`
///
/// `value` is the decoded string (escapes resolved, block strings dedented); `block` says
/// which form was written, so the printer can keep it.
public struct StringValue: Sendable, Equatable {
    public var value: String
    public var block: Bool
    public var location: Location

    public init(_ value: String, block: Bool = false, location: Location = .synthesized) {
        self.value = value
        self.block = block
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value && lhs.block == rhs.block }
}

/// `BooleanValue : one of true false`
public struct BooleanValue: Sendable, Equatable {
    public var value: Bool
    public var location: Location

    public init(_ value: Bool, location: Location = .synthesized) {
        self.value = value
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
}

/// `NullValue : null`
public struct NullValue: Sendable, Equatable {
    public var location: Location

    public init(location: Location = .synthesized) {
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { true }
}

/// `EnumValue : Name but not true or false or null`
public struct EnumValue: Sendable, Equatable {
    public var value: String
    public var location: Location

    public init(_ value: String, location: Location = .synthesized) {
        self.value = value
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
}

/// `ListValue[Const] : [ ] | [ Value[?Const]+ ]`
public struct ListValue: Sendable, Equatable {
    public var values: [Value]
    public var location: Location

    public init(_ values: [Value], location: Location = .synthesized) {
        self.values = values
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.values == rhs.values }
}

/// `ObjectValue[Const] : { } | { ObjectField[?Const]+ }`
public struct ObjectValue: Sendable, Equatable {
    public var fields: [ObjectField]
    public var location: Location

    public init(_ fields: [ObjectField], location: Location = .synthesized) {
        self.fields = fields
        self.location = location
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.fields == rhs.fields }
}

/// `ObjectField[Const] : Name : Value[?Const]`
public struct ObjectField: Sendable, Equatable {
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
