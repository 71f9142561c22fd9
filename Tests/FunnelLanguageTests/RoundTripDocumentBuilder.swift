import FunnelLanguage

/// Builds a random valid executable document from a list of choices (bytes).
///
/// PropertyBased generates and shrinks the choice list; every decision reads the next
/// choice, and an exhausted list answers 0, which always means the simplest option. So a
/// shrunk list yields a smaller document, and every list yields a document the grammar
/// accepts: selection sets are never empty, fragment names are never `on`, enum values never
/// `true`/`false`/`null`, constant positions hold no variables, and block strings hold only
/// values that a block string can spell (see `blockStringValue`).
struct RoundTripDocumentBuilder {
    private let choices: [UInt8]
    private var position = 0

    init(choices: [UInt8]) {
        self.choices = choices
    }

    static func document(from choices: [UInt8]) -> Document {
        var builder = RoundTripDocumentBuilder(choices: choices)
        return builder.document()
    }

    /// A number in `0..<count`, 0 once the choices run out.
    private mutating func choose(_ count: Int) -> Int {
        guard position < choices.count, count > 1 else { return 0 }
        defer { position += 1 }
        return Int(choices[position]) % count
    }

    private mutating func chance(_ oneIn: Int) -> Bool { choose(oneIn) == oneIn - 1 }

    mutating func document() -> Document {
        Document(definitions: (0...choose(3)).map { _ in definition() })
    }

    private mutating func definition() -> Definition {
        if chance(4) {
            var fragmentName = name()
            if fragmentName == "on" { fragmentName = "onFragment" }
            return .fragment(FragmentDefinition(
                name: Name(fragmentName),
                typeCondition: NamedType(name: Name(name())),
                directives: directives(constant: false),
                selectionSet: selectionSet(depth: 0)))
        }
        let operation = OperationType.allCases[choose(3)]
        return .operation(OperationDefinition(
            operation: operation,
            name: chance(3) ? nil : Name(name()),
            variableDefinitions: chance(2) ? (0...choose(3)).map { _ in variableDefinition() } : [],
            directives: directives(constant: false),
            selectionSet: selectionSet(depth: 0)))
    }

    private mutating func variableDefinition() -> VariableDefinition {
        VariableDefinition(
            variable: Variable(name: Name(name())),
            type: type(depth: 0),
            defaultValue: chance(2) ? value(constant: true, depth: 0) : nil,
            directives: directives(constant: true))
    }

    private mutating func type(depth: Int) -> TypeReference {
        let inner: TypeReference = depth < 3 && chance(3)
            ? .list(ListType(type: type(depth: depth + 1)))
            : .named(NamedType(name: Name(name())))
        return chance(2) ? .nonNull(NonNullType(type: inner)) : inner
    }

    private mutating func selectionSet(depth: Int) -> SelectionSet {
        SelectionSet(selections: (0...choose(4)).map { _ in selection(depth: depth) })
    }

    private mutating func selection(depth: Int) -> Selection {
        switch choose(6) {
        case 4:
            var spreadName = name()
            if spreadName == "on" { spreadName = "onSpread" }
            return .fragmentSpread(FragmentSpread(name: Name(spreadName), directives: directives(constant: false)))
        case 5 where depth < 4:
            return .inlineFragment(InlineFragment(
                typeCondition: chance(2) ? NamedType(name: Name(name())) : nil,
                directives: directives(constant: false),
                selectionSet: selectionSet(depth: depth + 1)))
        default:
            return .field(Field(
                alias: chance(4) ? Name(name()) : nil,
                name: Name(name()),
                arguments: arguments(constant: false),
                directives: directives(constant: false),
                selectionSet: depth < 4 && chance(3) ? selectionSet(depth: depth + 1) : nil))
        }
    }

    private mutating func arguments(constant: Bool) -> [Argument] {
        guard chance(2) else { return [] }
        return (0...choose(4)).map { _ in Argument(name: Name(name()), value: value(constant: constant, depth: 0)) }
    }

    private mutating func directives(constant: Bool) -> [Directive] {
        guard chance(3) else { return [] }
        return (0...choose(2)).map { _ in Directive(name: Name(name()), arguments: arguments(constant: constant)) }
    }

