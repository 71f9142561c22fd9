/// A moment in time, parsed from the contract's `ts` form: ISO 8601 with an offset.
///
/// Kept as microseconds since 1970-01-01T00:00Z, so two spellings of one instant with
/// different offsets compare equal, and the importer can check `closed_at >= created_at`
/// without a database round trip.
public struct Instant: Sendable, Hashable, Comparable {
    public let microseconds: Int64

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.microseconds < rhs.microseconds }

    public enum ParseError: Error, Sendable, Equatable {
        case malformed
        case missingOffset
    }

    /// `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or `±HH:MM` (also `±HHMM`, `±HH`).
    public init(parsing text: Substring) throws(ParseError) {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) throws(ParseError) -> Int {
            guard index + digits <= bytes.count else { throw .malformed }
            var value = 0
            for _ in 0..<digits {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { throw .malformed }
                value = value * 10 + Int(byte - 0x30)
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) throws(ParseError) {
            guard index < bytes.count, bytes[index] == byte else { throw .malformed }
            index += 1
        }
        let year = try number(4)
        try expect(UInt8(ascii: "-"))
        let month = try number(2)
        try expect(UInt8(ascii: "-"))
        let day = try number(2)
        guard index < bytes.count, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[index]) else {
            throw .malformed
        }
        index += 1
        let hour = try number(2)
        try expect(UInt8(ascii: ":"))
        let minute = try number(2)
        var second = 0
        var micros = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            second = try number(2)
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                var digits = 0
                while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                    if digits < 6 { micros = micros * 10 + Int(bytes[index] - 0x30) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { throw .malformed }
                for _ in min(digits, 6)..<6 { micros *= 10 }
            }
        }
        guard CivilDate.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else {
            throw .malformed
        }
        guard index < bytes.count else { throw .missingOffset }
        var offsetSeconds = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            let offsetHours = try number(2)
            var offsetMinutes = 0
            if index < bytes.count {
                if bytes[index] == UInt8(ascii: ":") { index += 1 }
                offsetMinutes = try number(2)
            }
            guard offsetHours <= 18, offsetMinutes < 60 else { throw .malformed }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        default:
            throw .malformed
        }
        guard index == bytes.count else { throw .malformed }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        microseconds = seconds * 1_000_000 + Int64(micros)
    }
}

extension Instant {
    /// The instant in UTC, `2026-03-01T02:00:00Z` (with `.ffffff` when it has a fraction): the
    /// one spelling the importer hands PostgreSQL, which rejects some forms accepted here (a
    /// comma before the fraction, offsets beyond ±15:59) and rounds where we truncate.
    public var utcText: String {
        let microsecondsPerDay: Int64 = 86_400_000_000
        var days = microseconds / microsecondsPerDay
        var rest = microseconds % microsecondsPerDay
        if rest < 0 { days -= 1; rest += microsecondsPerDay }
        let (year, month, day) = CivilDate.civil(days: Int(days))
        let second = Int(rest / 1_000_000), fraction = Int(rest % 1_000_000)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2)):"
            + pad(second % 60, 2) + (fraction == 0 ? "" : "." + pad(fraction, 6)) + "Z"
    }
}

/// Calendar arithmetic on the proleptic Gregorian calendar (Howard Hinnant's algorithms).
public enum CivilDate {
    /// Year, month and day of a day number (days since 1970-01-01).
    public static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1, month >= 1, month <= 12, day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
