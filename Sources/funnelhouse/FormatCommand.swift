import ArgumentParser
import Foundation
import FunnelLanguage

/// `funnelhouse format [FILE]`: the canonical form of a GraphQL document (graphql-js
/// `print`), followed by a newline, on stdout.
///
/// A syntax error goes to stderr as `FILE:LINE:COL: Syntax Error: ...` (just `LINE:COL: ...`
/// for stdin), then the source line and a caret under the column; exit 1. A local file is
/// the user's own, so the request limits do not apply (`ParseLimits.unlimited`).
struct FormatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "format", abstract: "Prints a GraphQL document in canonical form.")

    @ArgumentParser.Argument(help: "The document to format; stdin when omitted.") var file: String?

    func run() async throws {
        let source: Source
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UnreadableDocument(path: file)
            }
            source = Source(bytes: Array(data), name: file)
        } else {
            source = Source(bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        do {
            let document = try Parser.parse(source, limits: .unlimited)
            print(Printer.print(document))
        } catch {
            throw RejectedDocument(error: error, source: source, fileName: file)
        }
    }
}

/// A syntax error with the source it is about, so it can show the offending line.
struct RejectedDocument: UserFacingError {
    let error: GraphQLSyntaxError
    let source: Source
    let fileName: String?

    var problemLines: [String] {
        let rendered = error.rendered(in: source)
        let prefix = fileName.map { $0 + ":" } ?? ""
        return [prefix + rendered]
    }
}

struct UnreadableDocument: UserFacingError {
    let path: String

    var problemLines: [String] { ["\(path): cannot read the file"] }
}
