"""The reference answers for ArgumentValuesDifferentialTests: graphql-core 3.2.8's
get_argument_values (graphql-js 16's getArgumentValues) for fields of ComplicatedArgs,
with the variables given. Names are quoted with " as graphql-js does.

Run: python3 arguments_oracle.py > arguments-corpus.json
"""
import json
import sys

from graphql import GraphQLError, parse
from graphql.execution.values import get_argument_values

from validation_oracle import schema
from variables_oracle import tagged

# (selection inside `complicatedArgs { ... }`, variables as JSON)
CORPUS = [
    ("multipleOpts", "{}"),
    ("multipleOpts(opt2: $o)", '{"o": 9}'),
    ("multipleOpts(opt1: $missing, opt2: null)", "{}"),
    ("nonNullFieldWithDefault(arg: $missing)", "{}"),
    ("nonNullIntArgField(nonNullIntArg: $v)", '{"v": null}'),
    ("nonNullIntArgField(nonNullIntArg: $v)", "{}"),
    ("nonNullIntArgField(nonNullIntArg: null)", "{}"),
    ("intArgField(intArg: \"x\")", "{}"),
    ("intArgField(intArg: 2147483648)", "{}"),
    ("floatArgField(floatArg: 1)", "{}"),
    ("idArgField(idArg: 12)", "{}"),
    ("enumArgField(enumArg: BROWN)", "{}"),
    ("enumArgField(enumArg: BLUE)", "{}"),
    ("enumArgField(enumArg: $e)", '{"e": "TAN"}'),
    ("stringListArgField(stringListArg: \"one\")", "{}"),
    ("stringListArgField(stringListArg: [\"a\", $s, null])", "{}"),
    ("stringListNonNullArgField(stringListNonNullArg: [\"a\", $s])", "{}"),
    ("stringListNonNullArgField(stringListNonNullArg: [\"a\", null])", "{}"),
    ("complexArgField(complexArg: {requiredField: true, intField: $i})", "{}"),
    ("complexArgField(complexArg: {requiredField: $r, stringListField: [\"x\"], booleanField: $b})", '{"r": false, "b": null}'),
    ("complexArgField(complexArg: {intField: 1})", "{}"),
    ("complexArgField(complexArg: {requiredField: $r})", "{}"),
    ("complexArgField(complexArg: $c)", '{"c": {"requiredField": true, "nonNullField": true}}'),
    ("dateArgField(dateArg: \"2024-02-29\")", "{}"),
    ("dateArgField(dateArg: \"2026-02-29\")", "{}"),
    ("dateTimeArgField(at: \"2026-03-01T09:30:00+08:00\")", "{}"),
    ("dateTimeArgField(at: \"2026-03-01T09:30:00\")", "{}"),
    ("multipleOptAndReq(req1: 1, req2: $two, opt2: $two)", '{"two": 2}'),
]


def main():
    field_definitions = schema.type_map["ComplicatedArgs"].fields
    results = []
    for selection, variables_text in CORPUS:
        source = "{ complicatedArgs { " + selection + " } }"
        field_node = parse(source).definitions[0].selection_set.selections[0].selection_set.selections[0]
        definition = field_definitions[field_node.name.value]
        variables = json.loads(variables_text)
        entry = {"source": source, "variables": tagged(variables)}
        try:
            entry["values"] = tagged(get_argument_values(definition, field_node, variables))
        except GraphQLError as error:
            message = error.message.replace("'", '"')
            entry["error"] = " @ ".join([message] + [f"{loc.line}:{loc.column}" for loc in error.locations or []])
        results.append(entry)
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
