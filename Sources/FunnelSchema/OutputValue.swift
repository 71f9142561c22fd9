/// A resolver's answer before the selection set shapes it.
///
/// Objects resolve their fields on demand: the executor asks only for what was selected,
/// and introspection's type graph (which refers to itself) is never built in full.
public indirect enum OutputValue: Sendable {
    case null
    /// A scalar or enum value, already serialized.
    case leaf(JSONValue)
    case list([OutputValue])
    case object(OutputObject)

    public static func string(_ value: String?) -> OutputValue { value.map { .leaf(.string($0)) } ?? .null }
    public static func int(_ value: Int?) -> OutputValue { value.map { .leaf(.int($0)) } ?? .null }
    public static func float(_ value: Double?) -> OutputValue { value.map { .leaf(.double($0)) } ?? .null }
    public static func bool(_ value: Bool?) -> OutputValue { value.map { .leaf(.bool($0)) } ?? .null }
}

/// An object value: its type's name and a way to resolve each field for given arguments.
public struct OutputObject: Sendable {
    public let typeName: String
    private let resolve: @Sendable (_ field: String, _ arguments: [String: JSONValue]) -> OutputValue

    public init(_ typeName: String, resolve: @escaping @Sendable (_ field: String, _ arguments: [String: JSONValue]) -> OutputValue) {
        self.typeName = typeName
        self.resolve = resolve
    }

    /// An object whose fields take no arguments.
    public init(_ typeName: String, fields: [String: OutputValue]) {
        self.init(typeName) { name, _ in fields[name] ?? .null }
    }

    public func field(_ name: String, arguments: [String: JSONValue] = [:]) -> OutputValue {
        resolve(name, arguments)
    }
}
