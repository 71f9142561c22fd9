import FunnelLanguage

/// What must hold for every byte sequence the parser is given. A violation stops the process
/// with a message, which is what libFuzzer records as a crash (and the replay tool reports).
///
/// - Parsing never crashes or hangs, whatever the bytes, with the default limits and with
///   `.unlimited` (whose hard depth cap must still keep deep nesting off the stack's end).
/// - Limits only refuse: what the default limits accept, `.unlimited` accepts alike.
/// - A rejected input yields an error that points into the input: line and column >= 1,
///   offset within the bytes, and a rendering with a caret.
/// - An accepted input prints to a document that parses to an equal AST
///   (`parse(print(parse(x))) == parse(x)`), and printing that again gives the same text.
enum RoundTripInvariant {
    static func check(_ bytes: [UInt8]) {
        let source = Source(bytes: bytes, name: "fuzz input")
        let unlimited: Document?
        do {
            unlimited = try Parser.parse(source, limits: .unlimited)
        } catch {
            checkError(error, in: source)
            unlimited = nil
        }
        let document: Document
        do {
            document = try Parser.parse(source)
        } catch {
            checkError(error, in: source)
            return
        }
        if unlimited != document {
            violation("the default limits accept what .unlimited reads differently or refuses", printed: "")
        }
        let printed = Printer.print(document)
        // The printed form may be longer than the input (indentation), so no size limit here.
        let reparsed: Document
        do {
            reparsed = try Parser.parse(Source(printed, name: "printed"), limits: .unlimited)
        } catch {
            violation("the printed form does not parse: \(error)", printed: printed)
        }
        if reparsed != document {
            violation("parse(print(parse(x))) differs from parse(x)", printed: printed)
        }
        let reprinted = Printer.print(reparsed)
        if reprinted != printed {
            violation("printing is not idempotent; second print:\n\(reprinted)", printed: printed)
        }
    }

    private static func checkError(_ error: GraphQLSyntaxError, in source: Source) {
        guard error.line >= 1, error.column >= 1, (0...source.bytes.count).contains(error.offset) else {
            violation("error position outside the input: \(error) at offset \(error.offset) of \(source.bytes.count)", printed: "")
        }
        guard error.message.hasPrefix("Syntax Error: ") else {
            violation("error message without the graphql-js prefix: \(error.message)", printed: "")
        }
        let rendered = error.rendered(in: source)
        guard rendered.hasPrefix(error.description), rendered.hasSuffix("^") else {
            violation("rendered error has no caret line:\n\(rendered)", printed: "")
        }
    }

    private static func violation(_ message: String, printed: String) -> Never {
        fatalError("round-trip invariant violated: \(message)\n--- printed ---\n\(printed)")
    }
}
