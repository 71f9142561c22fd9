/// Writes definitions and selection sets into one buffer at their nesting depth, producing
/// exactly graphql-js's `print()` text.
///
/// graphql-js indents a block by re-indenting the whole printed text of its contents, which
/// copies nested text once per level. Here every piece is written once: a piece printed on
/// its own (an arguments line, directives, a value) gets, after each of its newlines, the two
/// spaces per level that graphql-js's nested `indent` calls would have added.
struct DocumentWriter {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `join(definitions, '\n\n')`
    mutating func write(_ document: Document) {
        var join = Join(separator: Array("\n\n".utf8))
        for definition in document.definitions {
            part(&join) { writer in
                switch definition {
                case .operation(let operation): writer.write(operation)
                case .fragment(let fragment): writer.write(fragment)
                }
            }
        }
    }

    /// `(prefix === 'query' ? '' : prefix + ' ') + selectionSet`
    private mutating func write(_ operation: OperationDefinition) {
        let prefix = Printer.prefix(operation)
        if prefix != "query" {
            bytes.append(contentsOf: prefix.utf8)
            bytes.append(UInt8(ascii: " "))
        }
        write(operation.selectionSet, level: 0)
    }

    /// `fragment Name on Type ${wrap('', directives, ' ')}selectionSet`
    private mutating func write(_ fragment: FragmentDefinition) {
        bytes.append(contentsOf: "fragment \(fragment.name.value) on \(fragment.typeCondition.name.value) ".utf8)
        bytes.append(contentsOf: Printer.wrap("", Printer.join(fragment.directives.map(Printer.print), " "), " ").utf8)
        write(fragment.selectionSet, level: 0)
    }

    /// `block(selections)` at `level`: nothing at all when no selection prints anything.
    private mutating func write(_ selectionSet: SelectionSet, level: Int) {
        let start = bytes.count
        bytes.append(contentsOf: "{\n".utf8)
        appendIndentation(level + 1)
        var join = Join(separator: [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * (level + 1)))
        for selection in selectionSet.selections {
            part(&join) { $0.write(selection, level: level + 1) }
        }
        guard join.wroteAny else {
            bytes.removeSubrange(start...)
            return
        }
        bytes.append(UInt8(ascii: "\n"))
        appendIndentation(level)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(_ selection: Selection, level: Int) {
        var join = Join(separator: [UInt8(ascii: " ")])
        switch selection {
        case .field(let field):
            // join([argsLine, join(directives, ' '), selectionSet], ' ')
            part(&join) { $0.append(Printer.argumentsLine(field), level: level) }
            part(&join) { $0.append(Printer.join(field.directives.map(Printer.print), " "), level: level) }
            if let selectionSet = field.selectionSet {
                part(&join) { $0.write(selectionSet, level: level) }
            }
        case .fragmentSpread(let spread):
            append("..." + spread.name.value + Printer.wrap(" ", Printer.join(spread.directives.map(Printer.print), " ")), level: level)
        case .inlineFragment(let fragment):
            // join(['...', wrap('on ', typeCondition), join(directives, ' '), selectionSet], ' ')
            part(&join) { $0.bytes.append(contentsOf: "...".utf8) }
            part(&join) { $0.append(Printer.wrap("on ", fragment.typeCondition?.name.value ?? ""), level: level) }
            part(&join) { $0.append(Printer.join(fragment.directives.map(Printer.print), " "), level: level) }
            part(&join) { $0.write(fragment.selectionSet, level: level) }
        }
    }

    /// graphql-js `join`'s rule for pieces written in place: the separator goes before every
    /// piece but the first that prints anything, and a piece that prints nothing leaves no trace.
    private struct Join {
        let separator: [UInt8]
        var wroteAny = false
    }

    private mutating func part(_ join: inout Join, _ writePiece: (inout DocumentWriter) -> Void) {
        let start = bytes.count
        if join.wroteAny { bytes.append(contentsOf: join.separator) }
        let pieceStart = bytes.count
        writePiece(&self)
        if bytes.count == pieceStart {
            bytes.removeSubrange(start...)
        } else {
            join.wroteAny = true
        }
    }

    /// Text printed on its own, with the indentation of `level` after each newline.
    private mutating func append(_ text: String, level: Int) {
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\n") { appendIndentation(level) }
        }
    }

    private mutating func appendIndentation(_ level: Int) {
        for _ in 0..<(2 * level) { bytes.append(UInt8(ascii: " ")) }
    }
}
