/// Why a scalar refused a value.
///
/// graphql-js tells its built-in scalars (which throw `GraphQLError`s whose message stands
/// alone) from custom ones (which throw plain errors that callers prefix with
/// `Expected type "Date".`); `standsAlone` keeps that difference, so both read as in graphql-js.
public struct ScalarCoercionError: Error, Sendable, Equatable {
    public let message: String
    public let standsAlone: Bool

    public init(_ message: String, standsAlone: Bool) {
        self.message = message
        self.standsAlone = standsAlone
    }

    /// The message as a variable's coercion reports it, for a scalar named `typeName`.
    func coercionMessage(typeName: String) -> String {
        standsAlone ? message : "Expected type \"\(typeName)\". " + message
    }
}
