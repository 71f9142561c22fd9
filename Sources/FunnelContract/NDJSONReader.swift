/// NDJSON records, one flat JSON object per line, streamed. Numbers and booleans keep their
/// text (`12.50`, `true`) so they are checked exactly like CSV cells; `null` is NULL.
public struct NDJSONReader {
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [(key: String, value: String?)]

        public static func == (lhs: Record, rhs: Record) -> Bool {
            lhs.line == rhs.line && lhs.fields.elementsEqual(rhs.fields, by: { $0.key == $1.key && $0.value == $1.value })
        }
    }

    public struct Problem: Error, Sendable, Equatable {
        public let line: Int
        public let message: String
    }

    private var chunks: ByteChunks
    private var position = 0
    private var line = 0

    public init(path: String) throws {
        chunks = try ByteChunks(path: path)
    }

    /// Records of a body already in memory (an upload).
    public init(bytes: [UInt8]) {
        chunks = ByteChunks(bytes: bytes)
    }

    /// The next object, nil at the end; blank lines are skipped. A malformed line throws.
    public mutating func next() throws -> Record? {
        while true {
            let bytes = chunks.buffer
            var end = position
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end >= bytes.count && !chunks.isAtEnd {
                let consumed = position
                position = 0
                if try chunks.refill(keepingFrom: consumed) { continue }
            }
            let lineBytes = chunks.buffer[position..<min(end, chunks.buffer.count)]
            if lineBytes.isEmpty && end >= chunks.buffer.count { return nil }
            line += 1
            position = min(end + 1, chunks.buffer.count)
            var body = lineBytes
            if line == 1 && body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if body.last == UInt8(ascii: "\r") { body = body.dropLast() }
            if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var parser = FlatJSONObject(bytes: Array(body))
            do {
                return Record(line: line, fields: try parser.parse())
            } catch {
                throw Problem(line: line, message: error.message)
            }
        }
    }
}

/// A JSON object whose values are scalars: what one NDJSON record of the contract is.
struct FlatJSONObject {
    struct Failure: Error { let message: String }

    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() throws(Failure) -> [(key: String, value: String?)] {
        var fields: [(key: String, value: String?)] = []
        skipSpace()
        try expect(UInt8(ascii: "{"), "a record must be a JSON object")
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw Failure(message: "expected a quoted key") }
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"), "expected ':' after key \"\(key)\"")
                skipSpace()
                fields.append((key, try value(for: key)))
                skipSpace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"), "expected ',' or '}' after the value of \"\(key)\"")
                break
            }
        }
        skipSpace()
        guard index == bytes.count else { throw Failure(message: "text after the end of the JSON object") }
        return fields
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { index += 1 }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(Failure) {
        guard peek == byte else { throw Failure(message: message) }
        index += 1
    }

    private mutating func value(for key: String) throws(Failure) -> String? {
        switch peek {
        case UInt8(ascii: "\""): return try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw Failure(message: "the value of \"\(key)\" is an object or array; only strings, numbers, booleans and null are allowed")
        default:
            let start = index
            while let byte = peek, !(byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == 0x20
                || byte == 0x09 || byte == 0x0D || byte == 0x0A) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            if word == "null" { return nil }
            if word == "true" || word == "false" || isJSONNumber(word) { return word }
            throw Failure(message: "the value of \"\(key)\" is not valid JSON: \(word.isEmpty ? "nothing" : word)")
        }
    }

    private func isJSONNumber(_ word: String) -> Bool {
        var scalars = Substring(word).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty, !(digits.count > 1 && digits.first == "0") else { return false }
        scalars = scalars.dropFirst(digits.count)
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            let fraction = scalars.prefix { ("0"..."9").contains($0) }
            guard !fraction.isEmpty else { return false }
            scalars = scalars.dropFirst(fraction.count)
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix { ("0"..."9").contains($0) }
            guard !exponent.isEmpty else { return false }
            scalars = scalars.dropFirst(exponent.count)
        }
        return scalars.isEmpty
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var out: [UInt8] = []
        while true {
            guard let byte = peek else { throw Failure(message: "a string is never closed") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw Failure(message: "a string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                guard let escape = peek else { throw Failure(message: "a string is never closed") }
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                            throw Failure(message: "a \\u escape names half of a surrogate pair")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw Failure(message: "a \\u escape names half of a surrogate pair")
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else {
                        throw Failure(message: "a \\u escape names no character")
                    }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    throw Failure(message: "unknown escape \\\(Character(Unicode.Scalar(escape)))")
                }
            default:
                guard byte >= 0x20 else { throw Failure(message: "a control character inside a string must be escaped") }
                out.append(byte)
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw Failure(message: "a \\u escape needs four hex digits") }
        index += 4
        return value
    }
}

extension Error {
    var message: String {
        (self as? FlatJSONObject.Failure)?.message ?? "\(self)"
    }
}
