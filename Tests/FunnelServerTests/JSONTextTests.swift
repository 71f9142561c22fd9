import FunnelSchema
@testable import FunnelServer
import Testing

@Suite struct JSONTextTests {
    @Test func keepsObjectKeyOrder() {
        let value = JSONValue.object([("zeta", .int(1)), ("alpha", .int(2)), ("mid", .array([.null, .bool(true)]))])
        #expect(value.jsonText == #"{"zeta":1,"alpha":2,"mid":[null,true]}"#)
    }

    @Test func escapesPerRFC8259() {
        let value = JSONValue.string("q\"b\\s/\u{08}\u{0C}\n\r\t\u{01}\u{1F}阶段")
        // Solidus and non-ASCII stay literal; controls use the short escapes or \u00XX.
        #expect(value.jsonText == #""q\"b\\s/\b\f\n\r\t\u0001\u001f阶段""#)
    }

    @Test func writesNumbers() {
        #expect(JSONValue.array([.int(-42), .double(0.5), .double(1e21), .double(.nan), .double(.infinity)]).jsonText
            == "[-42,0.5,1e+21,null,null]")
    }

    @Test func parsesKeepingOrderAndTypes() throws {
        let value = try JSONValue(parsing: #" {"b": [1, -2.5e1, true, false, null], "a": "x\u00e9\ud83d\ude00\n"} "#)
        #expect(value == .object([
            ("b", .array([.int(1), .double(-25), .bool(true), .bool(false), .null])),
            ("a", .string("xé😀\n")),
        ]))
    }

    @Test func roundTripsThroughTheWriter() throws {
        let value = JSONValue.object([("名", .string("销售\"漏斗\"\u{0}")), ("n", .array([.int(0), .object([])]))])
        #expect(try JSONValue(parsing: value.jsonText) == value)
    }

    @Test(arguments: [
        ("", 0, "unexpected end of text"),
        ("{\"a\":1,}", 7, "expected a quoted key"),
        ("[1 2]", 3, "expected ',' or ']' in an array"),
        ("01", 1, "unexpected text after the value"),
        ("\"a\u{01}\"", 2, "control character 0x1 inside a string must be escaped"),
        ("\"\\ud800\"", 7, "unpaired surrogate \\ud800"),
        ("tru", 0, "expected true"),
        ("1.", 2, "expected a digit after '.'"),
    ])
    func refusesMalformedText(text: String, offset: Int, reason: String) {
        #expect(throws: JSONSyntaxError(offset: offset, reason: reason)) { try JSONValue(parsing: text) }
    }

    @Test func refusesDeepNesting() throws {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONValue(parsing: deepest) }
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONSyntaxError(offset: 64, reason: "nested deeper than 64 levels")) { try JSONValue(parsing: tooDeep) }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: JSONSyntaxError(offset: 3, reason: "string is not valid UTF-8")) {
            try JSONValue(parsing: [0x22, 0xC3, 0x28, 0x22])
        }
    }
}
