public import FunnelLanguage
public import FunnelPlanner
public import FunnelSchema

/// What one operation's execution knows: the schema, its fragments, its coerced variables,
/// who asks, and the errors collected so far.
final class ExecutionContext: @unchecked Sendable {
    let schema: Schema
    let fragments: [String: FragmentDefinition]
    let variables: [String: JSONValue]
    let scope: AccessScope
    /// Field errors, in the order they happened. Only touched by the task running the
    /// operation (root fields resolve concurrently, but complete one after another).
    private(set) var errors: [GraphQLError] = []

    init(schema: Schema, document: Document, variables: [String: JSONValue], scope: AccessScope) {
        self.schema = schema
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
        self.variables = variables
        self.scope = scope
    }

    func record(_ error: GraphQLError) {
        errors.append(error)
    }
}

extension Location {
    var sourceLocation: GraphQLError.SourceLocation { .init(line: line, column: column) }
}
