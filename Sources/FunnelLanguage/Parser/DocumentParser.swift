/// The recursive-descent parser of one document, a port of graphql-js 16's `Parser`
/// restricted to executable definitions: one `parseX()` per grammar rule, the rule quoted.
///
/// It lives for one `Parser.parse` call. A struct with mutating methods, so access to its
/// state needs no run-time exclusivity checks. Rules and helpers that do not recurse are
/// kept out of line (`@inline(never)`): the frames of the recursive ones are paid once per
/// nesting level, and small frames are what let `ParseLimits.hardDepthCap` levels fit a stack.
struct DocumentParser {
    private var lexer: Lexer
    private let maxTokens: Int
    private let maxDepth: Int
    private var tokenCount = 0
    private var depth = 0

    /// The keywords that open a type-system definition or extension; a request may not hold one.
    private static let typeSystemKeywords: Set<String> = [
        "schema", "scalar", "type", "interface", "union", "enum", "input", "directive", "extend",
    ]

    init(bytes: [UInt8], limits: ParseLimits) {
        self.lexer = Lexer(bytes: bytes)
        self.maxTokens = limits.maxTokens
        self.maxDepth = limits.effectiveMaxDepth
    }

    // MARK: - Document

    /// `Document : Definition+`
    mutating func parseDocument() throws(GraphQLSyntaxError) -> Document {
        let start = lexer.current.mark
        let definitions = try many(.startOfFile, { (parser: inout Self) throws(GraphQLSyntaxError) in try parser.parseDefinition() }, .endOfFile)
        return Document(definitions: definitions, location: location(from: start))
    }

    /// `Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension`
    ///
    /// `ExecutableDefinition : OperationDefinition | FragmentDefinition`
    ///
    /// A type-system definition or extension, with or without a description, is refused at
    /// its keyword: `Type system definitions are not allowed in a request: "type".`
    private mutating func parseDefinition() throws(GraphQLSyntaxError) -> Definition {
        if peek(.braceLeft) {
            return .operation(try parseOperationDefinition())
        }
        let hasDescription = peekDescription()
        let keywordToken = hasDescription ? try lexer.lookahead() : lexer.token
        if keywordToken.kind == .name, let keyword = keywordToken.value {
            if Self.typeSystemKeywords.contains(keyword) {
                throw error(at: keywordToken.start, "Type system definitions are not allowed in a request: \"\(keyword)\".")
            }
            if hasDescription {
                throw error(at: lexer.current.start, "Unexpected description, descriptions are supported only on type definitions.")
            }
            switch keyword {
            case "query", "mutation", "subscription":
                return .operation(try parseOperationDefinition())
            case "fragment":
                return .fragment(try parseFragmentDefinition())
            default:
                break
            }
        }
        throw unexpected(keywordToken)
    }

    // MARK: - Operations

