import Testing
@testable import FunnelContract

@Suite struct InstantTests {
    /// 2026-03-01T02:00:00Z, in microseconds since the epoch.
    static let marchFirst: Int64 = 1_772_330_400_000_000

    @Test(arguments: [
        "2026-03-01T10:00:00+08:00", "2026-03-01T02:00:00Z", "2026-03-01T02:00:00z", "2026-03-01T10:00:00+0800",
        "2026-03-01T10:00:00+08", "2026-03-01T10:00+08:00", "2026-03-01 10:00:00+08:00", "2026-02-28T21:00:00-05:00",
        "2026-03-01T02:00:00.000Z", "2026-03-01T07:30:00+05:30",
    ])
    func oneInstantInManySpellings(_ text: String) throws {
        #expect(try Instant(parsing: Substring(text)).microseconds == Self.marchFirst)
    }

    @Test func fractionsAreKeptToTheMicrosecond() throws {
        #expect(try Instant(parsing: "2026-03-01T02:00:00.5Z").microseconds == Self.marchFirst + 500_000)
        #expect(try Instant(parsing: "2026-03-01T02:00:00.123456789Z").microseconds == Self.marchFirst + 123_456)
        #expect(try Instant(parsing: "1970-01-01T00:00:00Z").microseconds == 0)
        #expect(try Instant(parsing: "1969-12-31T23:59:59Z").microseconds == -1_000_000)
        #expect(try Instant(parsing: "2024-02-29T00:00:00Z").microseconds == 1_709_164_800_000_000)
    }

    @Test func utcTextIsOneSpellingPerInstant() throws {
        #expect(try Instant(parsing: "2026-03-01T10:00:00+08:00").utcText == "2026-03-01T02:00:00Z")
        #expect(try Instant(parsing: "2026-03-01T01:00:00,5+16:00").utcText == "2026-02-28T09:00:00.500000Z")
        #expect(try Instant(parsing: "1969-12-31T23:59:59.999999Z").utcText == "1969-12-31T23:59:59.999999Z")
        #expect(try Instant(parsing: "2024-02-29T23:30:00-01:00").utcText == "2024-03-01T00:30:00Z")
        #expect(try Instant(parsing: "0001-01-01T12:00:00+00:00").utcText == "0001-01-01T12:00:00Z")
    }

    @Test func instantsOrderByTimeNotBySpelling() throws {
        let early = try Instant(parsing: "2026-03-01T09:00:00+08:00")  // 01:00Z
        let late = try Instant(parsing: "2026-03-01T01:30:00Z")
        #expect(early < late)
    }

    @Test(arguments: ["2026-03-01T10:00:00", "2026-03-01T10:00", "2026-03-01 10:00:00.250"])
    func aBareLocalTimeHasNoOffset(_ text: String) {
        #expect(throws: Instant.ParseError.missingOffset) { try Instant(parsing: Substring(text)) }
    }

    @Test(arguments: [
        "", "2026-03-01", "2026-3-1T10:00:00Z", "2026-02-29T10:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T10:60:00Z",
        "2026-03-01T10:00:60Z", "2026-03-01T10:00:00+08:00 ", "2026-03-01T10:00:00.Z", "2026-03-01T10:00:00+8:00",
        "2026-03-01T10:00:00+19:00", "2026-03-01T10:00:00 CST", "今天",
    ])
    func malformedTimestamps(_ text: String) {
        #expect(throws: Instant.ParseError.malformed) { try Instant(parsing: Substring(text)) }
    }
}

@Suite struct ValueParserTests {
    @Test func timestampsReachPostgreSQLInUTC() {
        #expect(ValueParser.parse("2026-03-01T10:00:00+08:00", as: .timestamp) == .value("2026-03-01T02:00:00Z"))
        #expect(ValueParser.parse("2026-03-01 02:00:00.1234567z", as: .timestamp) == .value("2026-03-01T02:00:00.123456Z"))
    }

