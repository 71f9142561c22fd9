import FunnelLanguage
import FunnelSchema

/// The fields one selection set asks of an object, by response key, with fragments expanded
/// and `@skip` / `@include` applied (spec §6.3.2 CollectFields).
struct CollectedField {
    let responseKey: String
    /// Every field node that answers to this key (they were validated mergeable).
    var nodes: [Field]
    var name: String { nodes[0].name.value }
}

enum FieldCollector {
    static func collect(_ selectionSets: [SelectionSet], on typeName: String, context: ExecutionContext) -> [CollectedField] {
        var collected: [CollectedField] = []
        var index: [String: Int] = [:]
        var visitedFragments: Set<String> = []
        for selectionSet in selectionSets {
            collect(selectionSet, on: typeName, context: context, into: &collected, index: &index, visited: &visitedFragments)
        }
        return collected
    }

    private static func collect(
        _ selectionSet: SelectionSet, on typeName: String, context: ExecutionContext,
        into collected: inout [CollectedField], index: inout [String: Int], visited: inout Set<String>
    ) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard included(field.directives, context: context) else { continue }
                let key = field.alias?.value ?? field.name.value
                if let position = index[key] {
                    collected[position].nodes.append(field)
                } else {
                    index[key] = collected.count
                    collected.append(CollectedField(responseKey: key, nodes: [field]))
                }
            case .inlineFragment(let fragment):
                guard included(fragment.directives, context: context),
                      fragment.typeCondition.map({ $0.name.value == typeName }) ?? true else { continue }
                collect(fragment.selectionSet, on: typeName, context: context, into: &collected, index: &index, visited: &visited)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard included(spread.directives, context: context), !visited.contains(name),
                      let fragment = context.fragments[name], fragment.typeCondition.name.value == typeName else { continue }
                visited.insert(name)
                collect(fragment.selectionSet, on: typeName, context: context, into: &collected, index: &index, visited: &visited)
            }
        }
    }

    /// `@skip(if:)` and `@include(if:)`; arguments were validated, so a failure to read them
    /// cannot happen for a valid document and counts as "included".
    static func included(_ directives: [Directive], context: ExecutionContext) -> Bool {
        for directive in directives {
            let definition: DirectiveDefinition
            switch directive.name.value {
            case "skip": definition = BuiltIns.skip
            case "include": definition = BuiltIns.include
            default: continue
            }
            let arguments = try? ArgumentValues.coerce(
                definition.arguments, directive.arguments, variables: context.variables, schema: context.schema
            )
            let condition = arguments?["if"] == .bool(true)
            if directive.name.value == "skip" && condition { return false }
            if directive.name.value == "include" && !condition { return false }
        }
        return true
    }
}
