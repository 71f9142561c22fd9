/// A `.sql` file cut into statements, each with the line it starts on.
///
/// PostgresNIO speaks only the extended protocol, which runs one statement per query, so
/// migration files are split here. The splitter understands what can hide a `;`: quoted
/// strings (`'…'`, `E'…'`), quoted identifiers, `--` and nested `/* */` comments, and
/// dollar-quoted bodies (`$$…$$`, `$fn$…$fn$`).
public struct SQLScript: Sendable, Equatable {
    public struct Statement: Sendable, Equatable {
        public let text: String
        public let line: Int
    }

    public let statements: [Statement]

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var statements: [Statement] = []
        var current = String.UnicodeScalarView()
        var startLine: Int?
        var line = 1
        var index = 0

        func append(_ scalar: Unicode.Scalar) {
            current.append(scalar)
            if scalar == "\n" { line += 1 }
        }
        /// Comments before a statement are not part of it: its text starts on its first line
        /// of code, so positions PostgreSQL reports count from `Statement.line`.
        func appendComment(_ scalar: Unicode.Scalar) {
            if startLine == nil {
                if scalar == "\n" { line += 1 }
            } else {
                append(scalar)
            }
        }
        func flush() {
            let statement = String(current).trimmingWhitespace()
            if !statement.isEmpty, let start = startLine { statements.append(Statement(text: statement, line: start)) }
            current = String.UnicodeScalarView()
            startLine = nil
        }
        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "-" && peek(1) == "-" {
                while index < scalars.count && scalars[index] != "\n" { appendComment(scalars[index]); index += 1 }
                continue
            }
            if scalar == "/" && peek(1) == "*" {
                var depth = 0
                repeat {
                    if scalars[index] == "/" && peek(1) == "*" { depth += 1; appendComment("/"); appendComment("*"); index += 2; continue }
                    if scalars[index] == "*" && peek(1) == "/" { depth -= 1; appendComment("*"); appendComment("/"); index += 2; continue }
                    appendComment(scalars[index]); index += 1
                } while depth > 0 && index < scalars.count
                continue
            }
            if !scalar.properties.isWhitespace && startLine == nil && scalar != ";" { startLine = line }
            switch scalar {
            case ";":
                index += 1
                flush()
                continue
            case "'", "\"":
                let escapes = scalar == "'" && index > 0 && (scalars[index - 1] == "E" || scalars[index - 1] == "e")
                append(scalar); index += 1
                while index < scalars.count {
                    let inner = scalars[index]
                    append(inner); index += 1
                    if escapes && inner == "\\" && index < scalars.count { append(scalars[index]); index += 1; continue }
                    if inner == scalar {
                        if peek(0) == scalar { append(scalar); index += 1; continue }  // doubled quote
                        break
                    }
                }
                continue
            case "$":
                if let tag = dollarTag(scalars, at: index) {
                    for s in tag { append(s) }
                    index += tag.count
                    while index < scalars.count {
                        if scalars[index] == "$", scalars[index...].starts(with: tag) {
                            for s in tag { append(s) }
                            index += tag.count
                            break
                        }
                        append(scalars[index]); index += 1
                    }
                    continue
                }
            default:
                break
            }
            append(scalar)
            index += 1
        }
        flush()
        self.statements = statements
    }
}

/// `$tag$` starting at `index` (the tag may be empty), or nil if `$` starts no dollar quote.
private func dollarTag(_ scalars: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
    if index > 0 {
        let before = scalars[index - 1]
        if before.properties.isAlphabetic || before == "_" || ("0"..."9").contains(before) { return nil }
    }
    var end = index + 1
    while end < scalars.count {
        let scalar = scalars[end]
        if scalar == "$" { return Array(scalars[index...end]) }
        guard scalar.properties.isAlphabetic || scalar == "_" || (end > index + 1 && ("0"..."9").contains(scalar)) else {
            return nil
        }
        end += 1
    }
    return nil
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
