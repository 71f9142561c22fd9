public import FunnelLanguage

/// The validation of executable documents (spec §5), as graphql-js 16 `validate` does it.
public enum Validator {
    /// All executable rules of the spec; errors in graphql-js order, code .validationFailed,
    /// locations from the AST (line/column).
    ///
    /// The parser only builds executable definitions, so "Executable Definitions" always holds;
    /// the schema has no subscriptions, so "Single Root Field" has nothing to check.
    public static func validate(_ document: Document, against schema: Schema) -> [GraphQLError] {
        let context = ValidationContext(schema: schema, document: document)
        // graphql-js `specifiedRules` order (its recommended rules last): it decides the order
        // of errors found at one node.
        let rules: [any ASTVisitor] = [
            UniqueOperationNamesRule(context),
            LoneAnonymousOperationRule(context),
            KnownTypeNamesRule(context),
            FragmentsOnCompositeTypesRule(context),
            VariablesAreInputTypesRule(context),
            ScalarLeafsRule(context),
            FieldsOnCorrectTypeRule(context),
            UniqueFragmentNamesRule(context),
            KnownFragmentNamesRule(context),
            NoUnusedFragmentsRule(context),
            PossibleFragmentSpreadsRule(context),
            NoFragmentCyclesRule(context),
            UniqueVariableNamesRule(context),
            NoUndefinedVariablesRule(context),
            NoUnusedVariablesRule(context),
            KnownDirectivesRule(context),
            UniqueDirectivesPerLocationRule(context),
            KnownArgumentNamesRule(context),
            UniqueArgumentNamesRule(context),
            ValuesOfCorrectTypeRule(context),
            ProvidedRequiredArgumentsRule(context),
            VariablesInAllowedPositionRule(context),
            OverlappingFieldsCanBeMergedRule(context),
            UniqueInputFieldNamesRule(context),
            MaxIntrospectionDepthRule(context),
        ]
        DocumentWalker(typeInfo: context.typeInfo, visitors: rules, shouldStop: { context.isAborted }).walk(document)
        return context.errors
    }
}
