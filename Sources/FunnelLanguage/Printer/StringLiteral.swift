/// graphql-js 16 `printString`: a value as a `"..."` literal.
enum StringLiteral {
    /// Control characters (U+0000-U+001F, U+007F-U+009F), `"` and `\` are escaped; `\b \t \n
    /// \f \r` by name, the rest as `\u00XX` with upper-case hex. Everything else is written as is.
    static func printed(_ value: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x22: bytes.append(contentsOf: #"\""#.utf8)
            case 0x5C: bytes.append(contentsOf: #"\\"#.utf8)
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = Array("0123456789ABCDEF".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(scalar.value >> 4)])
                bytes.append(hex[Int(scalar.value & 0xF)])
            default:
                appendUTF8(scalar.value, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
