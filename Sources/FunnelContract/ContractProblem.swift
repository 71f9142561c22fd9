/// One broken rule of the data contract, where it stands: `FILE:LINE: column: message`.
public struct ContractProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: String
    public let message: String

    public init(file: String, line: Int, column: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line): \(column): \(message)" }

    public static func < (lhs: ContractProblem, rhs: ContractProblem) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }

    /// The report the contract asks for: at most `cap` problems, then how many more there were.
    public static func report(_ problems: [ContractProblem], total: Int, cap: Int = 100) -> [String] {
        var lines = problems.sorted().prefix(cap).map(\.description)
        if total > lines.count { lines.append("… and \(total - lines.count) more problems") }
        return lines
    }
}
