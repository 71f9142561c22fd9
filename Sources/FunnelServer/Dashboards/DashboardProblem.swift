/// Why a dashboard file was refused at start: the file, the panel if one is to blame, the
/// query position if the query is, and what is wrong. Rendered
/// `dashboards/x.json: panel "y": 1:5: Syntax Error: …`, one line per problem.
public struct DashboardProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let panel: String?
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, panel: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.panel = panel
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var parts = [file]
        if let panel { parts.append("panel \"\(panel)\"") }
        if let line, let column { parts.append("\(line):\(column)") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// Every problem found while loading the dashboards folder; the server refuses to start on any.
public struct DashboardCatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [DashboardProblem]

    public init(_ problems: [DashboardProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
