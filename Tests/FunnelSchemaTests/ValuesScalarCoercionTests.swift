import FunnelLanguage
import FunnelSchema
import Testing

@Suite struct ValuesScalarCoercionTests {
    @Test func intLiteralsAre32Bit() {
        #expect(ScalarCoercion.parseLiteral(.int, .int(IntValue("2147483647"))) == .int(2_147_483_647))
        #expect(ScalarCoercion.parseLiteral(.int, .int(IntValue("-2147483648"))) == .int(-2_147_483_648))
        #expect(ScalarCoercion.parseLiteral(.int, .int(IntValue("2147483648"))) == nil)
        #expect(ScalarCoercion.parseLiteral(.int, .int(IntValue("99999999999999999999999"))) == nil)
        #expect(ScalarCoercion.parseLiteral(.int, .float(FloatValue("1.0"))) == nil)
    }

    @Test func floatAcceptsInts() {
        #expect(ScalarCoercion.parseLiteral(.float, .int(IntValue("3"))) == .double(3))
        #expect(ScalarCoercion.parseLiteral(.float, .float(FloatValue("1.5e3"))) == .double(1500))
        #expect(ScalarCoercion.parseLiteral(.float, .float(FloatValue("1e999"))) == nil)
        #expect(ScalarCoercion.parseLiteral(.float, .string(StringValue("1.5"))) == nil)
    }

    @Test func idAcceptsIntsAndStrings() {
        #expect(ScalarCoercion.parseLiteral(.id, .int(IntValue("12"))) == .string("12"))
        #expect(ScalarCoercion.parseLiteral(.id, .string(StringValue("a1"))) == .string("a1"))
        #expect(ScalarCoercion.parseLiteral(.id, .float(FloatValue("1.5"))) == nil)
        #expect(ScalarCoercion.parseLiteral(.boolean, .boolean(BooleanValue(false))) == .bool(false))
        #expect(ScalarCoercion.parseLiteral(.string, .enum(EnumValue("A"))) == nil)
    }

    @Test func datesAreRealCalendarDates() {
        func date(_ text: String) -> JSONValue? { ScalarCoercion.parseLiteral(.date, .string(StringValue(text))) }
        #expect(date("2024-02-29") == .string("2024-02-29"))
        #expect(date("2000-02-29") == .string("2000-02-29"))
        #expect(date("2026-02-29") == nil)
        #expect(date("1900-02-29") == nil)
        #expect(date("2026-04-31") == nil)
        #expect(date("2026-13-01") == nil)
        #expect(date("0000-01-01") == nil)
        #expect(date("2026-2-01") == nil)
        #expect(date("2026-02-01T00:00:00Z") == nil)
        #expect(date(" 2026-02-01") == nil)
        #expect(ScalarCoercion.parseLiteral(.date, .int(IntValue("20260201"))) == nil)
    }

    @Test func dateTimesNeedSecondsAndAnOffset() {
        func dateTime(_ text: String) -> JSONValue? { ScalarCoercion.parseLiteral(.dateTime, .string(StringValue(text))) }
        #expect(dateTime("2026-03-01T09:30:00+08:00") == .string("2026-03-01T09:30:00+08:00"))
        #expect(dateTime("2026-03-01T01:30:00Z") == .string("2026-03-01T01:30:00Z"))
        #expect(dateTime("2026-03-01T01:30:00.123456-05:30") == .string("2026-03-01T01:30:00.123456-05:30"))
        #expect(dateTime("2026-03-01T09:30:00") == nil)
        #expect(dateTime("2026-03-01T09:30Z") == nil)
        #expect(dateTime("2026-03-01T09:30:00.Z") == nil)
        #expect(dateTime("2026-03-01 09:30:00Z") == nil)
        #expect(dateTime("2026-03-01t09:30:00z") == nil)
        #expect(dateTime("2026-03-01T24:00:00Z") == nil)
        #expect(dateTime("2026-03-01T09:60:00Z") == nil)
        #expect(dateTime("2026-03-01T09:30:00+0800") == nil)
        #expect(dateTime("2026-03-01T09:30:00+24:00") == nil)
        #expect(dateTime("2026-02-29T09:30:00Z") == nil)
    }

    @Test func variableValuesWithGraphQLJSMessages() throws {
        func failure(_ kind: ScalarKind, _ value: JSONValue) -> ScalarCoercionError? {
            if case .failure(let error) = ScalarCoercion.coerceInput(kind, value) { return error }
            return nil
        }
        #expect(failure(.int, .int(2_147_483_648)) == ScalarCoercionError("Int cannot represent non 32-bit signed integer value: 2147483648", standsAlone: true))
        #expect(failure(.int, .double(1.5)) == ScalarCoercionError("Int cannot represent non-integer value: 1.5", standsAlone: true))
        #expect(failure(.int, .string("1")) == ScalarCoercionError("Int cannot represent non-integer value: \"1\"", standsAlone: true))
        #expect(failure(.float, .string("1.5")) == ScalarCoercionError("Float cannot represent non numeric value: \"1.5\"", standsAlone: true))
        #expect(failure(.string, .int(1)) == ScalarCoercionError("String cannot represent a non string value: 1", standsAlone: true))
        #expect(failure(.boolean, .int(0)) == ScalarCoercionError("Boolean cannot represent a non boolean value: 0", standsAlone: true))
        #expect(failure(.id, .bool(true)) == ScalarCoercionError("ID cannot represent value: true", standsAlone: true))
        #expect(failure(.date, .string("2026-02-29")) == ScalarCoercionError("Date must be a real calendar date.", standsAlone: false))
        #expect(failure(.dateTime, .string("2026-03-01T09:30:00")) == ScalarCoercionError(
            "DateTime must be an RFC 3339 date-time with seconds and an offset (Z or ±HH:MM).", standsAlone: false
        ))
        #expect(try ScalarCoercion.coerceInput(.int, .double(3)).get() == .int(3))
        #expect(try ScalarCoercion.coerceInput(.float, .int(2)).get() == .double(2))
        #expect(try ScalarCoercion.coerceInput(.id, .int(7)).get() == .string("7"))
        #expect(try ScalarCoercion.coerceInput(.date, .string("2024-02-29")).get() == .string("2024-02-29"))
    }
}
