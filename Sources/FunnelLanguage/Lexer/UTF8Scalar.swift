/// Strict UTF-8 decoding of one scalar, for the few places the lexer meets non-ASCII bytes.
///
/// Overlong forms, surrogates (ED A0..BF) and values above U+10FFFF are invalid, as in
/// Unicode's definition of well-formed UTF-8.
enum UTF8Scalar {
    /// The scalar starting at `index` and its byte length, or nil when the bytes there are
    /// not well-formed UTF-8 (or `index` is past the end).
    static func decode(_ bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int)? {
        guard index >= 0, index < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let length = wellFormedLength(buffer, at: index)
            guard length > 0 else { return nil }
            let lead = UInt32(buffer[index])
            var value = length == 1 ? lead : lead & (0x7F >> length)
            for next in index + 1 ..< index + length {
                value = value << 6 | UInt32(buffer[next] & 0x3F)
            }
            return (value, length)
        }
    }

    /// The byte length of the well-formed UTF-8 sequence starting at `index` (which must be
    /// inside `bytes`), or 0 when the bytes there are not well-formed. Only checks, so the
    /// lexer's scanning loops can skip over non-ASCII text without decoding it.
    @inline(__always)
    static func wellFormedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        let lowestSecond: UInt8
        let highestSecond: UInt8
        switch lead {
        case 0xC2...0xDF: (length, lowestSecond, highestSecond) = (2, 0x80, 0xBF)
        case 0xE0: (length, lowestSecond, highestSecond) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, lowestSecond, highestSecond) = (3, 0x80, 0xBF)
        case 0xED: (length, lowestSecond, highestSecond) = (3, 0x80, 0x9F)
        case 0xF0: (length, lowestSecond, highestSecond) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, lowestSecond, highestSecond) = (4, 0x80, 0xBF)
        case 0xF4: (length, lowestSecond, highestSecond) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= lowestSecond, second <= highestSecond else { return 0 }
        if length > 2, bytes[index + 2] & 0xC0 != 0x80 { return 0 }
        if length > 3, bytes[index + 3] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// UTF-16 code units of one well-formed sequence of `length` bytes: 2 for the 4-byte
    /// forms (outside the Basic Multilingual Plane), else 1.
    @inline(__always)
    static func utf16Units(ofLength length: Int) -> Int { length == 4 ? 2 : 1 }

    /// UTF-16 code units of `bytes[start..<end]`; a byte that is not well-formed UTF-8 counts one.
    static func utf16Length(of bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var units = 0
        var index = start
        while index < end {
            if bytes[index] < 0x80 {
                units += 1
                index += 1
            } else if let scalar = decode(bytes, at: index) {
                units += scalar.value > 0xFFFF ? 2 : 1
                index += scalar.length
            } else {
                units += 1
                index += 1
            }
        }
        return units
    }
}
