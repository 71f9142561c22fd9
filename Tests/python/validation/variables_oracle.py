"""The reference answers for VariableValuesDifferentialTests: graphql-core 3.2.8's
get_variable_values for each (operation, variables) pair, with graphql-js 16's wording.

graphql-core shows values with Python's repr and quotes names with '; here its `inspect`
is replaced by graphql-js's and its few own words ("mapping", "None") by graphql-js's, so the
answers read as graphql-js writes them. The schema is validation_oracle.py's.

Run: python3 variables_oracle.py > variables-corpus.json
"""
import json
import sys

import graphql.execution.values as values_module
import graphql.type.definition as definition_module
import graphql.type.scalars as scalars_module
import graphql.utilities.coerce_input_value as coerce_module
from graphql import GraphQLNamedType, GraphQLWrappingType, parse
from graphql.execution.values import get_variable_values
from graphql.pyutils import Undefined

from validation_oracle import schema


def js_number(value):
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def js_inspect(value, depth=0):
    if isinstance(value, (GraphQLNamedType, GraphQLWrappingType)):
        return str(value)
    if value is Undefined:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return js_number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        if not value:
            return "[]"
        if depth >= 2:
            return "[Array]"
        items = [js_inspect(item, depth + 1) for item in value[:10]]
        remaining = len(value) - len(items)
        if remaining == 1:
            items.append("... 1 more item")
        elif remaining > 1:
            items.append(f"... {remaining} more items")
        return "[" + ", ".join(items) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        if depth >= 2:
            return "[Object]"
        return "{ " + ", ".join(f"{key}: {js_inspect(item, depth + 1)}" for key, item in value.items()) + " }"
    return repr(value)


for module in (values_module, definition_module, scalars_module, coerce_module):
    module.inspect = js_inspect

OPERATION = (
    "query ($d: Date!, $p: Date, $t: DateTime, $c: ComplexInput, $l: [Int!], $ll: [[String]!], "
    "$e: FurColor = BROWN, $n: Int!, $f: Float, $i: ID, $b: Boolean, $s: String) { dog { name } }"
)

CORPUS = [
    "{}",
    '{"d": "2024-02-29", "n": 1}',
    '{"d": "2026-02-29", "n": null}',
    '{"d": "2026-2-1", "n": 2147483648, "f": "1.5", "i": true, "b": 1, "s": 5}',
    '{"d": 20260101, "n": 1.5, "f": 2, "i": 7, "b": false, "s": "x"}',
    '{"d": "2024-01-01", "n": 1, "t": "2026-03-01T09:30:00", "p": null}',
    '{"d": "2024-01-01", "n": 1, "t": "2026-03-01T09:30:00+08:00", "e": "brown"}',
    '{"d": "2024-01-01", "n": 1, "e": 1, "c": "no"}',
    '{"d": "2024-01-01", "n": 1, "c": {"intFeld": 1}}',
    '{"d": "2024-01-01", "n": 1, "c": {"requiredField": true, "intField": "x", "bogus": 1, "stringListField": [1, "a", null]}}',
    '{"d": "2024-01-01", "n": 1, "c": {"requiredField": null, "nonNullField": null, "booleanField": "yes"}}',
    '{"d": "2024-01-01", "n": 1, "l": [1, null, "x", 3.5], "ll": [["a"], null, [1, ["b"]], "c"]}',
    '{"d": "2024-01-01", "n": 1, "l": 7, "ll": "x"}',
    '{"d": "2024-01-01", "n": 3.0, "f": 1e300, "i": 12.0, "s": ["a", {"b": {"c": {"d": 1}}}, [[[]]]]}',
    '{"d": "2024-01-01", "n": 1, "s": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "b": {"x": [1, {"y": 2}]}}',
    '{"d": "2024-01-01", "n": 1, "s": [1e20, 0.5, -0.0025, 123456.789, 1e300, 2.0]}',
    '{"d": "2024-01-01", "n": -2147483649, "i": 1.5, "t": "2026-03-01T09:30:00.5Z", "e": "BLUE"}',
]

def tagged(value):
    """JSON with its kinds spelled out and object keys kept in order, for the Swift side."""
    if value is None:
        return ["null"]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", value]
    if isinstance(value, float):
        return ["double", value]
    if isinstance(value, str):
        return ["string", value]
    if isinstance(value, list):
        return ["array", [tagged(item) for item in value]]
    return ["object", [[key, tagged(item)] for key, item in value.items()]]


def main():
    document = parse(OPERATION)
    operation = document.definitions[0]
    results = []
    for text in CORPUS:
        inputs = json.loads(text)
        outcome = get_variable_values(schema, operation.variable_definitions, inputs)
        rendered = []
        if isinstance(outcome, list):
            for error in outcome:
                message = error.message.replace("'", '"')
                message = message.replace("to be a mapping.", "to be an object.").replace("not to be None.", "not to be null.")
                rendered.append(" @ ".join([message] + [f"{loc.line}:{loc.column}" for loc in error.locations or []]))
        results.append({"operation": OPERATION, "inputs": text, "tagged": tagged(inputs), "errors": rendered})

    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
