import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578 over RFC 2046), read from bytes
/// already collected under the body limit.
///
/// Only what an upload of data-set files needs: each part's `Content-Disposition` name and
/// filename, and its bytes. Part bodies are never copied until asked for.
struct MultipartFormData {
    struct Part {
        /// The form field's name (`name=`).
        let name: String?
        /// The uploaded file's name (`filename=`, or `filename*=UTF-8''...`), without any folder.
        let filename: String?
        let body: ArraySlice<UInt8>
    }

    /// Why a body is not multipart/form-data.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case missingBoundary
        case noDelimiter
        case unterminatedPart(index: Int)
        case malformedHeader(index: Int)

        var description: String {
            switch self {
            case .missingBoundary: "the Content-Type multipart/form-data needs a boundary parameter"
            case .noDelimiter: "the body holds no part delimiter for the declared boundary"
            case .unterminatedPart(let index): "part \(index) is not closed by a delimiter"
            case .malformedHeader(let index): "part \(index) has a header line without ':' or without a blank line after the headers"
            }
        }
    }

    let parts: [Part]

    /// The boundary of a `multipart/form-data` Content-Type, nil for any other type.
    static func boundary(contentType: String) throws(Problem) -> String? {
        let (type, parameters) = HeaderValue.split(contentType)
        guard type == "multipart/form-data" else { return nil }
        guard let boundary = parameters["boundary"], !boundary.isEmpty, boundary.utf8.count <= 70 else {
            throw .missingBoundary
        }
        return boundary
    }

    init(bytes: [UInt8], boundary: String) throws(Problem) {
        let delimiter = Array("--\(boundary)".utf8)
        // The first delimiter may open the body; every later one follows a CRLF.
        guard var start = Self.find(delimiter, in: bytes, from: 0, atLineStart: true) else { throw .noDelimiter }
        var parts: [Part] = []
        while true {
            var index = start + delimiter.count
            if bytes[index...].starts(with: [0x2D, 0x2D]) { break }  // "--": the close delimiter
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }  // transport padding
            guard bytes[index...].starts(with: [0x0D, 0x0A]) else { throw .unterminatedPart(index: parts.count + 1) }
            index += 2
            guard let end = Self.find(delimiter, in: bytes, from: index, atLineStart: true) else {
                throw .unterminatedPart(index: parts.count + 1)
            }
            // The CRLF before a delimiter belongs to the delimiter.
            let content = bytes[index..<max(index, end - 2)]
            parts.append(try Self.part(content, index: parts.count + 1))
            start = end
        }
        self.parts = parts
    }

    /// The first `delimiter` at or after `from` that starts the body or follows CRLF.
    private static func find(_ delimiter: [UInt8], in bytes: [UInt8], from: Int, atLineStart: Bool) -> Int? {
        guard let first = delimiter.first, bytes.count >= delimiter.count else { return nil }
        var index = from
        let last = bytes.count - delimiter.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + delimiter.count].elementsEqual(delimiter),
               index == 0 || (index >= 2 && bytes[index - 2] == 0x0D && bytes[index - 1] == 0x0A) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func part(_ content: ArraySlice<UInt8>, index: Int) throws(Problem) -> Part {
        let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        let headerEnd: Int
        let bodyStart: Int
        if content.starts(with: [0x0D, 0x0A]) {
            (headerEnd, bodyStart) = (content.startIndex, content.startIndex + 2)  // no headers at all
        } else if let found = content.firstRange(of: separator) {
            (headerEnd, bodyStart) = (found.lowerBound, found.upperBound)
        } else {
            throw .malformedHeader(index: index)
        }
        var name: String?
        var filename: String?
        let headerText = String(decoding: content[content.startIndex..<headerEnd], as: UTF8.self)
        for line in headerText.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { throw .malformedHeader(index: index) }
            guard line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            let (_, parameters) = HeaderValue.split(String(line[line.index(after: colon)...]))
            name = parameters["name"]
            filename = parameters["filename*"].flatMap(Self.extendedValue) ?? parameters["filename"]
        }
        let baseName = filename.map { name in
            String(name.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }.last ?? "")
        }
        return Part(name: name, filename: baseName, body: content[bodyStart...])
    }

    /// RFC 8187 `UTF-8''percent-encoded` (the only charset RFC 7578 allows).
    private static func extendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }
}

/// A header value of the form `type; key=value; key="quoted \"value\""`.
enum HeaderValue {
    /// The leading value (lowercased) and its parameters (keys lowercased, quotes removed).
    static func split(_ text: String) -> (value: String, parameters: [String: String]) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        let value = pieces[0].trimmingCharacters(in: .whitespaces).lowercased()
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            parameters[key] = String(piece[piece.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        }
        return (value, parameters)
    }
}
