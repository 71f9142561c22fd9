/// The spec's character classes over UTF-8 bytes (all of them ASCII).
extension UInt8 {
    /// `Digit : one of 0 1 2 3 4 5 6 7 8 9`
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    /// `Letter`: the 52 ASCII letters.
    var isLetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }

    /// `NameStart : Letter | _`
    var isNameStart: Bool { isLetter || self == UInt8(ascii: "_") }

    /// `NameContinue : Letter | Digit | _`
    var isNameContinue: Bool { isLetter || isDigit || self == UInt8(ascii: "_") }

    /// `WhiteSpace` inside a block string's indentation: space or tab.
    var isIndentation: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }

    /// The value of a hexadecimal digit, or -1 (graphql-js `readHexDigit`).
    var hexDigitValue: Int {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(self) - 48
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(self) - 55
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(self) - 87
        default: -1
        }
    }
}

extension UInt32 {
    /// A Unicode scalar value: any code point but a surrogate.
    var isUnicodeScalarValue: Bool { self <= 0xD7FF || (self >= 0xE000 && self <= 0x10FFFF) }
}
