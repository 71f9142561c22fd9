/// The kinds of token the lexer emits; the raw value is how error messages name the kind.
public enum TokenKind: String, Sendable, Equatable, CaseIterable {
    case startOfFile = "<SOF>"
    case endOfFile = "<EOF>"
    case bang = "!"
    case dollar = "$"
    case ampersand = "&"
    case parenLeft = "("
    case parenRight = ")"
    case spread = "..."
    case colon = ":"
    case equals = "="
    case at = "@"
    case bracketLeft = "["
    case bracketRight = "]"
    case braceLeft = "{"
    case pipe = "|"
    case braceRight = "}"
    case name = "Name"
    case int = "Int"
    case float = "Float"
    case string = "String"
    case blockString = "BlockString"
    case comment = "Comment"

    /// Punctuators are quoted in messages (`Expected ":"`), the other kinds are not (`Expected Name`).
    var isPunctuator: Bool {
        switch self {
        case .bang, .dollar, .ampersand, .parenLeft, .parenRight, .spread, .colon, .equals, .at,
            .bracketLeft, .bracketRight, .braceLeft, .pipe, .braceRight:
            true
        case .startOfFile, .endOfFile, .name, .int, .float, .string, .blockString, .comment:
            false
        }
    }

    /// graphql-js `getTokenKindDesc`.
    var messageDescription: String { isPunctuator ? "\"\(rawValue)\"" : rawValue }
}
