import FunnelLanguage
import FunnelSchema

/// Shapes resolved values by their selection sets into the response JSON (spec §6.4.3
/// CompleteValue), with null propagation: a null in a non-null position nulls the nearest
/// nullable parent.
struct ValueCompleter {
    let context: ExecutionContext

    /// Thrown when a non-null position got null; the error is already recorded.
    struct NullPropagation: Error {}

    func complete(
        _ value: OutputValue, as type: TypeRef, nodes: [Field], path: [GraphQLError.PathComponent], parentType: String
    ) throws(NullPropagation) -> JSONValue {
        if case .nonNull(let inner) = type {
            let completed = try complete(value, as: inner, nodes: nodes, path: path, parentType: parentType)
            if completed == .null {
                context.record(GraphQLError(
                    "Cannot return null for non-nullable field \(parentType).\(nodes[0].name.value).",
                    code: .internalError, locations: nodes.map(\.location.sourceLocation), path: path
                ))
                throw NullPropagation()
            }
            return completed
        }
        switch (value, type) {
        case (.null, _):
            return .null
        case (.list(let items), .list(let itemType)):
            var completed: [JSONValue] = []
            completed.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                completed.append(try complete(item, as: itemType, nodes: nodes, path: path + [.index(index)], parentType: parentType))
            }
            return .array(completed)
        case (.leaf(let leaf), .named):
            return leaf
        case (.object(let object), .named):
            do {
                return try completeObject(object, selectionSets: nodes.compactMap(\.selectionSet), path: path)
            } catch {
                return .null
            }
        default:
            context.record(GraphQLError(
                "Internal error: \(parentType).\(nodes[0].name.value) resolved to a value of the wrong shape.",
                code: .internalError, locations: nodes.map(\.location.sourceLocation), path: path
            ))
            return .null
        }
    }

    /// The object's selected fields in selection order.
    func completeObject(
        _ object: OutputObject, selectionSets: [SelectionSet], path: [GraphQLError.PathComponent]
    ) throws(NullPropagation) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = []
        for field in FieldCollector.collect(selectionSets, on: object.typeName, context: context) {
            let fieldPath = path + [.field(field.responseKey)]
            if field.name == "__typename" {
                fields.append((field.responseKey, .string(object.typeName)))
                continue
            }
            guard let definition = context.schema.field(field.name, on: object.typeName) else { continue }
            let value: OutputValue
            do {
                let arguments = try ArgumentValues.coerce(
                    definition.arguments, field.nodes[0].arguments, variables: context.variables, schema: context.schema
                )
                value = object.field(field.name, arguments: arguments)
            } catch {
                context.record(located(error, field: field, path: fieldPath))
                if definition.type.isNonNull { throw NullPropagation() }
                value = .null
            }
            fields.append((field.responseKey, try complete(
                value, as: definition.type, nodes: field.nodes, path: fieldPath, parentType: object.typeName
            )))
        }
        return .object(fields)
    }

    func located(_ error: GraphQLError, field: CollectedField, path: [GraphQLError.PathComponent]) -> GraphQLError {
        var error = error
        if error.locations.isEmpty { error.locations = field.nodes.map(\.location.sourceLocation) }
        if error.path.isEmpty { error.path = path }
        return error
    }
}
