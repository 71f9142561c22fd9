/// RFC 4180 records from a file, streamed: quoted fields (with `""` for a quote) may hold
/// commas, quotes and line breaks; lines end in CRLF or LF; a UTF-8 BOM is skipped.
///
/// Every record comes with the physical line it starts on, so a problem in a record whose
/// quoted field spans lines still points at the right place.
public struct CSVReader {
    public struct Record: Sendable, Equatable {
        public let line: Int
        /// Cells in file order; an empty cell is nil (the contract's NULL).
        public let fields: [String?]
    }

    public enum Problem: Error, Sendable, Equatable {
        case unterminatedQuote(line: Int)
        case quoteInUnquotedField(line: Int)
        case characterAfterClosingQuote(line: Int)
        case invalidUTF8(line: Int)

        public var line: Int {
            switch self {
            case .unterminatedQuote(let line), .quoteInUnquotedField(let line),
                 .characterAfterClosingQuote(let line), .invalidUTF8(let line): line
            }
        }

        public var message: String {
            switch self {
            case .unterminatedQuote: "quoted field is never closed"
            case .quoteInUnquotedField: "a quote inside an unquoted field; quote the whole field and double the quote"
            case .characterAfterClosingQuote: "text after a closing quote; a quoted field must end at a comma or line end"
            case .invalidUTF8: "the record is not valid UTF-8"
            }
        }
    }

    private var chunks: ByteChunks
    private var position = 0
    private var line = 1
    private var startedBOMCheck = false

    public init(path: String) throws {
        chunks = try ByteChunks(path: path)
    }

    /// Records of a file already in memory (an upload).
    public init(bytes: [UInt8]) {
        chunks = ByteChunks(bytes: bytes)
    }

    /// The next record, nil at the end. A malformed record throws; reading may go on after it.
    public mutating func next() throws -> Record? {
        while true {
            if !startedBOMCheck {
                while chunks.buffer.count < 3, try chunks.refill(keepingFrom: 0) {}
                if chunks.buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
                startedBOMCheck = true
            }
            switch scanRecord() {
            case .record(let record, let end, let lines):
                position = end
                line += lines
                return record
            case .needMore:
                let consumed = position
                position = 0
                if try !chunks.refill(keepingFrom: consumed) {
                    if chunks.buffer.isEmpty { return nil }
                    // The last record has no line break: scan it as final.
                    switch scanRecord(atEnd: true) {
                    case .record(let record, let end, let lines):
                        position = end
                        line += lines
                        return record
                    case .needMore, .end:
                        return nil
                    case .malformed(let problem, let end, let lines):
                        position = end
                        line += lines
                        throw problem
                    }
                }
            case .end:
                return nil
            case .malformed(let problem, let end, let lines):
                position = end
                line += lines
                throw problem
            }
        }
    }

    private enum Scan {
        case record(Record, end: Int, lines: Int)
        case needMore
        case end
        case malformed(Problem, end: Int, lines: Int)
    }

    private func scanRecord(atEnd: Bool = false) -> Scan {
        let bytes = chunks.buffer
        let count = bytes.count
        var index = position
        if index >= count { return atEnd || chunks.isAtEnd ? .end : .needMore }
        var fields: [String?] = []
        var lines = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

        /// Skips to the end of the current physical record after a malformed field.
        func recover(_ problem: Problem, from start: Int) -> Scan {
            var i = start
            while i < count && bytes[i] != lf { i += 1 }
            if i >= count && !atEnd { return .needMore }
            return .malformed(problem, end: min(i + 1, count), lines: lines + 1)
        }

        while true {
            // One field.
            if index < count && bytes[index] == quote {
                var value: [UInt8] = []
                var i = index + 1
                var fieldLines = 0
                while true {
                    guard i < count else {
                        return atEnd ? .malformed(.unterminatedQuote(line: line), end: count, lines: lines + fieldLines)
                            : .needMore
                    }
                    let byte = bytes[i]
                    if byte == quote {
                        if i + 1 < count && bytes[i + 1] == quote {
                            value.append(quote)
                            i += 2
                            continue
                        }
                        if i + 1 >= count && !atEnd { return .needMore }
                        i += 1
                        break
                    }
                    if byte == lf { fieldLines += 1 }
                    value.append(byte)
                    i += 1
                }
                lines += fieldLines
                guard let text = String(validating: value, as: UTF8.self) else {
                    return recover(.invalidUTF8(line: line), from: i)
                }
                fields.append(text.isEmpty ? nil : text)
                index = i
                if index < count && bytes[index] != comma && bytes[index] != lf && bytes[index] != cr {
                    return recover(.characterAfterClosingQuote(line: line), from: index)
                }
            } else {
                var i = index
                while i < count && bytes[i] != comma && bytes[i] != lf && bytes[i] != cr {
                    if bytes[i] == quote { return recover(.quoteInUnquotedField(line: line), from: i) }
                    i += 1
                }
                if i >= count && !atEnd { return .needMore }
                guard let text = String(validating: bytes[index..<i], as: UTF8.self) else {
                    return recover(.invalidUTF8(line: line), from: i)
                }
                fields.append(text.isEmpty ? nil : text)
                index = i
            }
            // After a field: a comma, a line end, or the end of the file.
            if index >= count {
                if !atEnd { return .needMore }
                return .record(Record(line: line, fields: fields), end: count, lines: lines)
            }
            switch bytes[index] {
            case comma:
                index += 1
                if index >= count && !atEnd { return .needMore }
            case cr:
                if index + 1 >= count && !atEnd { return .needMore }
                let end = index + 1 < count && bytes[index + 1] == lf ? index + 2 : index + 1
                return .record(Record(line: line, fields: fields), end: end, lines: lines + 1)
            default:  // lf
                return .record(Record(line: line, fields: fields), end: index + 1, lines: lines + 1)
            }
        }
    }
}
