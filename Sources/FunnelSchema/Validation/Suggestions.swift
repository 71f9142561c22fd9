/// graphql-js `suggestionList` and `didYouMean`: the "Did you mean ...?" tails of messages.
enum Suggestions {
    /// The options within a lexical distance of 40 % of `input`'s length, nearest first,
    /// ties in natural order.
    static func list(_ input: String, _ options: [String]) -> [String] {
        let distance = LexicalDistance(input)
        let threshold = input.utf16.count * 4 / 10 + 1
        var byDistance: [(option: String, distance: Int)] = []
        var seen: Set<String> = []
        for option in options where seen.insert(option).inserted {
            if let measured = distance.measure(option, threshold: threshold) {
                byDistance.append((option, measured))
            }
        }
        return byDistance.sorted {
            $0.distance != $1.distance ? $0.distance < $1.distance : naturalCompare($0.option, $1.option) < 0
        }.map(\.option)
    }

    /// ` Did you mean "A", "B", or "C"?` (at most five), or "" without suggestions.
    static func didYouMean(_ suggestions: [String], _ subMessage: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        var message = " Did you mean "
        if let subMessage { message += subMessage + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: message += quoted[0] + "?"
        case 2: message += quoted[0] + " or " + quoted[1] + "?"
        default: message += quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last! + "?"
        }
        return message
    }

    /// graphql-js `naturalCompare`: digit runs compare as numbers, everything else by UTF-16 unit.
    static func naturalCompare(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf16), b = Array(b.utf16)
        func isDigit(_ unit: UInt16?) -> Bool { unit.map { $0 >= 48 && $0 <= 57 } ?? false }
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                var aNumber = 0, bNumber = 0
                repeat {
                    aNumber = aNumber &* 10 &+ Int(a[i] - 48)
                    i += 1
                } while i < a.count && isDigit(a[i]) && aNumber > 0
                repeat {
                    bNumber = bNumber &* 10 &+ Int(b[j] - 48)
                    j += 1
                } while j < b.count && isDigit(b[j]) && bNumber > 0
                if aNumber != bNumber { return aNumber < bNumber ? -1 : 1 }
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1
                j += 1
            }
        }
        return a.count - b.count
    }
}

/// Damerau-Levenshtein distance (optimal string alignment), case changes counting one edit.
private struct LexicalDistance {
    let input: String
    let inputLowered: [UInt16]

    init(_ input: String) {
        self.input = input
        self.inputLowered = Array(input.lowercased().utf16)
    }

    func measure(_ option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let optionLowered = Array(option.lowercased().utf16)
        if optionLowered == inputLowered { return 1 }
        var a = optionLowered, b = inputLowered
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for j in 0...b.count { rows[0][j] = j }
        if a.isEmpty { return b.count <= threshold ? b.count : nil }
        for i in 1...a.count {
            var smallest = i
            rows[i % 3][0] = i
            if b.count > 0 {
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var cell = min(rows[(i - 1) % 3][j] + 1, rows[i % 3][j - 1] + 1, rows[(i - 1) % 3][j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                    }
                    smallest = min(smallest, cell)
                    rows[i % 3][j] = cell
                }
            }
            if smallest > threshold { return nil }
        }
        let distance = rows[a.count % 3][b.count]
        return distance <= threshold ? distance : nil
    }
}
