import FunnelLanguage
import FunnelSchema

/// Reads one dashboard file: its shape, then each panel's query (parse, validate, variables).
struct DashboardReader {
    let file: String
    let schema: Schema

    func read(name: String, data: [UInt8]) -> Result<Dashboard, DashboardCatalogError> {
        guard name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), !name.isEmpty else {
            return .failure(DashboardCatalogError([problem("the file name must be NAME.json with NAME of a-z, 0-9 and -")]))
        }
        let definition: JSONValue
        do {
            definition = try JSONValue(parsing: data)
        } catch {
            return .failure(DashboardCatalogError([problem(error.description)]))
        }
        var problems: [DashboardProblem] = []
        let title = label(definition["title"], what: "\"title\"", panel: nil, problems: &problems)
        guard case .array(let panelValues)? = definition["panels"], !panelValues.isEmpty else {
            return .failure(DashboardCatalogError(problems + [problem("\"panels\" must be a non-empty array")]))
        }
        var panels: [Dashboard.Panel] = []
        for (index, value) in panelValues.enumerated() {
            guard case .string(let id)? = value["id"], !id.isEmpty else {
                problems.append(problem("panel \(index + 1) needs a string \"id\""))
                continue
            }
            if panels.contains(where: { $0.id == id }) {
                problems.append(problem("the id is used by two panels", panel: id))
                continue
            }
            if let panel = readPanel(id: id, value, problems: &problems) { panels.append(panel) }
        }
        guard problems.isEmpty, let title else { return .failure(DashboardCatalogError(problems)) }
        return .success(Dashboard(name: name, title: title, panels: panels, definition: definition))
    }

    private func readPanel(id: String, _ value: JSONValue, problems: inout [DashboardProblem]) -> Dashboard.Panel? {
        let before = problems.count
        let title = label(value["title"], what: "\"title\"", panel: id, problems: &problems)
        let kind: Dashboard.Kind?
        if case .string(let raw)? = value["kind"], let known = Dashboard.Kind(rawValue: raw) {
            kind = known
        } else {
            kind = nil
            let kinds = Dashboard.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(problem("\"kind\" must be one of \(kinds)", panel: id))
        }
        var variables: [(key: String, value: JSONValue)] = []
        switch value["variables"] {
        case nil, .null?: break
        case .object(let fields)?: variables = fields
        default: problems.append(problem("\"variables\" must be an object", panel: id))
        }
        if case .object? = value["mapping"] {} else {
            problems.append(problem("\"mapping\" must be an object", panel: id))
        }
        guard case .string(let query)? = value["query"] else {
            problems.append(problem("\"query\" must be a string holding a GraphQL query", panel: id))
            return nil
        }
        problems += check(query: query, variables: variables, panel: id)
        guard problems.count == before, let title, let kind else { return nil }
        return Dashboard.Panel(id: id, title: title, kind: kind, query: query)
    }

    /// The query must parse, validate, be one operation, and receive every variable it needs
    /// from the page or from the panel's `variables`.
    private func check(query: String, variables: [(key: String, value: JSONValue)], panel: String) -> [DashboardProblem] {
        let document: Document
        do {
            document = try Parser.parse(Source(query))
        } catch {
            return [problem(error.message, panel: panel, line: error.line, column: error.column)]
        }
        let errors = Validator.validate(document, against: schema)
        if !errors.isEmpty { return errors.map { located($0, panel: panel) } }
        let operations = document.definitions.compactMap { definition -> OperationDefinition? in
            if case .operation(let operation) = definition { operation } else { nil }
        }
        guard operations.count == 1, let operation = operations.first, operation.operation == .query else {
            return [problem("the query must hold exactly one query operation", panel: panel)]
        }
        var inputs = variables
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            if let sample = DashboardCatalog.pageVariables[name], !inputs.contains(where: { $0.key == name }) {
                inputs.append((name, sample))
            }
        }
        return VariableValues.coerce(operation, schema: schema, inputs: .object(inputs)).errors.map { located($0, panel: panel) }
    }

    private func label(_ value: JSONValue?, what: String, panel: String?, problems: inout [DashboardProblem]) -> Dashboard.Label? {
        guard case .string(let zh)? = value?["zh"], case .string(let en)? = value?["en"], !zh.isEmpty, !en.isEmpty else {
            problems.append(problem("\(what) must be {\"zh\": …, \"en\": …} with both texts", panel: panel))
            return nil
        }
        return Dashboard.Label(zh: zh, en: en)
    }

    private func located(_ error: GraphQLError, panel: String) -> DashboardProblem {
        problem(error.message, panel: panel, line: error.locations.first?.line, column: error.locations.first?.column)
    }

    private func problem(_ message: String, panel: String? = nil, line: Int? = nil, column: Int? = nil) -> DashboardProblem {
        DashboardProblem(file: file, panel: panel, line: line, column: column, message: message)
    }
}
