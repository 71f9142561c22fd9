public import FunnelLanguage
public import FunnelPlanner
public import FunnelSchema
public import Logging
import PostgresNIO

/// A request's way through: parse → validate → select the operation → coerce variables →
/// check limits → resolve root fields (one SQL statement each, concurrently) → shape JSON.
public struct QueryEngine: Sendable {
    public let schema: Schema
    public let limits: QueryLimits
    let rootFields: RootFields

    public init(planner: ReportPlanner, reader: WarehouseReader, limits: QueryLimits = QueryLimits()) {
        self.schema = FunnelhouseSchema.schema
        self.limits = limits
        self.rootFields = RootFields(planner: planner, reader: reader)
    }

    public func execute(
        query: String, variables: JSONValue? = nil, operationName: String? = nil,
        scope: AccessScope, allowMutations: Bool = true, logger: Logger
    ) async -> QueryResult {
        let document: Document
        do {
            document = try Parser.parse(Source(query), limits: limits.parse)
        } catch {
            return .rejected([GraphQLError(
                error.message, code: .parseFailed, locations: [.init(line: error.line, column: error.column)]
            )])
        }
        let validationErrors = Validator.validate(document, against: schema)
        if !validationErrors.isEmpty { return .rejected(validationErrors) }

        let operation: OperationDefinition
        switch select(operationName, in: document) {
        case .success(let selected): operation = selected
        case .failure(let error): return .rejected([error])
        }
        guard let rootType = schema.rootType(for: operation.operation.rawValue) else {
            return .rejected([GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                code: .validationFailed, locations: [operation.location.sourceLocation]
            )])
        }
        if operation.operation == .mutation && !allowMutations {
            return QueryResult(outcome: .mutationNotAllowed, data: nil, errors: [GraphQLError(
                "Mutations are not allowed over GET; use POST.", code: .badUserInput
            )])
        }
        let coerced = VariableValues.coerce(operation, schema: schema, inputs: variables)
        if !coerced.errors.isEmpty { return .rejected(coerced.errors) }

