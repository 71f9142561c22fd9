import FunnelLanguage

/// graphql-js `typeFromAST` and the type predicates validation and coercion ask of a `TypeRef`.
extension Schema {
    /// The schema's type for a written type; nil when its named type is unknown.
    func typeRef(_ node: TypeReference) -> TypeRef? {
        switch node {
        case .named(let named): type(named: named.name.value) == nil ? nil : .named(named.name.value)
        case .list(let list): typeRef(list.type).map { .list($0) }
        case .nonNull(let nonNull): typeRef(nonNull.type).map { .nonNull($0) }
        }
    }

    func namedType(of type: TypeRef?) -> NamedType? {
        type.flatMap { self.type(named: $0.namedType) }
    }

    func isInputType(_ type: TypeRef?) -> Bool { namedType(of: type)?.isInput ?? false }
    func isOutputType(_ type: TypeRef?) -> Bool { namedType(of: type)?.isOutput ?? false }
    func isLeafType(_ type: TypeRef?) -> Bool { namedType(of: type)?.isLeaf ?? false }

    /// Object types are this schema's only composite types.
    func isCompositeType(_ type: TypeRef?) -> Bool {
        if case .object? = namedType(of: type) { return true }
        return false
    }

    /// graphql-js `isTypeSubTypeOf`; without interfaces and unions, named types match by name.
    func isSubType(_ maybeSubType: TypeRef, of superType: TypeRef) -> Bool {
        if maybeSubType == superType { return true }
        switch (maybeSubType, superType) {
        case (.nonNull(let sub), .nonNull(let sup)): return isSubType(sub, of: sup)
        case (_, .nonNull): return false
        case (.nonNull(let sub), _): return isSubType(sub, of: superType)
        case (.list(let sub), .list(let sup)): return isSubType(sub, of: sup)
        default: return false
        }
    }
}

extension TypeRef {
    /// The type inside a list (non-null or not); nil for anything else.
    var listItem: TypeRef? {
        if case .list(let item) = nullable { return item }
        return nil
    }
}