    /// `OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet`
    private mutating func parseOperationDefinition() throws(GraphQLSyntaxError) -> OperationDefinition {
        let start = lexer.current.mark
        if peek(.braceLeft) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(operation: .query, selectionSet: selectionSet, location: location(from: start))
        }
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet, location: location(from: start)
        )
    }

    /// `OperationType : one of query mutation subscription`
    @inline(never)
    private mutating func parseOperationType() throws(GraphQLSyntaxError) -> OperationType {
        let token = lexer.current
        let operation = token.kind == .name ? OperationType(rawValue: lexer.text.string(of: token)) : nil
        try expectToken(.name)
        guard let operation else {
            throw unexpected(lexer.token(token, string: nil))
        }
        return operation
    }

    /// `VariableDefinitions : ( VariableDefinition+ )`
    @inline(never)
    private mutating func parseVariableDefinitions() throws(GraphQLSyntaxError) -> [VariableDefinition] {
        try optionalMany(.parenLeft, { (parser: inout Self) throws(GraphQLSyntaxError) in try parser.parseVariableDefinition() }, .parenRight)
    }

    /// `VariableDefinition : Variable : Type DefaultValue? Directives[Const]?`
    private mutating func parseVariableDefinition() throws(GraphQLSyntaxError) -> VariableDefinition {
        let start = lexer.current.mark
        let variable = try parseVariable()
        try expectToken(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptionalToken(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            variable: variable, type: type, defaultValue: defaultValue, directives: directives,
            location: location(from: start)
        )
    }

    /// `Variable : $ Name`
    @inline(never)
    private mutating func parseVariable() throws(GraphQLSyntaxError) -> Variable {
        let start = lexer.current.mark
        try expectToken(.dollar)
        let name = try parseName()
        return Variable(name: name, location: location(from: start))
    }

    /// `SelectionSet : { Selection+ }`
    @inline(never)
    private mutating func parseSelectionSet() throws(GraphQLSyntaxError) -> SelectionSet {
        let start = lexer.current.mark
        // Selection sets mostly hold a handful of selections (one pointer each): room for
        // eight up front spares the list the 1, 2, 4, 8 growth steps.
        let selections = try many(
            .braceLeft, { (parser: inout Self) throws(GraphQLSyntaxError) in try parser.parseSelection() }, .braceRight,
            reservingCapacity: 8
        )
        return SelectionSet(selections: selections, location: location(from: start))
    }

    /// `Selection : Field | FragmentSpread | InlineFragment`
    private mutating func parseSelection() throws(GraphQLSyntaxError) -> Selection {
        peek(.spread) ? try parseFragment() : .field(try parseField())
    }

    /// `Field : Alias? Name Arguments? Directives? SelectionSet?`
    @inline(never)
    private mutating func parseField() throws(GraphQLSyntaxError) -> Field {
        let start = lexer.current.mark
        let nameOrAlias = try parseName()
        let alias: Name?
        let name: Name
        if try expectOptionalToken(.colon) {
            alias = nameOrAlias
            name = try parseName()
        } else {
            alias = nil
            name = nameOrAlias
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = peek(.braceLeft) ? try parseSelectionSet() : nil
        return Field(
            alias: alias, name: name, arguments: arguments, directives: directives,
            selectionSet: selectionSet, location: location(from: start)
        )
    }

    /// `Arguments[Const] : ( Argument[?Const]+ )`
    @inline(never)
    private mutating func parseArguments(isConst: Bool) throws(GraphQLSyntaxError) -> [Argument] {
        try optionalMany(.parenLeft, { (parser: inout Self) throws(GraphQLSyntaxError) in try parser.parseArgument(isConst: isConst) }, .parenRight)
    }

    /// `Argument[Const] : Name : Value[?Const]`
    private mutating func parseArgument(isConst: Bool) throws(GraphQLSyntaxError) -> Argument {
        let start = lexer.current.mark
        let name = try parseName()
        try expectToken(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return Argument(name: name, value: value, location: location(from: start))
    }

    // MARK: - Fragments

    /// Both fragment forms, told apart after the `...`:
    ///
    /// `FragmentSpread : ... FragmentName Directives?`
    ///
    /// `InlineFragment : ... TypeCondition? Directives? SelectionSet`
    @inline(never)
    private mutating func parseFragment() throws(GraphQLSyntaxError) -> Selection {
        let start = lexer.current.mark
        try expectToken(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            return .fragmentSpread(try parseFragmentSpread(from: start))
        }
        return .inlineFragment(try parseInlineFragment(from: start, hasTypeCondition: hasTypeCondition))
    }

    /// `FragmentSpread : ... FragmentName Directives?`, after the `...`.
    @inline(never)
    private mutating func parseFragmentSpread(from start: TokenMark) throws(GraphQLSyntaxError) -> FragmentSpread {
        let name = try parseFragmentName()
        let directives = try parseDirectives(isConst: false)
        return FragmentSpread(name: name, directives: directives, location: location(from: start))
    }

    /// `InlineFragment : ... TypeCondition? Directives? SelectionSet`, after the `...` and the
    /// `on` of a type condition.
    @inline(never)
    private mutating func parseInlineFragment(from start: TokenMark, hasTypeCondition: Bool) throws(GraphQLSyntaxError) -> InlineFragment {
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return InlineFragment(
            typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
            location: location(from: start)
        )
    }

    /// `FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet`
    private mutating func parseFragmentDefinition() throws(GraphQLSyntaxError) -> FragmentDefinition {
        let start = lexer.current.mark
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        let typeCondition = try parseTypeCondition()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            name: name, typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
            location: location(from: start)
        )
    }

    /// `FragmentName : Name but not on`
    private mutating func parseFragmentName() throws(GraphQLSyntaxError) -> Name {
        if lexer.currentValue(is: "on") {
            throw unexpected()
        }
        return try parseName()
    }

    /// `TypeCondition : on NamedType`
    private mutating func parseTypeCondition() throws(GraphQLSyntaxError) -> NamedType {
        try expectKeyword("on")
        return try parseNamedType()
    }

    // MARK: - Values

    /// `Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]`
    private mutating func parseValueLiteral(isConst: Bool) throws(GraphQLSyntaxError) -> Value {
        // Only lists and objects recurse; everything else is read out of line, which keeps
        // this frame (paid once per nesting level) small.
        switch lexer.current.kind {
        case .bracketLeft: .list(try parseList(isConst: isConst))
        case .braceLeft: .object(try parseObject(isConst: isConst))
        default: try parseScalarValue(isConst: isConst)
        }
    }

    /// The values that do not nest: `Variable`, `IntValue`, `FloatValue`, `StringValue`,
    /// `BooleanValue`, `NullValue`, `EnumValue`.
    @inline(never)
    private mutating func parseScalarValue(isConst: Bool) throws(GraphQLSyntaxError) -> Value {
        let token = lexer.current
        switch token.kind {
        case .int:
            let value = lexer.text.string(of: token)
            try advanceLexer()
            return .int(IntValue(value, location: location(from: token.mark)))
        case .float:
            let value = lexer.text.string(of: token)
            try advanceLexer()
            return .float(FloatValue(value, location: location(from: token.mark)))
        case .string, .blockString:
            let value = lexer.currentString ?? ""
            try advanceLexer()
            return .string(StringValue(value, block: token.kind == .blockString, location: location(from: token.mark)))
        case .name:
            try advanceLexer()
            return Self.namedValue(token, in: lexer.text, location: location(from: token.mark))
        case .dollar:
            if isConst {
                let variableToken = try expectToken(.dollar)
                if lexer.current.kind == .name {
                    throw error(at: variableToken.start, "Unexpected variable \"$\(lexer.text.string(of: lexer.current))\" in constant value.")
                }
                throw unexpected(lexer.token(variableToken, string: nil))
            }
            return .variable(try parseVariable())
        default:
            throw unexpected()
        }
    }

    /// `BooleanValue : one of true false`, `NullValue : null`, `EnumValue : Name but not true or false or null`
    @inline(never)
    private static func namedValue(_ token: TokenSpan, in text: SourceText, location: Location) -> Value {
        if text.span(token, reads: "true") { return .boolean(BooleanValue(true, location: location)) }
        if text.span(token, reads: "false") { return .boolean(BooleanValue(false, location: location)) }
        if text.span(token, reads: "null") { return .null(NullValue(location: location)) }
        return .enum(EnumValue(text.string(of: token), location: location))
    }

    /// `ListValue[Const] : [ ] | [ Value[?Const]+ ]`
    @inline(never)
    private mutating func parseList(isConst: Bool) throws(GraphQLSyntaxError) -> ListValue {
        let start = lexer.current.mark
        let values = try any(.bracketLeft, { (parser: inout Self) throws(GraphQLSyntaxError) in try parser.parseValueLiteral(isConst: isConst) }, .bracketRight)
        return ListValue(values, location: location(from: start))
    }

    /// `ObjectValue[Const] : { } | { ObjectField[?Const]+ }`
    @inline(never)
    private mutating func parseObject(isConst: Bool) throws(GraphQLSyntaxError) -> ObjectValue {
        let start = lexer.current.mark
        let fields = try any(.braceLeft, { (parser: inout Self) throws(GraphQLSyntaxError) in try parser.parseObjectField(isConst: isConst) }, .braceRight)
        return ObjectValue(fields, location: location(from: start))
    }

    /// `ObjectField[Const] : Name : Value[?Const]`
    private mutating func parseObjectField(isConst: Bool) throws(GraphQLSyntaxError) -> ObjectField {
        let start = lexer.current.mark
        let name = try parseName()
        try expectToken(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return ObjectField(name: name, value: value, location: location(from: start))
    }

    // MARK: - Directives

    /// `Directives[Const] : Directive[?Const]+`
    @inline(never)
    private mutating func parseDirectives(isConst: Bool) throws(GraphQLSyntaxError) -> [Directive] {
        var directives: [Directive] = []
        while peek(.at) {
            directives.append(try parseDirective(isConst: isConst))
        }
        return directives
    }

    /// `Directive[Const] : @ Name Arguments[?Const]?`
    private mutating func parseDirective(isConst: Bool) throws(GraphQLSyntaxError) -> Directive {
        let start = lexer.current.mark
        try expectToken(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return Directive(name: name, arguments: arguments, location: location(from: start))
    }

    // MARK: - Types

    /// `Type : NamedType | ListType | NonNullType`
    private mutating func parseTypeReference() throws(GraphQLSyntaxError) -> TypeReference {
        let start = lexer.current.mark
        let type: TypeReference
        if peek(.bracketLeft) {
            try enterNesting()
            try advanceLexer()
            let inner = try parseTypeReference()
            try expectToken(.bracketRight)
            depth -= 1
            type = .list(ListType(type: inner, location: location(from: start)))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptionalToken(.bang) {
            return .nonNull(NonNullType(type: type, location: location(from: start)))
        }
        return type
    }

    /// `NamedType : Name`
    @inline(never)
    private mutating func parseNamedType() throws(GraphQLSyntaxError) -> NamedType {
        let start = lexer.current.mark
        let name = try parseName()
        return NamedType(name: name, location: location(from: start))
    }

    /// `Name :: NameStart NameContinue*`
    @inline(never)
    private mutating func parseName() throws(GraphQLSyntaxError) -> Name {
        let token = lexer.current
        guard token.kind == .name else {
            throw expected(.name)
        }
        let value = lexer.text.string(of: token)
        try advanceLexer()
        return Name(value, location: location(from: token.mark))
    }

    // MARK: - Parsing helpers (graphql-js's, by the same names)

    @inline(__always)
    private func location(from start: TokenMark) -> Location {
        Location(start: start.start, end: lexer.previous.end, line: start.line, column: start.column)
    }

    private func peek(_ kind: TokenKind) -> Bool {
        lexer.current.kind == kind
    }

    private func peekDescription() -> Bool {
        peek(.string) || peek(.blockString)
    }

    /// Moves on to the next token, counting it against `maxTokens`.
    @inline(never)
    private mutating func advanceLexer() throws(GraphQLSyntaxError) {
        try lexer.step()
        if lexer.current.kind != .endOfFile {
            tokenCount += 1
            if tokenCount > maxTokens {
                throw error(at: lexer.current.start, "Document contains more than \(maxTokens) tokens. Parsing aborted.")
            }
        }
    }

    /// The current token if it is of `kind` (moving past it), else an error.
    @discardableResult
    @inline(never)
    private mutating func expectToken(_ kind: TokenKind) throws(GraphQLSyntaxError) -> TokenSpan {
        let token = lexer.current
        guard token.kind == kind else {
            throw expected(kind)
        }
        try advanceLexer()
        return token
    }

    /// `Expected <kind>, found <current token>.`
    @inline(never)
    private func expected(_ kind: TokenKind) -> GraphQLSyntaxError {
        let token = lexer.token
        return error(at: token.start, "Expected \(kind.messageDescription), found \(token.messageDescription).")
    }

    /// Whether the current token is of `kind`, moving past it if so.
    @inline(never)
    private mutating func expectOptionalToken(_ kind: TokenKind) throws(GraphQLSyntaxError) -> Bool {
        guard lexer.current.kind == kind else { return false }
        try advanceLexer()
        return true
    }

    /// The current token must be the name `keyword`.
    @inline(never)
    private mutating func expectKeyword(_ keyword: StaticString) throws(GraphQLSyntaxError) {
        guard lexer.current.kind == .name, lexer.text.span(lexer.current, reads: keyword) else {
            let token = lexer.token
            throw error(at: token.start, "Expected \"\(keyword)\", found \(token.messageDescription).")
        }
        try advanceLexer()
    }

    /// Whether the current token is the name `keyword`, moving past it if so.
    @inline(never)
    private mutating func expectOptionalKeyword(_ keyword: StaticString) throws(GraphQLSyntaxError) -> Bool {
        guard lexer.current.kind == .name, lexer.text.span(lexer.current, reads: keyword) else { return false }
        try advanceLexer()
        return true
    }

    /// `Unexpected <token>.` at `token`, by default the current one.
    @inline(never)
    private func unexpected(_ token: Token? = nil) -> GraphQLSyntaxError {
        let token = token ?? lexer.token
        return error(at: token.start, "Unexpected \(token.messageDescription).")
    }

    /// Zero or more items between `open` and `close`.
    private mutating func any<T>(
        _ open: TokenKind, _ parseItem: (inout DocumentParser) throws(GraphQLSyntaxError) -> T, _ close: TokenKind
    ) throws(GraphQLSyntaxError) -> [T] {
        try enterNesting()
        try expectToken(open)
        var nodes: [T] = []
        while try !expectOptionalToken(close) {
            nodes.append(try parseItem(&self))
        }
        depth -= 1
        return nodes
    }

    /// One or more items between `open` and `close`, or none when `open` is absent.
    private mutating func optionalMany<T>(
        _ open: TokenKind, _ parseItem: (inout DocumentParser) throws(GraphQLSyntaxError) -> T, _ close: TokenKind
    ) throws(GraphQLSyntaxError) -> [T] {
        guard peek(open) else { return [] }
        return try many(open, parseItem, close)
    }

    /// One or more items between `open` and `close`.
    private mutating func many<T>(
        _ open: TokenKind, _ parseItem: (inout DocumentParser) throws(GraphQLSyntaxError) -> T, _ close: TokenKind,
        reservingCapacity capacity: Int = 1
    ) throws(GraphQLSyntaxError) -> [T] {
        let nests = open != .startOfFile
        if nests { try enterNesting() }
        try expectToken(open)
        var nodes: [T] = []
        nodes.reserveCapacity(capacity)
        nodes.append(try parseItem(&self))
        while try !expectOptionalToken(close) {
            nodes.append(try parseItem(&self))
        }
        if nests { depth -= 1 }
        return nodes
    }

    /// One or more items, separated and optionally preceded by `delimiter`.
    private mutating func delimitedMany<T>(
        _ delimiter: TokenKind, _ parseItem: (inout DocumentParser) throws(GraphQLSyntaxError) -> T
    ) throws(GraphQLSyntaxError) -> [T] {
        _ = try expectOptionalToken(delimiter)
        var nodes: [T] = []
        repeat {
            nodes.append(try parseItem(&self))
        } while try expectOptionalToken(delimiter)
        return nodes
    }

    /// Counts one more level of nesting at the current (opening) token, refusing to pass `maxDepth`.
    @inline(never)
    private mutating func enterNesting() throws(GraphQLSyntaxError) {
        depth += 1
        if depth > maxDepth {
            throw error(at: lexer.current.start, "Document nesting exceeds \(maxDepth) levels.")
        }
    }

    @inline(never)
    private func error(at offset: Int, _ description: String) -> GraphQLSyntaxError {
        GraphQLSyntaxError(description, at: offset, in: lexer.bytes)
    }
}
