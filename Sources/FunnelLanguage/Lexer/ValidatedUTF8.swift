extension String {
    /// A string from bytes the lexer has already checked to be well-formed UTF-8: copied
    /// without the second validation pass `String(decoding:as:)` would make.
    ///
    /// `isASCII` may only be true when every byte is below 0x80; false is always safe.
    init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if #available(macOS 26.0, *) {
            self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