    @Test func timestampMessagesSayWhatToWrite() {
        #expect(ValueParser.parse("2026-03-01T10:00:00", as: .timestamp)
            == .problem("timestamp \"2026-03-01T10:00:00\" has no offset; write it with one, e.g. +08:00 or Z"))
        #expect(ValueParser.parse("3月1日", as: .timestamp)
            == .problem("\"3月1日\" is not an ISO 8601 timestamp with offset (e.g. 2026-01-05T09:30:00+08:00)"))
    }

    @Test func moneyHasAtMostTwoFractionDigitsAndIsNotNegative() {
        for good in ["0", "12", "12.5", "12.50", "3200000.00"] {
            #expect(ValueParser.parse(good, as: .money) == .value(good), "\(good)")
        }
        for bad in ["-1", "12.345", "1,000", "12.", ".5", "1e3", "¥12"] {
            #expect(ValueParser.parse(bad, as: .money)
                == .problem("\"\(bad)\" is not an amount (a decimal >= 0 with at most 2 fraction digits)"), "\(bad)")
        }
    }

    @Test func datesMonthsBooleansIntegers() {
        #expect(ValueParser.parse("2024-02-29", as: .date) == .value("2024-02-29"))
        #expect(ValueParser.parse("2026-02-29", as: .date) == .problem("\"2026-02-29\" is not a date of the form YYYY-MM-DD"))
        #expect(ValueParser.parse("2026-3-01", as: .date) == .problem("\"2026-3-01\" is not a date of the form YYYY-MM-DD"))
        #expect(ValueParser.parse("2026-03", as: .month) == .value("2026-03-01"))
        #expect(ValueParser.parse("2026-13", as: .month) == .problem("\"2026-13\" is not a month of the form YYYY-MM"))
        #expect(ValueParser.parse("true", as: .boolean) == .value("t"))
        #expect(ValueParser.parse("false", as: .boolean) == .value("f"))
        #expect(ValueParser.parse("TRUE", as: .boolean) == .problem("\"TRUE\" is not a boolean (true or false)"))
        #expect(ValueParser.parse("48", as: .integer) == .value("48"))
        #expect(ValueParser.parse("4.5", as: .integer) == .problem("\"4.5\" is not an integer"))
    }

    @Test func aNulCharacterIsAProblemOfItsCell() {
        #expect(ValueParser.parse("华\u{0}康", as: .text) == .problem("contains a NUL character (U+0000), which cannot be stored"))
        #expect(ValueParser.parse("华康", as: .text) == .value("华康"))
    }

    @Test func enumerationsAreExact() {
        let role = ColumnType.enumeration(["rep", "manager", "director"])
        #expect(ValueParser.parse("manager", as: role) == .value("manager"))
        #expect(ValueParser.parse("Manager", as: role) == .problem("\"Manager\" is not one of rep, manager, director"))
    }

    @Test func idsAreAtMost64Characters() {
        let long = String(repeating: "客", count: 64)
        #expect(ValueParser.parse(long, as: .id) == .value(long))
        #expect(ValueParser.parse(long + "户", as: .id) == .problem("id is 65 characters long; at most 64 are allowed"))
    }

    @Test func requiredActionsBecomeADistinctArray() {
        #expect(ValueParser.parse("visit; quote_sent;visit;;", as: .textList) == .value(#"{"visit","quote_sent"}"#))
        #expect(ValueParser.parse(#"say "hi"\"#, as: .textList) == .value(#"{"say \"hi\"\\"}"#))
    }

    @Test func timezonesAreIANANames() {
        #expect(ValueParser.parse("Asia/Shanghai", as: .timezone) == .value("Asia/Shanghai"))
        #expect(ValueParser.parse("Asia/Urumqi", as: .timezone) == .value("Asia/Urumqi"))
        #expect(ValueParser.parse("Beijing", as: .timezone) == .problem("\"Beijing\" is not an IANA time zone name"))
    }
}
