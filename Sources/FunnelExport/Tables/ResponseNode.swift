import FunnelSchema

/// A place in a GraphQL response's `data`, read with its path so a missing field names
/// itself (`data.health.series[0].kpis`).
struct ResponseNode {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String) {
        self.value = value
        self.path = path
    }

    /// A field the document always asks for: missing or null is the engine's bug, not the user's.
    func field(_ key: String) throws(ExportError) -> ResponseNode {
        guard let child = value[key], child != .null else { throw .unexpectedResponse(path: "\(path).\(key)") }
        return ResponseNode(child, path: "\(path).\(key)")
    }

    /// A nullable field: nil when null.
    func optional(_ key: String) -> ResponseNode? {
        guard let child = value[key], child != .null else { return nil }
        return ResponseNode(child, path: "\(path).\(key)")
    }

    func list(_ key: String) throws(ExportError) -> [ResponseNode] {
        let node = try field(key)
        guard case .array(let elements) = node.value else { throw .unexpectedResponse(path: node.path) }
        return elements.enumerated().map { ResponseNode($0.element, path: "\(node.path)[\($0.offset)]") }
    }

    func string(_ key: String) throws(ExportError) -> String {
        let node = try field(key)
        guard case .string(let text) = node.value else { throw .unexpectedResponse(path: node.path) }
        return text
    }

    func int(_ key: String) throws(ExportError) -> Int {
        let node = try field(key)
        guard case .int(let number) = node.value else { throw .unexpectedResponse(path: node.path) }
        return number
    }

    /// A Float field: ints are floats too (GraphQL serialises whole floats either way).
    func double(_ key: String) -> Double? {
        switch value[key] {
        case .double(let number)?: number
        case .int(let number)?: Double(number)
        default: nil
        }
    }

    func bool(_ key: String) -> Bool? {
        if case .bool(let flag)? = value[key] { return flag }
        return nil
    }

    func band(_ key: String) -> ExportCell {
        guard case .string(let code)? = value[key], let band = KpiBand(rawValue: code) else { return .empty }
        return .band(band)
    }
}
