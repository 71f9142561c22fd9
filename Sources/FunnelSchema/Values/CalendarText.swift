/// Strict readers for the texts of `Date` (`YYYY-MM-DD`) and `DateTime` (RFC 3339 with an
/// offset, seconds required, fraction optional), without Foundation's lenient parsers.
enum CalendarText {
    enum Problem: Equatable {
        case shape
        case impossible
    }

    static func checkDate(_ text: String) -> Problem? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return .shape }
        return checkDate(bytes[...])
    }

    static func checkDateTime(_ text: String) -> Problem? {
        let bytes = Array(text.utf8)
        // YYYY-MM-DDTHH:MM:SS, then .fraction?, then Z or ±HH:MM
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") else { return .shape }
        guard bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]),
              let second = number(bytes[17..<19])
        else { return .shape }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if index == start { return .shape }
        }
        guard index < bytes.count else { return .shape }
        switch bytes[index] {
        case UInt8(ascii: "Z"):
            guard index + 1 == bytes.count else { return .shape }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetHour = number(bytes[(index + 1)..<(index + 3)]),
                  let offsetMinute = number(bytes[(index + 4)..<(index + 6)])
            else { return .shape }
            if offsetHour > 23 || offsetMinute > 59 { return .impossible }
        default:
            return .shape
        }
        if let problem = checkDate(bytes[0..<10]) { return problem }
        if hour > 23 || minute > 59 || second > 59 { return .impossible }
        return nil
    }

    private static func checkDate(_ bytes: ArraySlice<UInt8>) -> Problem? {
        let start = bytes.startIndex
        guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = number(bytes[start..<(start + 4)]), let month = number(bytes[(start + 5)..<(start + 7)]),
              let day = number(bytes[(start + 8)..<(start + 10)])
        else { return .shape }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return .impossible
        }
        return nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
