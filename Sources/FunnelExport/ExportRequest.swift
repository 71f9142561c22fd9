public import FunnelSchema

/// What to export: the table, its period and (for `compare`) the baseline period, checked.
public struct ExportRequest: Sendable, Equatable {
    public struct Period: Sendable, Equatable {
        public let from: String
        public let to: String
    }

    public let kind: ExportKind
    public let period: Period
    public let baseline: Period?

    /// Checks every date (YYYY-MM-DD, a real calendar date, `from` not after `to`) and that
    /// `compare` has its baseline; other tables ignore a baseline. All problems at once.
    public init(
        kind: ExportKind, from: String?, to: String?, baselineFrom: String? = nil, baselineTo: String? = nil
    ) throws(ExportError) {
        var problems: [ExportError.Problem] = []
        let period = Self.period(from: (.from, from), to: (.to, to), problems: &problems)
        var baseline: Period?
        if kind.needsBaseline {
            baseline = Self.period(from: (.baselineFrom, baselineFrom), to: (.baselineTo, baselineTo), problems: &problems)
        }
        guard problems.isEmpty, let period else { throw ExportError.invalidRequest(problems) }
        self.kind = kind
        self.period = period
        self.baseline = baseline
    }

    private static func period(
        from: (ExportParameter, String?), to: (ExportParameter, String?), problems: inout [ExportError.Problem]
    ) -> Period? {
        let first = date(from.0, from.1, problems: &problems)
        let last = date(to.0, to.1, problems: &problems)
        guard let first, let last else { return nil }
        // Valid YYYY-MM-DD texts order like the dates they name.
        guard first <= last else {
            problems.append(ExportError.Problem(parameter: to.0, message: "\(last) is before the first day, \(first)"))
            return nil
        }
        return Period(from: first, to: last)
    }

    private static func date(_ parameter: ExportParameter, _ text: String?, problems: inout [ExportError.Problem]) -> String? {
        guard let text else {
            problems.append(ExportError.Problem(parameter: parameter, message: "missing (a date, YYYY-MM-DD)"))
            return nil
        }
        switch ScalarCoercion.coerceInput(.date, .string(text)) {
        case .success: return text
        case .failure(let failure):
            problems.append(ExportError.Problem(parameter: parameter, message: "\"\(text)\": \(failure.message)"))
            return nil
        }
    }

    /// The document's variables: `from`, `to` and, for `compare`, `baselineFrom`, `baselineTo`.
    public var variables: JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("from", .string(period.from)), ("to", .string(period.to))]
        if let baseline {
            fields += [("baselineFrom", .string(baseline.from)), ("baselineTo", .string(baseline.to))]
        }
        return .object(fields)
    }
}

/// A parameter of an export, named as the HTTP query string and the CLI spell it.
public enum ExportParameter: String, Sendable, Equatable {
    case from
    case to
    case baselineFrom
    case baselineTo

    public var queryName: String { rawValue }

    public var optionName: String {
        switch self {
        case .from: "--from"
        case .to: "--to"
        case .baselineFrom: "--baseline-from"
        case .baselineTo: "--baseline-to"
        }
    }
}
