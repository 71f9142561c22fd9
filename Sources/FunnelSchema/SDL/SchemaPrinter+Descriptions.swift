import FunnelLanguage

extension SchemaPrinter {
    /// graphql-js `printDescription`: a block string when the text survives one, else a
    /// quoted string, on the lines before its definition. Inside a block every line is
    /// indented, blank ones too, and a description that is not first gets a blank line above.
    static func printed(_ description: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
        guard let description else { return "" }
        let literal = Printer.print(.string(StringValue(description, block: isPrintableAsBlockString(description))))
        let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
        return prefix + literal.replacing("\n", with: "\n" + indentation) + "\n"
    }

    /// graphql-js `isPrintableAsBlockString`: false when a block string would read back
    /// differently (control characters, carriage returns, leading or trailing blank lines,
    /// indentation common to every line).
    static func isPrintableAsBlockString(_ value: String) -> Bool {
        if value.isEmpty { return true }
        var isEmptyLine = true
        var hasIndent = false
        var hasCommonIndent = true
        var seenNonEmptyLine = false
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                if isEmptyLine && !seenNonEmptyLine { return false }
                seenNonEmptyLine = true
                isEmptyLine = true
                hasIndent = false
            case 0x09, 0x20:
                hasIndent = hasIndent || isEmptyLine
            case 0x00...0x0F:
                return false
            default:
                hasCommonIndent = hasCommonIndent && hasIndent
                isEmptyLine = false
            }
        }
        if isEmptyLine { return false }
        if hasCommonIndent && seenNonEmptyLine { return false }
        return true
    }
}
