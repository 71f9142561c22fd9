/// A typed schema: named types, the root operation types, the directives.
///
/// Introspection's own types (`__Schema`, `__Type`, ...) and the built-in scalars and
/// directives are part of every schema, so validation treats introspection queries like any
/// other query.
public struct Schema: Sendable {
    public let queryType: String
    public let mutationType: String?
    public let description: Bilingual?
    /// Every named type, in the order they were declared (the SDL printer keeps it).
    public let types: [NamedType]
    public let directives: [DirectiveDefinition]
    private let typesByName: [String: NamedType]

    public init(
        query: ObjectType, mutation: ObjectType? = nil, types: [NamedType], description: Bilingual? = nil,
        directives: [DirectiveDefinition] = BuiltIns.directives
    ) {
        var all: [NamedType] = [.object(query)]
        if let mutation { all.append(.object(mutation)) }
        all += types
        for scalar in BuiltIns.scalars where !all.contains(where: { $0.name == scalar.name }) {
            all.append(.scalar(scalar))
        }
        all += Introspection.types
        self.queryType = query.name
        self.mutationType = mutation?.name
        self.description = description
        self.types = all
        self.directives = directives
        var byName: [String: NamedType] = [:]
        for type in all { byName[type.name] = type }
        self.typesByName = byName
    }

    public func type(named name: String) -> NamedType? { typesByName[name] }

    public func objectType(named name: String) -> ObjectType? {
        if case .object(let object)? = typesByName[name] { return object }
        return nil
    }

    public func directive(named name: String) -> DirectiveDefinition? { directives.first { $0.name == name } }

    /// The root type of an operation kind; nil when the schema has none (subscriptions).
    public func rootType(for operation: String) -> ObjectType? {
        switch operation {
        case "query": objectType(named: queryType)
        case "mutation": mutationType.flatMap { objectType(named: $0) }
        default: nil
        }
    }

    /// A field of an object type, including the meta-fields: `__typename` everywhere,
    /// `__schema` and `__type` on the query root.
    public func field(_ name: String, on typeName: String) -> FieldDefinition? {
        if name == "__typename" { return Introspection.typenameField }
        if typeName == queryType {
            if name == "__schema" { return Introspection.schemaField }
            if name == "__type" { return Introspection.typeField }
        }
        return objectType(named: typeName)?.field(name)
    }
}
