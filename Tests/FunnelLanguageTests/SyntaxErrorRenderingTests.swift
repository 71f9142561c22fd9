import FunnelLanguage
import Testing

/// `description` and `rendered(in:)`: what a person reads.
@Suite struct SyntaxErrorRenderingTests {
    @Test func descriptionIsLineColumnAndMessage() throws {
        let error = try #require(rejection(of: "{ a(x: %) }"))
        #expect(error.description == #"1:8: Syntax Error: Unexpected character: "%"."#)
    }

    @Test func renderedShowsTheLineAndACaret() throws {
        let text = "query {\n  a(x: %)\n}"
        let error = try #require(rejection(of: text))
        #expect(error.rendered(in: Source(text)) == "2:8: Syntax Error: Unexpected character: \"%\".\n  a(x: %)\n       ^")
    }

    @Test func caretKeepsTabsAndCountsCharacters() throws {
        let text = "\t{ a(x: \"销售\", y: %) }"
        let error = try #require(rejection(of: text))
        #expect(error.rendered(in: Source(text)) == "1:18: Syntax Error: Unexpected character: \"%\".\n\(text)\n\t" + String(repeating: " ", count: 16) + "^")
    }

    @Test func crlfLinesRenderWithoutTheirTerminators() throws {
        let text = "{\r\n  a(\r\n}"
        let error = try #require(rejection(of: text))
        #expect(error.rendered(in: Source(text)) == "3:1: Syntax Error: Expected Name, found \"}\".\n}\n^")
    }

    @Test func errorAtTheEndRendersAnEmptyLine() throws {
        let text = "{ a\n"
        let error = try #require(rejection(of: text))
        #expect(error.rendered(in: Source(text)) == "2:1: Syntax Error: Expected Name, found <EOF>.\n\n^")
    }

    @Test func invalidBytesRenderAsReplacementCharacters() throws {
        let bytes = Array("{ a(x: \"".utf8) + [0xFF] + Array("\") }".utf8)
        let error = try #require(rejection(of: bytes))
        #expect(error.rendered(in: Source(bytes: bytes)) == "1:9: Syntax Error: Invalid UTF-8 sequence.\n{ a(x: \"\u{FFFD}\") }\n        ^")
    }

    @Test func longLinesShowTheEightyCharacterPieceWithTheError() throws {
        // A minified document: the error is character 205 (index 204) of a 300-character line,
        // so the piece is characters 160..<240 and the caret is its 45th.
        let text = "{ " + String(repeating: "a ", count: 101) + "% " + String(repeating: "b ", count: 47) + "}"
        let error = try #require(rejection(of: text))
        let piece = String(Array(text)[160..<240])
        #expect(error.rendered(in: Source(text)) == "1:205: Syntax Error: Unexpected character: \"%\".\n" + piece + "\n" + String(repeating: " ", count: 44) + "^")
    }

    @Test func byteOrderMarksAreLeftOutOfTheShownLine() throws {
        let text = "\u{FEFF}{ a(x: %) }"
        let error = try #require(rejection(of: text))
        #expect(error.rendered(in: Source(text)) == "1:9: Syntax Error: Unexpected character: \"%\".\n{ a(x: %) }\n       ^")
    }
}
