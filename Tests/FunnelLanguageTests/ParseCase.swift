import FunnelLanguage
import Testing

/// A document that must be refused with exactly this error.
struct RejectionCase: Sendable, CustomTestStringConvertible {
    let source: [UInt8]
    let message: String
    let line: Int
    let column: Int
    let offset: Int

    init(_ source: String, _ message: String, line: Int, column: Int, offset: Int) {
        self.init(bytes: Array(source.utf8), message, line: line, column: column, offset: offset)
    }

    init(bytes: [UInt8], _ message: String, line: Int, column: Int, offset: Int) {
        self.source = bytes
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    var expected: GraphQLSyntaxError {
        GraphQLSyntaxError(message: message, line: line, column: column, offset: offset)
    }

    var testDescription: String { String(decoding: source, as: UTF8.self).debugDescription }
}

/// Parses with the default limits, failing the test on a syntax error.
func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Document {
    do {
        return try Parser.parse(Source(text))
    } catch {
        Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The error parsing `bytes` fails with, or nil when it parses.
func rejection(of bytes: [UInt8], limits: ParseLimits = .default) -> GraphQLSyntaxError? {
    do {
        _ = try Parser.parse(Source(bytes: bytes), limits: limits)
        return nil
    } catch {
        return error
    }
}

func rejection(of text: String, limits: ParseLimits = .default) -> GraphQLSyntaxError? {
    rejection(of: Array(text.utf8), limits: limits)
}

/// The only selection of the first operation's selection set, as a field.
func firstField(_ document: Document) -> Field? {
    guard case .operation(let operation)? = document.definitions.first,
        case .field(let field)? = operation.selectionSet.selections.first
    else { return nil }
    return field
}

/// The value of the first argument of the first field.
func firstArgumentValue(_ text: String) throws -> Value? {
    try firstField(parsed(text))?.arguments.first?.value
}

func field(_ name: String, alias: String? = nil, arguments: [Argument] = [], directives: [Directive] = [], _ selections: [Selection]? = nil) -> Selection {
    .field(Field(alias: alias.map { Name($0) }, name: Name(name), arguments: arguments, directives: directives, selectionSet: selections.map { SelectionSet(selections: $0) }))
}

func argument(_ name: String, _ value: Value) -> Argument {
    Argument(name: Name(name), value: value)
}

func directive(_ name: String, _ arguments: [Argument] = []) -> Directive {
    Directive(name: Name(name), arguments: arguments)
}

func named(_ name: String) -> TypeReference {
    .named(NamedType(name: Name(name)))
}

func variable(_ name: String) -> Value {
    .variable(Variable(name: Name(name)))
}

func query(_ selections: [Selection]) -> Document {
    Document(definitions: [.operation(OperationDefinition(operation: .query, selectionSet: SelectionSet(selections: selections)))])
}
