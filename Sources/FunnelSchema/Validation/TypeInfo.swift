import FunnelLanguage

/// graphql-js `TypeInfo`: the schema types at the walk's current position.
final class TypeInfo {
    let schema: Schema
    private var typeStack: [TypeRef?] = []
    private var parentTypeStack: [String?] = []
    private var inputTypeStack: [TypeRef?] = []
    private var fieldDefinitionStack: [FieldDefinition?] = []
    /// nil entries: no default value (graphql-js `Undefined`).
    private var defaultValueStack: [JSONValue?] = []
    private(set) var directive: DirectiveDefinition?
    private(set) var argument: InputValueDefinition?

    init(schema: Schema) {
        self.schema = schema
    }

    /// The output type of the current field, fragment or operation.
    var type: TypeRef? { typeStack.last ?? nil }
    /// The name of the composite type whose selection set the walk is in.
    var parentType: String? { parentTypeStack.last ?? nil }
    var inputType: TypeRef? { inputTypeStack.last ?? nil }
    var parentInputType: TypeRef? { inputTypeStack.count > 1 ? inputTypeStack[inputTypeStack.count - 2] : nil }
    var fieldDefinition: FieldDefinition? { fieldDefinitionStack.last ?? nil }
    var defaultValue: JSONValue? { defaultValueStack.last ?? nil }

    func enter(_ node: ASTNode) {
        switch node {
        case .selectionSet:
            let named = type.map { TypeRef.named($0.namedType) }
            parentTypeStack.append(schema.isCompositeType(named) ? named?.namedType : nil)
        case .field(let field):
            let definition = parentType.flatMap { schema.field(field.name.value, on: $0) }
            fieldDefinitionStack.append(definition)
            typeStack.append(schema.isOutputType(definition?.type) ? definition?.type : nil)
        case .directive(let directive, _):
            self.directive = schema.directive(named: directive.name.value)
        case .operation(let operation):
            typeStack.append(schema.rootType(for: operation.operation.rawValue).map { .named($0.name) })
        case .inlineFragment(let fragment):
            let conditioned = fragment.typeCondition.map { schema.typeRef(.named($0)) } ?? type.map { .named($0.namedType) }
            typeStack.append(schema.isOutputType(conditioned) ? conditioned : nil)
        case .fragmentDefinition(let fragment):
            let conditioned = schema.typeRef(.named(fragment.typeCondition))
            typeStack.append(schema.isOutputType(conditioned) ? conditioned : nil)
        case .variableDefinition(let definition):
            let inputType = schema.typeRef(definition.type)
            inputTypeStack.append(schema.isInputType(inputType) ? inputType : nil)
        case .argument(let node):
            let arguments = directive?.arguments ?? fieldDefinition?.arguments
            let definition = arguments?.first { $0.name == node.name.value }
            argument = definition
            defaultValueStack.append(definition?.defaultValue)
            inputTypeStack.append(schema.isInputType(definition?.type) ? definition?.type : nil)
        case .value(.list):
            let listType = inputType?.nullable
            let itemType = listType?.listItem ?? listType
            defaultValueStack.append(nil)
            inputTypeStack.append(schema.isInputType(itemType) ? itemType : nil)
        case .objectField(let node):
            var fieldDefinition: InputValueDefinition?
            if case .inputObject(let object)? = schema.namedType(of: inputType) {
                fieldDefinition = object.field(node.name.value)
            }
            defaultValueStack.append(fieldDefinition?.defaultValue)
            inputTypeStack.append(schema.isInputType(fieldDefinition?.type) ? fieldDefinition?.type : nil)
        case .document, .fragmentSpread, .namedType, .value:
            break
        }
    }

    func leave(_ node: ASTNode) {
        switch node {
        case .selectionSet: parentTypeStack.removeLast()
        case .field:
            fieldDefinitionStack.removeLast()
            typeStack.removeLast()
        case .directive: directive = nil
        case .operation, .inlineFragment, .fragmentDefinition: typeStack.removeLast()
        case .variableDefinition: inputTypeStack.removeLast()
        case .argument:
            argument = nil
            defaultValueStack.removeLast()
            inputTypeStack.removeLast()
        case .value(.list), .objectField:
            defaultValueStack.removeLast()
            inputTypeStack.removeLast()
        case .document, .fragmentSpread, .namedType, .value:
            break
        }
    }
}