    private mutating func value(constant: Bool, depth: Int) -> Value {
        switch choose(11) {
        case 1: return .int(IntValue(integerPart()))
        case 2: return .float(FloatValue(floatText()))
        case 3: return .string(StringValue(stringValue()))
        case 4: return .string(StringValue(blockStringValue(), block: true))
        case 5: return .boolean(BooleanValue(chance(2)))
        case 6: return .null(NullValue())
        case 7:
            var enumName = name()
            if ["true", "false", "null"].contains(enumName) { enumName = "ENUM_" + enumName }
            return .enum(EnumValue(enumName))
        case 8 where depth < 4:
            return .list(ListValue((0..<choose(4)).map { _ in value(constant: constant, depth: depth + 1) }))
        case 9 where depth < 4:
            return .object(ObjectValue((0..<choose(4)).map { _ in
                ObjectField(name: Name(name()), value: value(constant: constant, depth: depth + 1))
            }))
        case 10 where !constant:
            return .variable(Variable(name: Name(name())))
        default:
            return .int(IntValue("0"))
        }
    }

    // MARK: Leaves

    /// Mostly ordinary names, sometimes keywords (legal as names almost everywhere), sometimes
    /// random ones.
    private mutating func name() -> String {
        let common = ["a", "id", "funnel", "stages", "query", "mutation", "fragment", "on", "true", "null", "_x", "Z9"]
        if !chance(4) { return common[choose(common.count)] }
        let start = Array("_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        let rest = start + Array("0123456789")
        var name = String(start[choose(start.count)])
        for _ in 0..<choose(8) { name.append(rest[choose(rest.count)]) }
        return name
    }

    /// `IntegerPart : NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*`
    private mutating func integerPart() -> String {
        let sign = chance(3) ? "-" : ""
        if chance(4) { return sign + "0" }
        var digits = String(choose(9) + 1)
        for _ in 0..<choose(12) { digits += String(choose(10)) }
        return sign + digits
    }

    /// `FloatValue`: an integer part with a fractional part, an exponent part, or both.
    private mutating func floatText() -> String {
        var text = integerPart()
        let form = choose(3)
        if form != 1 {
            text += "."
            for _ in 0...choose(5) { text += String(choose(10)) }
        }
        if form != 0 {
            text += ["e", "E"][choose(2)] + ["", "+", "-"][choose(3)]
            for _ in 0...choose(3) { text += String(choose(10)) }
        }
        return text
    }

    /// Scalars the printer must escape (controls, quote, backslash) or pass through (CJK,
    /// emoji outside the BMP, line separators, a BOM inside a string).
    private static let stringScalars: [Unicode.Scalar] = [
        "a", "Z", " ", "\"", "\\", "/", "\u{0}", "\u{7}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1F}",
        "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "é", "中", "文", "漏", "斗", "😀", "𝄞", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "\u{10FFFF}", "#", "$", "{", "}",
    ]

    private mutating func stringValue() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<choose(24) { scalars.append(Self.stringScalars[choose(Self.stringScalars.count)]) }
        return String(scalars)
    }

    /// A value `printBlockString` spells so that the block string lexer reads it back: no
    /// carriage returns or other control characters but tab, no leading or trailing blank
    /// line, and indentation that dedenting leaves alone (every line but a lone first one
    /// starts without whitespace). Within those rules: quotes, `"""`, backslashes, blank inner
    /// lines, trailing spaces, tabs, long lines, zh-CN and emoji.
    private mutating func blockStringValue() -> String {
        let firsts = ["a", "\"", "\\", "中", "😀", "\"\"\"", "#", "x"]
        let rests = ["b", " ", "  ", "\t", "\"", "\"\"\"", "\\", "\\\"\"\"", "文", "😀", "\u{2028}", "{", "$", "long line of text "]
        let lineCount = 1 + choose(4)
        if lineCount == 1 && chance(4) {
            // A single line may start with whitespace: it is printed without a leading newline.
            return "  " + firsts[choose(firsts.count)]
        }
        var lines: [String] = []
        for index in 0..<lineCount {
            if index > 0 && index < lineCount - 1 && chance(5) {
                lines.append("")
                continue
            }
            var line = firsts[choose(firsts.count)]
            for _ in 0..<choose(8) { line += rests[choose(rests.count)] }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
