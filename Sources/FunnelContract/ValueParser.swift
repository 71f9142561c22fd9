import Foundation

/// Checks one cell against its column type and gives the text PostgreSQL's COPY should
/// receive, or the problem message.
public enum ValueParser {
    public enum Outcome: Sendable, Equatable {
        case value(String)
        case problem(String)
    }

    public static func parse(_ text: String, as type: ColumnType) -> Outcome {
        // PostgreSQL text cannot hold U+0000: caught here, it gets a FILE:LINE, not a failed COPY.
        if text.utf8.contains(0) { return .problem("contains a NUL character (U+0000), which cannot be stored") }
        switch type {
        case .text:
            return .value(text)
        case .id:
            let length = text.unicodeScalars.count
            return length <= 64 ? .value(text) : .problem("id is \(length) characters long; at most 64 are allowed")
        case .timestamp:
            do {
                return .value(try Instant(parsing: Substring(text)).utcText)
            } catch .missingOffset {
                return .problem("timestamp \"\(text)\" has no offset; write it with one, e.g. +08:00 or Z")
            } catch {
                return .problem("\"\(text)\" is not an ISO 8601 timestamp with offset (e.g. 2026-01-05T09:30:00+08:00)")
            }
        case .date:
            return date(text).map { .value($0) } ?? .problem("\"\(text)\" is not a date of the form YYYY-MM-DD")
        case .month:
            return date(text + "-01").map { .value($0) } ?? .problem("\"\(text)\" is not a month of the form YYYY-MM")
        case .boolean:
            switch text {
            case "true": return .value("t")
            case "false": return .value("f")
            default: return .problem("\"\(text)\" is not a boolean (true or false)")
            }
        case .money:
            return isMoney(text) ? .value(text) : .problem(
                "\"\(text)\" is not an amount (a decimal >= 0 with at most 2 fraction digits)")
        case .integer:
            return Int32(text) != nil ? .value(text) : .problem("\"\(text)\" is not an integer")
        case .enumeration(let allowed):
            return allowed.contains(text) ? .value(text) : .problem(
                "\"\(text)\" is not one of \(allowed.joined(separator: ", "))")
        case .timezone:
            return TimeZones.isKnown(text) ? .value(text) : .problem("\"\(text)\" is not an IANA time zone name")
        case .textList:
            var seen = Set<String>()
            let items = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && seen.insert($0).inserted }
            return .value("{" + items.map(arrayElement).joined(separator: ",") + "}")
        }
    }

    private static func date(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              CivilDate.isValid(year: year, month: month, day: day)
        else { return nil }
        return text
    }

    private static func isMoney(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy(\.isASCIIDigit)
        else { return false }
        if parts.count == 2 {
            return (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isASCIIDigit)
        }
        return true
    }

    /// A PostgreSQL array element, always quoted so any text survives.
    private static func arrayElement(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// IANA zone names, checked once each.
enum TimeZones {
    private static let known: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers)

    static func isKnown(_ name: String) -> Bool { known.contains(name) || name == "UTC" }
}