        let context = ExecutionContext(schema: schema, document: document, variables: coerced.values, scope: scope)
        if let error = checkLimits(operation, context: context) { return .rejected([error]) }
        let data = await executeRoot(operation, type: rootType, context: context, logger: logger)
        return QueryResult(outcome: .executed, data: data, errors: context.errors)
    }

    private func select(_ name: String?, in document: Document) -> Result<OperationDefinition, GraphQLError> {
        let operations = document.definitions.compactMap { definition -> OperationDefinition? in
            if case .operation(let operation) = definition { operation } else { nil }
        }
        if let name {
            guard let operation = operations.first(where: { $0.name?.value == name }) else {
                return .failure(GraphQLError("Unknown operation named \"\(name)\".", code: .badUserInput))
            }
            return .success(operation)
        }
        guard let only = operations.first else {
            return .failure(GraphQLError("Must provide an operation.", code: .badUserInput))
        }
        guard operations.count == 1 else {
            return .failure(GraphQLError("Must provide operation name if query contains multiple operations.", code: .badUserInput))
        }
        return .success(only)
    }

    private func checkLimits(_ operation: OperationDefinition, context: ExecutionContext) -> GraphQLError? {
        let cost = QueryCost.measure(operation.selectionSet, fragments: context.fragments)
        let location = [operation.location.sourceLocation]
        if cost.depth > limits.maxDepth {
            return GraphQLError(
                "Query is nested \(cost.depth) levels deep; the limit is \(limits.maxDepth).", code: .queryTooComplex, locations: location
            )
        }
        if cost.selections > limits.maxSelections {
            return GraphQLError(
                "Query selects \(cost.selections) fields (aliases and fragments expanded); the limit is \(limits.maxSelections).",
                code: .queryTooComplex, locations: location
            )
        }
        let roots = FieldCollector.collect([operation.selectionSet], on: schema.queryType, context: context)
            .filter { !$0.name.hasPrefix("__") }
        if roots.count > limits.maxRootFields {
            return GraphQLError(
                "Query asks for \(roots.count) root fields; the limit is \(limits.maxRootFields).", code: .queryTooComplex, locations: location
            )
        }
        return nil
    }

    /// Root fields resolve concurrently (each is one SQL statement), then complete in order.
    private func executeRoot(
        _ operation: OperationDefinition, type: ObjectType, context: ExecutionContext, logger: Logger
    ) async -> JSONValue {
        let fields = FieldCollector.collect([operation.selectionSet], on: type.name, context: context)
        var arguments: [Int: [String: JSONValue]] = [:]
        var values: [Int: Result<OutputValue, GraphQLError>] = [:]
        let scope = context.scope
        await withTaskGroup(of: (Int, Result<OutputValue, GraphQLError>).self) { group in
            for (index, field) in fields.enumerated() {
                guard let definition = schema.field(field.name, on: type.name) else { continue }
                do throws(GraphQLError) {
                    arguments[index] = try ArgumentValues.coerce(
                        definition.arguments, field.nodes[0].arguments, variables: context.variables, schema: schema
                    )
                } catch {
                    values[index] = .failure(error)
                    continue
                }
                if let meta = metaField(field.name, arguments: arguments[index] ?? [:], typeName: type.name) {
                    values[index] = .success(meta)
                    continue
                }
                let fieldArguments = arguments[index] ?? [:]
                let resolve: @Sendable () async -> (Int, Result<OutputValue, GraphQLError>) = { [rootFields] in
                    do {
                        return (index, .success(try await rootFields.resolve(field.name, arguments: fieldArguments, scope: scope)))
                    } catch let error as GraphQLError {
                        return (index, .failure(error))
                    } catch {
                        return (index, .failure(Self.hide(error, field: field.name, logger: logger)))
                    }
                }
                // Mutations run one after another, in document order (GraphQL spec, "Mutation").
                if operation.operation == .mutation {
                    values[index] = await resolve().1
                } else {
                    group.addTask(operation: resolve)
                }
            }
            for await (index, value) in group { values[index] = value }
        }

        let completer = ValueCompleter(context: context)
        var data: [(key: String, value: JSONValue)] = []
        for (index, field) in fields.enumerated() {
            guard let definition = schema.field(field.name, on: type.name), let result = values[index] else { continue }
            let path: [GraphQLError.PathComponent] = [.field(field.responseKey)]
            let value: OutputValue
            switch result {
            case .success(let resolved): value = resolved
            case .failure(let error):
                context.record(completer.located(error, field: field, path: path))
                // The field's own error is the one reported; a non-null field nulls `data`.
                if definition.type.isNonNull { return .null }
                value = .null
            }
            do {
                data.append((field.responseKey, try completer.complete(
                    value, as: definition.type, nodes: field.nodes, path: path, parentType: type.name
                )))
            } catch {
                return .null
            }
        }
        return .object(data)
    }

    private func metaField(_ name: String, arguments: [String: JSONValue], typeName: String) -> OutputValue? {
        switch name {
        case "__typename": return .string(typeName)
        case "__schema": return .object(Introspection.schemaObject(schema))
        case "__type":
            guard case .string(let typeName)? = arguments["name"] else { return .null }
            return Introspection.type(named: typeName, in: schema)
        default: return nil
        }
    }

    /// Database and other internal errors: logged in full, answered without details.
    static func hide(_ error: any Error, field: String, logger: Logger) -> GraphQLError {
        if let postgres = error as? PSQLError, postgres.serverInfo?[.sqlState] == "57014" {
            return GraphQLError("The query took longer than the statement timeout allows.", code: .timeout)
        }
        logger.error("resolver failed", metadata: ["field": "\(field)", "error": "\(String(reflecting: error))"])
        return GraphQLError("Internal server error.", code: .internalError)
    }
}
