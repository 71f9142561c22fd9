/// An argument, an input object field: both are input values.
public struct InputValueDefinition: Sendable {
    public let name: String
    public let type: TypeRef
    /// Already coerced to the type, as GraphQL's default values are.
    public let defaultValue: JSONValue?
    public let description: Bilingual

    public init(_ name: String, _ type: TypeRef, default defaultValue: JSONValue? = nil, _ description: Bilingual) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
    }
}

public struct FieldDefinition: Sendable {
    public let name: String
    public let type: TypeRef
    public let arguments: [InputValueDefinition]
    public let description: Bilingual
    public let deprecationReason: String?

    public init(
        _ name: String, _ type: TypeRef, arguments: [InputValueDefinition] = [], _ description: Bilingual,
        deprecationReason: String? = nil
    ) {
        self.name = name
        self.type = type
        self.arguments = arguments
        self.description = description
        self.deprecationReason = deprecationReason
    }

    public func argument(_ name: String) -> InputValueDefinition? { arguments.first { $0.name == name } }
}

public struct ObjectType: Sendable {
    public let name: String
    public let description: Bilingual
    public let fields: [FieldDefinition]

    public init(_ name: String, _ description: Bilingual, fields: [FieldDefinition]) {
        self.name = name
        self.description = description
        self.fields = fields
    }

    public func field(_ name: String) -> FieldDefinition? { fields.first { $0.name == name } }
}

public struct EnumValueDefinition: Sendable {
    public let name: String
    public let description: Bilingual
    public let deprecationReason: String?

    public init(_ name: String, _ description: Bilingual, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
    }
}

public struct EnumType: Sendable {
    public let name: String
    public let description: Bilingual
    public let values: [EnumValueDefinition]

    public init(_ name: String, _ description: Bilingual, values: [EnumValueDefinition]) {
        self.name = name
        self.description = description
        self.values = values
    }

    public func value(_ name: String) -> EnumValueDefinition? { values.first { $0.name == name } }
}

public struct InputObjectType: Sendable {
    public let name: String
    public let description: Bilingual
    public let fields: [InputValueDefinition]

    public init(_ name: String, _ description: Bilingual, fields: [InputValueDefinition]) {
        self.name = name
        self.description = description
        self.fields = fields
    }

    public func field(_ name: String) -> InputValueDefinition? { fields.first { $0.name == name } }
}

/// The scalars this schema knows; each coerces its own input (`ScalarCoercion`).
public enum ScalarKind: String, Sendable, CaseIterable {
    case int = "Int"
    case float = "Float"
    case string = "String"
    case boolean = "Boolean"
    case id = "ID"
    /// `YYYY-MM-DD`, a real calendar date.
    case date = "Date"
    /// RFC 3339 with an offset: `2026-03-01T09:30:00+08:00`.
    case dateTime = "DateTime"
}

public struct ScalarType: Sendable {
    public let kind: ScalarKind
    public let description: Bilingual
    public let specifiedByURL: String?
    public var name: String { kind.rawValue }

    public init(_ kind: ScalarKind, _ description: Bilingual, specifiedByURL: String? = nil) {
        self.kind = kind
        self.description = description
        self.specifiedByURL = specifiedByURL
    }
}

/// A named type of the schema. (No interfaces or unions: nothing here needs them.)
public enum NamedType: Sendable {
    case scalar(ScalarType)
    case object(ObjectType)
    case enumeration(EnumType)
    case inputObject(InputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): type.name
        case .object(let type): type.name
        case .enumeration(let type): type.name
        case .inputObject(let type): type.name
        }
    }

    public var description: Bilingual {
        switch self {
        case .scalar(let type): type.description
        case .object(let type): type.description
        case .enumeration(let type): type.description
        case .inputObject(let type): type.description
        }
    }

    /// Scalars and enums: may stand at a leaf, may be input.
    public var isLeaf: Bool {
        switch self {
        case .scalar, .enumeration: true
        case .object, .inputObject: false
        }
    }

    public var isInput: Bool {
        switch self {
        case .scalar, .enumeration, .inputObject: true
        case .object: false
        }
    }

    public var isOutput: Bool {
        switch self {
        case .scalar, .enumeration, .object: true
        case .inputObject: false
        }
    }
}

/// Where a directive may stand (the executable locations of the spec, plus the ones the
/// built-in `@deprecated` and `@specifiedBy` name).
public enum DirectiveLocation: String, Sendable, CaseIterable {
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    case scalar = "SCALAR"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
    case enumValue = "ENUM_VALUE"
}

public struct DirectiveDefinition: Sendable {
    public let name: String
    public let description: Bilingual
    public let locations: [DirectiveLocation]
    public let arguments: [InputValueDefinition]
    public let isRepeatable: Bool

    public init(
        _ name: String, _ description: Bilingual, locations: [DirectiveLocation],
        arguments: [InputValueDefinition] = [], isRepeatable: Bool = false
    ) {
        self.name = name
        self.description = description
        self.locations = locations
        self.arguments = arguments
        self.isRepeatable = isRepeatable
    }
}
