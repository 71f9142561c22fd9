import FunnelContract

/// Instants as seconds since 1970 UTC, written in an org's fixed offset (`+08:00`): the
/// contract's `ts` form. The demo zones have no daylight saving, so an offset is enough.
struct LocalClock: Sendable {
    let offsetSeconds: Int

    func timestamp(_ seconds: Int64) -> String {
        let local = seconds + Int64(offsetSeconds)
        let days = Int(local.floorDiv(86_400))
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let (year, month, day) = Self.civil(days)
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = abs(offsetSeconds)
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
            + (offsetSeconds == 0 ? "Z" : "\(sign)\(pad(offset / 3600)):\(pad(offset / 60 % 60))")
    }

    /// `YYYY-MM-DD` of day number `days` (days since 1970-01-01).
    static func date(_ days: Int) -> String {
        let (year, month, day) = civil(days)
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    /// The local day number of an instant.
    func day(of seconds: Int64) -> Int { Int((seconds + Int64(offsetSeconds)).floorDiv(86_400)) }

    /// The instant of a local day's `hour` (fractional).
    func instant(day: Int, hour: Double) -> Int64 {
        Int64(day) * 86_400 + Int64(hour * 3600) - Int64(offsetSeconds)
    }

    /// 0 = Monday … 6 = Sunday.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 7 + 3) % 7 }

    static func civil(_ days: Int) -> (Int, Int, Int) {
        CivilDate.civil(days: days)
    }
}

private func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

extension Int64 {
    func floorDiv(_ divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
