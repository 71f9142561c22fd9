@testable import FunnelServer
import Testing

/// The multipart/form-data reader of `POST /ingest` (RFC 7578 over RFC 2046).
@Suite struct MultipartFormDataTests {
    static func parts(_ body: String, boundary: String) throws -> [(name: String?, filename: String?, body: String)] {
        try MultipartFormData(bytes: Array(body.utf8), boundary: boundary).parts.map {
            ($0.name, $0.filename, String(decoding: $0.body, as: UTF8.self))
        }
    }

    @Test func partsBetweenPreambleAndEpilogueKeepTheirBytes() throws {
        let body = "a preamble line\r\n"
            + "--x'(b)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"C:\\\\data\\\\leads.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\norg_id,lead_id\r\nA,--x'(b) not at a line start\r\n"
            + "\r\n--x'(b)  \r\ncontent-disposition: form-data; name=\"f;2\"; filename*=UTF-8''%E6%B4%BB%E5%8A%A8.ndjson\r\n\r\n"
            + "{}"
            + "\r\n--x'(b)--\r\nan epilogue"
        let parts = try Self.parts(body, boundary: "x'(b)")
        #expect(parts.count == 2)
        #expect(parts.first?.name == "files")
        // A browser's full Windows path keeps only its last component.
        #expect(parts.first?.filename == "leads.csv")
        #expect(parts.first?.body == "org_id,lead_id\r\nA,--x'(b) not at a line start\r\n")
        #expect(parts.last?.name == "f;2")
        #expect(parts.last?.filename == "活动.ndjson")
        #expect(parts.last?.body == "{}")
    }

    @Test func aPartWithoutHeadersHasNoNames() throws {
        let parts = try Self.parts("--b\r\n\r\nraw\r\n--b--", boundary: "b")
        #expect(parts.count == 1)
        #expect(parts.first?.name == nil)
        #expect(parts.first?.filename == nil)
        #expect(parts.first?.body == "raw")
    }

    @Test func brokenFramingIsNamed() {
        #expect(throws: MultipartFormData.Problem.noDelimiter) { try Self.parts("no parts here", boundary: "b") }
        #expect(throws: MultipartFormData.Problem.unterminatedPart(index: 2)) {
            try Self.parts("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--b\r\n\r\ntwo", boundary: "b")
        }
        #expect(throws: MultipartFormData.Problem.malformedHeader(index: 1)) {
            try Self.parts("--b\r\nno colon here\r\n\r\nx\r\n--b--", boundary: "b")
        }
    }

    @Test func theBoundaryComesFromTheContentType() throws {
        #expect(try MultipartFormData.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\"") == "a b;c")
        #expect(try MultipartFormData.boundary(contentType: "multipart/form-data;boundary=xyz") == "xyz")
        #expect(try MultipartFormData.boundary(contentType: "application/x-ndjson") == nil)
        #expect(throws: MultipartFormData.Problem.missingBoundary) { try MultipartFormData.boundary(contentType: "multipart/form-data") }
        #expect(throws: MultipartFormData.Problem.missingBoundary) {
            try MultipartFormData.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71))
        }
    }
}
