// Stand-ins until the `introspection` branch lands: same names and signatures, minimal
// behaviour. Deleted when it merges. (Validator, VariableValues and ArgumentValues are real now.)

extension Introspection {
    public static func schemaObject(_ schema: Schema) -> OutputObject {
        OutputObject("__Schema", fields: [:])
    }

    public static func type(named name: String, in schema: Schema) -> OutputValue { .null }
}
