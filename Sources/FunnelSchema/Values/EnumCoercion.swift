import FunnelLanguage

/// graphql-js `GraphQLEnumType.parseLiteral` / `parseValue`: an enum value is its name.
enum EnumCoercion {
    static func literal(_ type: EnumType, _ value: Value) -> Result<JSONValue, ScalarCoercionError> {
        let printed = Printer.print(value)
        guard case .enum(let name) = value else {
            return .failure(ScalarCoercionError("Enum \"\(type.name)\" cannot represent non-enum value: \(printed)." + suggestion(type, printed), standsAlone: true))
        }
        guard type.value(name.value) != nil else {
            return .failure(ScalarCoercionError("Value \"\(printed)\" does not exist in \"\(type.name)\" enum." + suggestion(type, printed), standsAlone: true))
        }
        return .success(.string(name.value))
    }

    static func input(_ type: EnumType, _ value: JSONValue) -> Result<JSONValue, ScalarCoercionError> {
        guard case .string(let name) = value else {
            let inspected = value.inspected
            return .failure(ScalarCoercionError("Enum \"\(type.name)\" cannot represent non-string value: \(inspected)." + suggestion(type, inspected), standsAlone: true))
        }
        guard type.value(name) != nil else {
            return .failure(ScalarCoercionError("Value \"\(name)\" does not exist in \"\(type.name)\" enum." + suggestion(type, name), standsAlone: true))
        }
        return .success(value)
    }

    private static func suggestion(_ type: EnumType, _ unknown: String) -> String {
        Suggestions.didYouMean(Suggestions.list(unknown, type.values.map(\.name)), "the enum value")
    }
}
