import FunnelLanguage

/// Values of Correct Type (§5.6.1): every literal fits the type expected where it stands.
final class ValuesOfCorrectTypeRule: ASTVisitor {
    private let context: ValidationContext

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        let typeInfo = context.typeInfo
        let schema = context.schema
        switch node {
        case .value(.list(let list)):
            if typeInfo.parentInputType?.nullable.listItem == nil {
                checkLeaf(.list(list))
                return .skip
            }
        case .value(.object(let object)):
            guard case .inputObject(let type)? = schema.namedType(of: typeInfo.inputType) else {
                checkLeaf(.object(object))
                return .skip
            }
            for field in type.fields where field.isRequired && !object.fields.contains(where: { $0.name.value == field.name }) {
                context.report(
                    "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                    at: [object.location]
                )
            }
        case .objectField(let field):
            if typeInfo.inputType == nil, case .inputObject(let parent)? = schema.namedType(of: typeInfo.parentInputType) {
                let name = field.name.value
                context.report(
                    "Field \"\(name)\" is not defined by type \"\(parent.name)\"."
                        + Suggestions.didYouMean(Suggestions.list(name, parent.fields.map(\.name))),
                    at: [field.location]
                )
            }
        case .value(.null(let null)):
            if let type = typeInfo.inputType, type.isNonNull {
                context.report("Expected value of type \"\(type)\", found null.", at: [null.location])
            }
        case .value(let value):
            switch value {
            case .enum, .int, .float, .string, .boolean: checkLeaf(value)
            default: break
            }
        default: break
        }
        return .proceed
    }

    /// graphql-js `isValidValueNode`: the scalar's or enum's own message when it has one.
    private func checkLeaf(_ value: Value) {
        guard let locationType = context.typeInfo.inputType else { return }
        let expected = "Expected value of type \"\(locationType)\", found \(Printer.print(value))."
        switch context.schema.namedType(of: locationType) {
        case .scalar(let scalar)?:
            if case .failure(let error) = ScalarCoercion.literal(scalar.kind, value) {
                context.report(
                    error.standsAlone ? error.message : String(expected.dropLast()) + "; " + error.message,
                    at: [value.location]
                )
            }
        case .enumeration(let type)?:
            if case .failure(let error) = EnumCoercion.literal(type, value) {
                context.report(error.message, at: [value.location])
            }
        default:
            context.report(expected, at: [value.location])
        }
    }
}

/// Input Object Field Uniqueness (§5.6.3).
final class UniqueInputFieldNamesRule: ASTVisitor {
    private let context: ValidationContext
    private var knownStack: [[String: Name]] = []
    private var known: [String: Name] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enter(_ node: ASTNode) -> VisitAction {
        switch node {
        case .value(.object):
            knownStack.append(known)
            known = [:]
        case .objectField(let field):
            if let first = known[field.name.value] {
                context.report("There can be only one input field named \"\(field.name.value)\".", at: [first.location, field.name.location])
            } else {
                known[field.name.value] = field.name
            }
        default: break
        }
        return .proceed
    }

    func leave(_ node: ASTNode) {
        if case .value(.object) = node { known = knownStack.removeLast() }
    }
}
