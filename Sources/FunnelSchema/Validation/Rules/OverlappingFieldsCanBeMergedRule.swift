import FunnelLanguage

/// Field Selection Merging (§5.3.2): fields answering to one response name must be the
/// same field with the same arguments, and their sub-selections must merge too.
/// A port of graphql-js `OverlappingFieldsCanBeMergedRule`, caches and all.
final class OverlappingFieldsCanBeMergedRule: ASTVisitor {
    private let context: ValidationContext
    private var comparedFragmentPairs = FragmentPairSet()
    private var cachedFieldsAndFragmentNames: [SelectionSetKey: FieldsAndFragmentNames] = [:]
    private var plainFieldIDs: [String: Int] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        guard case .selectionSet(let selectionSet) = node else { return .proceed }
        for conflict in conflictsWithin(parentType: context.typeInfo.parentType, selectionSet) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.message). "
                    + "Use different aliases on the fields to fetch both if this was intentional.",
                at: (conflict.fields1 + conflict.fields2).map(\.location)
            )
        }
        return .proceed
    }

    // MARK: Finding conflicts

    private func conflictsWithin(parentType: String?, _ selectionSet: SelectionSet) -> [Conflict] {
        var conflicts: [Conflict] = []
        let (fieldMap, fragmentNames) = fieldsAndFragmentNames(parentType: parentType, selectionSet)
        collectConflictsWithin(&conflicts, fieldMap)
        for (index, fragmentName) in fragmentNames.enumerated() {
            collectConflictsBetweenFieldsAndFragment(&conflicts, mutuallyExclusive: false, fieldMap, fragmentName)
            for other in fragmentNames[(index + 1)...] {
                collectConflictsBetweenFragments(&conflicts, mutuallyExclusive: false, fragmentName, other)
            }
        }
        return conflicts
    }

    private func collectConflictsBetweenFieldsAndFragment(
        _ conflicts: inout [Conflict], mutuallyExclusive: Bool, _ fieldMap: FieldMap, _ fragmentName: String
    ) {
        guard let fragment = context.fragment(named: fragmentName) else { return }
        let (fieldMap2, referencedFragmentNames) = referencedFieldsAndFragmentNames(fragment)
        // graphql-js compares the maps by identity: a fragment's own fields against themselves.
        if fieldMap.identity != nil && fieldMap.identity == fieldMap2.identity { return }
        collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap, fieldMap2)
        for referenced in referencedFragmentNames {
            if comparedFragmentPairs.has(referenced, fragmentName, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFragmentPairs.add(referenced, fragmentName, mutuallyExclusive: mutuallyExclusive)
            collectConflictsBetweenFieldsAndFragment(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap, referenced)
        }
    }

    private func collectConflictsBetweenFragments(
        _ conflicts: inout [Conflict], mutuallyExclusive: Bool, _ name1: String, _ name2: String
    ) {
        if name1 == name2 { return }
        if comparedFragmentPairs.has(name1, name2, mutuallyExclusive: mutuallyExclusive) { return }
        comparedFragmentPairs.add(name1, name2, mutuallyExclusive: mutuallyExclusive)
        guard let fragment1 = context.fragment(named: name1), let fragment2 = context.fragment(named: name2) else { return }
        let (fieldMap1, referenced1) = referencedFieldsAndFragmentNames(fragment1)
        let (fieldMap2, referenced2) = referencedFieldsAndFragmentNames(fragment2)
        collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap1, fieldMap2)
        for referenced in referenced2 {
            collectConflictsBetweenFragments(&conflicts, mutuallyExclusive: mutuallyExclusive, name1, referenced)
        }
        for referenced in referenced1 {
            collectConflictsBetweenFragments(&conflicts, mutuallyExclusive: mutuallyExclusive, referenced, name2)
        }
    }

    private func conflictsBetweenSubSelectionSets(
        mutuallyExclusive: Bool, _ parentType1: String?, _ selectionSet1: SelectionSet,
        _ parentType2: String?, _ selectionSet2: SelectionSet
    ) -> [Conflict] {
        var conflicts: [Conflict] = []
        let (fieldMap1, fragmentNames1) = fieldsAndFragmentNames(parentType: parentType1, selectionSet1)
        let (fieldMap2, fragmentNames2) = fieldsAndFragmentNames(parentType: parentType2, selectionSet2)
        collectConflictsBetween(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap1, fieldMap2)
        for name in fragmentNames2 {
            collectConflictsBetweenFieldsAndFragment(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap1, name)
        }
        for name in fragmentNames1 {
            collectConflictsBetweenFieldsAndFragment(&conflicts, mutuallyExclusive: mutuallyExclusive, fieldMap2, name)
        }
        for name1 in fragmentNames1 {
            for name2 in fragmentNames2 {
                collectConflictsBetweenFragments(&conflicts, mutuallyExclusive: mutuallyExclusive, name1, name2)
            }
        }
        return conflicts
    }

    private func collectConflictsWithin(_ conflicts: inout [Conflict], _ fieldMap: FieldMap) {
        for (responseName, fields) in fieldMap.entries where fields.count > 1 {
            let plainIDs = fields.map(\.plainID)
            for index in fields.indices {
                for other in (index + 1)..<fields.count where !Self.canSkip(plainIDs[index], plainIDs[other]) {
                    if let conflict = findConflict(mutuallyExclusive: false, responseName, fields[index], fields[other]) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    private func collectConflictsBetween(
        _ conflicts: inout [Conflict], mutuallyExclusive: Bool, _ fieldMap1: FieldMap, _ fieldMap2: FieldMap
    ) {
        for (responseName, fields1) in fieldMap1.entries {
            guard let fields2 = fieldMap2[responseName] else { continue }
            for field1 in fields1 {
                for field2 in fields2 where !Self.canSkip(field1.plainID, field2.plainID) {
                    if let conflict = findConflict(mutuallyExclusive: mutuallyExclusive, responseName, field1, field2) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// Two plain fields (no arguments, no selection set) of one name on one type never
    /// conflict: graphql-js would compare them and find nothing. Skipping them keeps a
    /// selection of thousands of repeated fields from costing millions of comparisons.
    private static func canSkip(_ id1: Int?, _ id2: Int?) -> Bool {
        id1 != nil && id1 == id2
    }

    private func findConflict(
        mutuallyExclusive parentsMutuallyExclusive: Bool, _ responseName: String, _ field1: FieldAndDefinition, _ field2: FieldAndDefinition
    ) -> Conflict? {
        let schema = context.schema
        func isObject(_ name: String?) -> Bool { name.flatMap { schema.objectType(named: $0) } != nil }
        let mutuallyExclusive = parentsMutuallyExclusive
            || (field1.parentType != field2.parentType && isObject(field1.parentType) && isObject(field2.parentType))
        let node1 = field1.node, node2 = field2.node
        let type1 = field1.definition?.type, type2 = field2.definition?.type
        if !mutuallyExclusive {
            if node1.name.value != node2.name.value {
                return Conflict(
                    responseName: responseName, reason: .text("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields"),
                    fields1: [node1], fields2: [node2]
                )
            }
            if !sameArguments(node1.arguments, node2.arguments) {
                return Conflict(responseName: responseName, reason: .text("they have differing arguments"), fields1: [node1], fields2: [node2])
            }
        }
        if let type1, let type2, typesConflict(type1, type2) {
            return Conflict(
                responseName: responseName, reason: .text("they return conflicting types \"\(type1)\" and \"\(type2)\""),
                fields1: [node1], fields2: [node2]
            )
        }
        if let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet {
            let conflicts = conflictsBetweenSubSelectionSets(
                mutuallyExclusive: mutuallyExclusive, type1?.namedType, selectionSet1, type2?.namedType, selectionSet2
            )
            guard !conflicts.isEmpty else { return nil }
            return Conflict(
                responseName: responseName, reason: .subfields(conflicts.map { ($0.responseName, $0.reason) }),
                fields1: [node1] + conflicts.flatMap(\.fields1), fields2: [node2] + conflicts.flatMap(\.fields2)
            )
        }
        return nil
    }

    /// Arguments compare by their printed values, object fields sorted by name.
    private func sameArguments(_ arguments1: [Argument], _ arguments2: [Argument]) -> Bool {
        guard arguments1.count == arguments2.count else { return false }
        for argument1 in arguments1 {
            guard let argument2 = arguments2.first(where: { $0.name.value == argument1.name.value }),
                  Printer.print(sorted(argument1.value)) == Printer.print(sorted(argument2.value))
            else { return false }
        }
        return true
    }

    private func sorted(_ value: Value) -> Value {
        switch value {
        case .object(var object):
            object.fields = object.fields.map { field in
                var field = field
                field.value = sorted(field.value)
                return field
            }.sorted { Suggestions.naturalCompare($0.name.value, $1.name.value) < 0 }
            return .object(object)
        case .list(var list):
            list.values = list.values.map(sorted)
            return .list(list)
        default:
            return value
        }
    }

    /// Lists and non-nulls must match; leaf types must be the same; composite types are
    /// compared later, field by field.
    private func typesConflict(_ type1: TypeRef, _ type2: TypeRef) -> Bool {
        switch (type1, type2) {
        case (.list(let item1), .list(let item2)): return typesConflict(item1, item2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1), .nonNull(let inner2)): return typesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull): return true
        default:
            let schema = context.schema
            if schema.isLeafType(type1) || schema.isLeafType(type2) { return type1 != type2 }
            return false
        }
    }

    // MARK: Collecting fields

    private func fieldsAndFragmentNames(parentType: String?, _ selectionSet: SelectionSet) -> FieldsAndFragmentNames {
        let key = SelectionSetKey(selectionSet)
        if let key, let cached = cachedFieldsAndFragmentNames[key] { return cached }
        var fieldMap = FieldMap(identity: key)
        var fragmentNames: [String] = []
        collectFieldsAndFragmentNames(parentType: parentType, selectionSet, &fieldMap, &fragmentNames)
        let result = (fieldMap, fragmentNames)
        if let key { cachedFieldsAndFragmentNames[key] = result }
        return result
    }

    private func referencedFieldsAndFragmentNames(_ fragment: FragmentDefinition) -> FieldsAndFragmentNames {
        if let key = SelectionSetKey(fragment.selectionSet), let cached = cachedFieldsAndFragmentNames[key] { return cached }
        let fragmentType = context.schema.typeRef(.named(fragment.typeCondition))?.namedType
        return fieldsAndFragmentNames(parentType: fragmentType, fragment.selectionSet)
    }

    private func collectFieldsAndFragmentNames(
        parentType: String?, _ selectionSet: SelectionSet, _ fieldMap: inout FieldMap, _ fragmentNames: inout [String]
    ) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                // The type's own fields only: graphql-js finds no definition for `__typename` here.
                let definition = parentType.flatMap { context.schema.objectType(named: $0) }?.field(field.name.value)
                var plainID: Int?
                if field.arguments.isEmpty && field.selectionSet == nil {
                    let key = (parentType ?? "") + "." + field.name.value
                    plainID = plainFieldIDs[key] ?? {
                        plainFieldIDs[key] = plainFieldIDs.count
                        return plainFieldIDs.count - 1
                    }()
                }
                fieldMap.append(FieldAndDefinition(parentType: parentType, node: field, definition: definition, plainID: plainID),
                                as: field.alias?.value ?? field.name.value)
            case .fragmentSpread(let spread):
                if !fragmentNames.contains(spread.name.value) { fragmentNames.append(spread.name.value) }
            case .inlineFragment(let fragment):
                let fragmentType = fragment.typeCondition.map { context.schema.typeRef(.named($0))?.namedType } ?? parentType
                collectFieldsAndFragmentNames(parentType: fragmentType, fragment.selectionSet, &fieldMap, &fragmentNames)
            }
        }
    }
}

private typealias FieldsAndFragmentNames = (fieldMap: FieldMap, fragmentNames: [String])

private struct FieldAndDefinition {
    let parentType: String?
    let node: Field
    let definition: FieldDefinition?
    /// The same number for plain fields of one name on one type, nil for the others.
    let plainID: Int?
}

/// Response name → the fields answering to it, in document order.
private struct FieldMap {
    let identity: SelectionSetKey?
    private(set) var entries: [(responseName: String, fields: [FieldAndDefinition])] = []
    private var indexByName: [String: Int] = [:]

    init(identity: SelectionSetKey?) { self.identity = identity }

    subscript(responseName: String) -> [FieldAndDefinition]? { indexByName[responseName].map { entries[$0].fields } }

    mutating func append(_ field: FieldAndDefinition, as responseName: String) {
        if let index = indexByName[responseName] {
            entries[index].fields.append(field)
        } else {
            indexByName[responseName] = entries.count
            entries.append((responseName, [field]))
        }
    }
}

private struct Conflict {
    let responseName: String
    let reason: ConflictReason
    let fields1: [Field]
    let fields2: [Field]
}

private indirect enum ConflictReason {
    case text(String)
    case subfields([(responseName: String, reason: ConflictReason)])

    var message: String {
        switch self {
        case .text(let text): text
        case .subfields(let reasons):
            reasons.map { "subfields \"\($0.responseName)\" conflict because \($0.reason.message)" }.joined(separator: " and ")
        }
    }
}

/// Pairs of fragment names already compared, remembering whether under mutual exclusion.
private struct FragmentPairSet {
    private var data: [String: [String: Bool]] = [:]

    func has(_ a: String, _ b: String, mutuallyExclusive: Bool) -> Bool {
        let (key1, key2) = a < b ? (a, b) : (b, a)
        guard let result = data[key1]?[key2] else { return false }
        return mutuallyExclusive ? true : mutuallyExclusive == result
    }

    mutating func add(_ a: String, _ b: String, mutuallyExclusive: Bool) {
        let (key1, key2) = a < b ? (a, b) : (b, a)
        data[key1, default: [:]][key2] = mutuallyExclusive
    }
}
