"""The reference answers for ValidationDifferentialTests: graphql-core 3.2.8 (a port of
graphql-js 16) validates every document of the corpus against ValidationTestSchema's schema.

graphql-core quotes names with ' where graphql-js writes "; the answers are turned into
graphql-js's quoting, so the corpus avoids ' in its documents. graphql-core also names
directive locations by its enum's values ("fragment spread") where graphql-js writes the
names ("FRAGMENT_SPREAD"); those are turned back too.

Run: python3 validation_oracle.py > validation-corpus.json
"""
import json
import re
import sys
from datetime import date

from graphql import GraphQLScalarType, build_schema, parse, validate
from graphql.language import StringValueNode

SDL = '''
schema { query: QueryRoot mutation: MutationRoot }
directive @onQuery on QUERY
directive @onMutation on MUTATION
directive @onVariableDefinition on VARIABLE_DEFINITION
directive @repeatable repeatable on FIELD
scalar Date
scalar DateTime
enum DogCommand { SIT HEEL DOWN }
enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
type Dog {
  name(surname: Boolean): String
  nickname: String
  barkVolume: Int
  barks: Boolean
  doesKnowCommand(dogCommand: DogCommand): Boolean
  isHouseTrained(atOtherHomes: Boolean = true): Boolean
  isAtLocation(x: Int, y: Int): Boolean
  mother: Dog
  father: Dog
}
type Cat { name(surname: Boolean): String nickname: String meows: Boolean meowsVolume: Int furColor: FurColor }
type Human { name(surname: Boolean): String pets: [Dog] relatives: [Human!]! iq: Int }
input ComplexInput {
  requiredField: Boolean!
  nonNullField: Boolean! = false
  intField: Int
  stringField: String
  booleanField: Boolean
  stringListField: [String]
}
type ComplicatedArgs {
  intArgField(intArg: Int): String
  nonNullIntArgField(nonNullIntArg: Int!): String
  stringArgField(stringArg: String): String
  booleanArgField(booleanArg: Boolean): String
  enumArgField(enumArg: FurColor): String
  floatArgField(floatArg: Float): String
  idArgField(idArg: ID): String
  stringListArgField(stringListArg: [String]): String
  stringListNonNullArgField(stringListNonNullArg: [String!]): String
  complexArgField(complexArg: ComplexInput): String
  multipleReqs(req1: Int!, req2: Int!): String
  nonNullFieldWithDefault(arg: Int! = 0): String
  multipleOpts(opt1: Int = 0, opt2: Int = 0): String
  multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
  dateArgField(dateArg: Date): String
  dateTimeArgField(at: DateTime): String
}
type QueryRoot { human(id: ID): Human dog: Dog cat: Cat complicatedArgs: ComplicatedArgs }
type MutationRoot { renameDog(name: String!): Dog }
'''

DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$")


def real_date(text):
    try:
        return int(text[0:4]) >= 1 and bool(date.fromisoformat(text))
    except ValueError:
        return False


def parse_date(text):
    if not isinstance(text, str):
        raise ValueError("Date must be a string.")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError("Date must be written YYYY-MM-DD.")
    if not real_date(text):
        raise ValueError("Date must be a real calendar date.")
    return text


def parse_date_time(text):
    if not isinstance(text, str):
        raise ValueError("DateTime must be a string.")
    match = DATE_TIME.fullmatch(text)
    if not match:
        raise ValueError("DateTime must be an RFC 3339 date-time with seconds and an offset (Z or ±HH:MM).")
    day, hour, minute, second = match.group(1), int(match.group(2)), int(match.group(3)), int(match.group(4))
    offset_ok = match.group(7) is None or (int(match.group(7)) <= 23 and int(match.group(8)) <= 59)
    if not offset_ok or not real_date(day) or hour > 23 or minute > 59 or second > 59:
        raise ValueError("DateTime must be a real calendar date and time of day.")
    return text


def literal(parse_value, name):
    def parse_literal(node, _variables=None):
        if not isinstance(node, StringValueNode):
            raise ValueError(f"{name} must be a string.")
        return parse_value(node.value)
    return parse_literal


schema = build_schema(SDL)
for name, parse_value in (("Date", parse_date), ("DateTime", parse_date_time)):
    scalar: GraphQLScalarType = schema.type_map[name]
    scalar.parse_value = parse_value
    scalar.parse_literal = literal(parse_value, name)

CORPUS = [
    # Unique operation names, lone anonymous operation
    "query A { dog { name } } query A { cat { name } }",
    "{ dog { name } } query B { dog { name } }",
    "{ dog { name } } { cat { name } }",
    "query A { dog { name } } mutation A { renameDog(name: \"x\") { name } }",
    # Known type names, fragments on composite types, variables are input types
    "query ($a: Dgo, $b: [Strin!]) { dog { name } }",
    "{ dog { ... on Dgo { name } ...F } } fragment F on Catt { name }",
    "{ dog { ... on Boolean { name } } } fragment F on FurColor { name }",
    "query ($a: Dog, $b: [Cat!]!, $c: ComplexInput) { complicatedArgs { complexArgField(complexArg: $c) } dog { isAtLocation(x: $a, y: $b) } }",
    # Scalar leafs, fields on correct type
    "{ dog }",
    "{ human { pets } }",
    "{ dog { name { first } } }",
    "{ dog { barkVolume { sinceWhen } } }",
    "{ dog { nam } catt { name } }",
    "{ dog { nickName meowVolume __typename } __schema { queryType { name } } __type(name: \"Dog\") { name } }",
    "{ dog { ... on Dog { unknownField } } }",
    "mutation { dog { name } }",
    # Fragments: unique, known, unused, possible spreads, cycles
    "{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname }",
    "{ dog { ...Unknown ...F } } fragment F on Dog { ...AlsoUnknown }",
    "{ dog { name } } fragment Unused on Dog { name } fragment AlsoUnused on Cat { ...Unused }",
    "{ dog { ... on Cat { meows } ...CatFields } } fragment CatFields on Cat { meows }",
    "{ dog { ...DogFields } } fragment DogFields on Dog { ... on Human { iq } }",
    "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A }",
    "{ dog { ...A } } fragment A on Dog { ...A }",
    "{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { ...A } fragment C on Dog { ...B ... on Dog { ...C } }",
    # Variables: unique, undefined, unused, allowed positions
    "query ($a: Int, $a: Int, $b: Int, $a: String) { complicatedArgs { intArgField(intArg: $b) } }",
    "query Q($a: Int) { complicatedArgs { intArgField(intArg: $b) multipleReqs(req1: $a, req2: $c) } }",
    "query { complicatedArgs { intArgField(intArg: $b) } }",
    "query Q($a: Int, $b: Int) { dog { ...F } } fragment F on Dog { isAtLocation(x: $a) }",
    "query Q($unused: Int) { dog { name } } query R { dog { ...F } } fragment F on Dog { isAtLocation(x: $x) }",
    "query ($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
    "query ($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
    "query ($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
    "query ($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }",
    "query ($s: String) { complicatedArgs { intArgField(intArg: $s) } }",
    "query ($l: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) } }",
    "query ($s: String!) { complicatedArgs { stringListArgField(stringListArg: $s) stringListNonNullArgField(stringListNonNullArg: [$s]) } }",
    "query ($s: String) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$s]) } }",
    "query ($b: Boolean) { dog @include(if: $b) { name } }",
    "query ($b: Boolean = true) { dog @include(if: $b) { name } }",
    "query ($i: Int) { complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: $i, nonNullField: $i}) } }",
    "query ($d: Date, $t: DateTime!) { complicatedArgs { dateArgField(dateArg: $t) dateTimeArgField(at: $t) } }",
    # Directives: known, locations, unique per location
    "{ dog @unknown { name @skip(if: true) @inlcude(if: false) } }",
    "query @skip(if: true) { dog @onQuery { name } }",
    "query Q @onQuery @onQuery { dog @include(if: true) @include(if: false) { name @repeatable @repeatable } }",
    "mutation @onQuery { renameDog(name: \"x\") @onMutation { name } }",
    "query ($v: Int @onVariableDefinition @onQuery) { complicatedArgs { intArgField(intArg: $v) } }",
    "{ dog { ...F @onQuery } } fragment F on Dog @skip(if: true) @onQuery { name ... @include(if: true) @onMutation { nickname } }",
    # Arguments: known, unique, required
    "{ dog { doesKnowCommand(dogcommand: SIT) isHouseTrained(atOtherHomes: true, unknown: 1) } }",
    "{ dog { name @skip(iff: true, unless: false) } }",
    "{ dog { name @unknownDirective(surname: true, x: 1) } }",
    "{ dog { name(surname: true, surname: false) @skip(if: true, if: false) } }",
    "{ complicatedArgs { multipleReqs multipleOptAndReq(req1: 1) nonNullFieldWithDefault multipleOpts } }",
    "{ dog { name @include @skip } }",
    "{ complicatedArgs { multipleReqs(req1: null, req2: 1) } }",
    # Values of correct type
    "{ complicatedArgs { intArgField(intArg: \"3\") stringArgField(stringArg: 1) booleanArgField(booleanArg: 1.0) } }",
    "{ complicatedArgs { intArgField(intArg: 2147483648) i2: intArgField(intArg: -2147483649) i3: intArgField(intArg: 1.5) i4: intArgField(intArg: 2147483647) } }",
    "{ complicatedArgs { floatArgField(floatArg: 1) f2: floatArgField(floatArg: \"1.5\") f3: floatArgField(floatArg: true) } }",
    "{ complicatedArgs { idArgField(idArg: 1) i2: idArgField(idArg: \"x\") i3: idArgField(idArg: 1.5) i4: idArgField(idArg: true) } }",
    "{ complicatedArgs { enumArgField(enumArg: BROWN) e2: enumArgField(enumArg: \"BROWN\") e3: enumArgField(enumArg: brown) e4: enumArgField(enumArg: BRWN) e5: enumArgField(enumArg: 1) e6: enumArgField(enumArg: true) } }",
    "{ dog { doesKnowCommand(dogCommand: sit) } }",
    "{ complicatedArgs { stringListArgField(stringListArg: [\"a\", 1, null, B]) s2: stringListArgField(stringListArg: \"one\") s3: stringListNonNullArgField(stringListNonNullArg: [\"a\", null]) } }",
    "{ complicatedArgs { intArgField(intArg: [1]) s: stringArgField(stringArg: {a: 1}) b: booleanArgField(booleanArg: [true, {x: 1}]) } }",
    "{ complicatedArgs { complexArgField(complexArg: {intField: 4}) c2: complexArgField(complexArg: {requiredField: true, unknownField: 1, intFeld: 2}) } }",
    "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: [\"a\", 2], booleanField: \"no\"}) c2: complexArgField(complexArg: 12) c3: complexArgField(complexArg: [{requiredField: true}]) } }",
    "{ complicatedArgs { complexArgField(complexArg: {requiredField: null, nonNullField: null}) c2: complexArgField(complexArg: {requiredField: true, requiredField: false, intField: 1, intField: 2}) } }",
    "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
    "query ($a: Int = \"one\", $b: ComplexInput = {intField: 1}, $c: [Int!] = [1, null], $d: FurColor = BLUE) { complicatedArgs { intArgField(intArg: $a) complexArgField(complexArg: $b) e: intArgField(intArg: $c) enumArgField(enumArg: $d) } }",
    "{ complicatedArgs { dateArgField(dateArg: \"2024-02-29\") d2: dateArgField(dateArg: \"2026-02-29\") d3: dateArgField(dateArg: \"2026-2-1\") d4: dateArgField(dateArg: 20260101) d5: dateArgField(dateArg: \"2026-13-01\") } }",
    "{ complicatedArgs { dateTimeArgField(at: \"2026-03-01T09:30:00+08:00\") t2: dateTimeArgField(at: \"2026-03-01T09:30:00\") t3: dateTimeArgField(at: \"2026-03-01T09:30Z\") t4: dateTimeArgField(at: \"2026-03-01T09:30:00.123Z\") t5: dateTimeArgField(at: \"2026-03-01T24:00:00Z\") t6: dateTimeArgField(at: \"2026-02-30T09:30:00Z\") t7: dateTimeArgField(at: \"2026-03-01 09:30:00Z\") } }",
    "{ dog { isHouseTrained(atOtherHomes: \"\"\"yes\"\"\") } }",
    "{ dog { name(surname: $undefinedVar) } }",
    # Overlapping fields
    "{ dog { name: nickname name } }",
    "{ dog { fido: name fido: nickname fido: barks } }",
    "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) doesKnowCommand } }",
    "{ dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) name(surname: true) name } }",
    "query ($a: Boolean, $b: Boolean) { dog { name(surname: $a) name(surname: $b) } }",
    "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
    "{ dog { x: name ...A } } fragment A on Dog { x: barks }",
    "{ dog { mother { name: nickname } mother { name } } }",
    "{ dog { mother { x: name y: nickname } mother { x: nickname y: name } } }",
    "{ dog { mother { mother { x: name } } mother { mother { x: barks } } } }",
    "{ dog { barkVolume: name } cat { barkVolume: meows } dog { name: barkVolume } }",
    "{ dog { ... on Dog { x: name } ... on Dog { x: nickname } } human { x: iq ... on Human { x: name } } }",
    "{ human { relatives { name } pets: relatives { name } } human { pets { name } } }",
    "{ dog { mother { name } } dog { mother: father { name } } }",
    "{ dog { ...A } dog { ...B } } fragment A on Dog { mother { name } } fragment B on Dog { mother { name: nickname } }",
    "{ dog { x: __typename x: name } }",
    "{ dog { name @include(if: true) name @skip(if: false) } }",
    "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }",
    "{ dog { ...F } } fragment F on Dog { name ...F }",
    # Valid documents
    "query Q($id: ID, $withName: Boolean!, $cmd: DogCommand = SIT) { human(id: $id) { name @include(if: $withName) relatives { iq } } dog { doesKnowCommand(dogCommand: $cmd) ...D } } fragment D on Dog { mother { name } }",
    "{ __typename __schema { types { name fields(includeDeprecated: true) { name args { name } } } } __type(name: \"Dog\") { kind } }",
    "mutation M @onMutation { renameDog(name: \"Rex\") { name } }",
    "query ($c: ComplexInput = {requiredField: true, stringListField: \"one\"}) { complicatedArgs { complexArgField(complexArg: $c) } }",
    # More from graphql-js's rule tests
    "query A($a: Int) { dog { ...F } } query B { dog { ...F } } fragment F on Dog { isAtLocation(x: $a, y: $b) }",
    "query A($a: Int, $b: Int) { dog { ...F } } query B($a: Int) { dog { ...F } } query C { dog { name } } fragment F on Dog { isAtLocation(x: $a) ... on Dog { mother { isAtLocation(y: $b) } } }",
    "query ($a: Int) { ...Q } fragment Q on QueryRoot { dog { ...F } } fragment F on Dog { isAtLocation(x: $a, y: $a) }",
    "{ dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { ...F ...H } fragment H on Dog { ...G ...F }",
    "{ dog { ...A ...B } } fragment A on Dog { mother { x: name } ...C } fragment B on Dog { mother { x: nickname } } fragment C on Dog { mother { x: barks } }",
    "{ dog { ...A } } fragment A on Dog { ...A ...B } fragment B on Dog { name: nickname ...A name }",
    "{ field: dog { name } field: cat { name } }",
    "{ dog { name } dog { name: barks } ... on QueryRoot { dog { name: nickname } } }",
    "{ human { relatives { iq } } human { relatives: pets { name } } }",
    "{ a: dog { name } a: dog { ...Unknown } }",
    "{ dog { name(surname: true) } dog { name(surname: false) } }",
    "{ cat { furColor } cat { furColor: meowsVolume } cat { furColor: nickname } }",
    "query ($x: Int!, $y: Int) { dog { isAtLocation(x: $x, y: $y) } ... on QueryRoot { dog { isAtLocation(y: $x, x: $y) } } }",
    "query Q($a: [[Int!]]!, $b: [Int]) { complicatedArgs { stringListArgField(stringListArg: $a) s: stringListArgField(stringListArg: $b) } }",
    "query Q($a: [String!]!, $b: String!) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $a) s: stringListNonNullArgField(stringListNonNullArg: [$b, \"x\"]) } }",
    "query Q($c: ComplexInput!) { complicatedArgs { complexArgField(complexArg: $c) } dog { name @skip(if: $c) } }",
    "query Q($e: FurColor = BROWN, $d: DogCommand = BROWN, $l: [FurColor] = [TAN, brown]) { dog { doesKnowCommand(dogCommand: $d) } cat { furColor } complicatedArgs { enumArgField(enumArg: $e) stringListArgField(stringListArg: $l) } }",
    "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: [\"a\", [\"b\"]], nonNullField: FALSE}) } }",
    "{ complicatedArgs { complexArgField(complexArg: {}) c: complexArgField(complexArg: {requiredField: true, booleanField: null, stringListField: null}) } }",
    "{ dog { isHouseTrained(atOtherHomes: null) name(surname: null) } human(id: null) { name } }",
    "{ complicatedArgs { floatArgField(floatArg: 1.5e300) f: floatArgField(floatArg: -0.0) i: intArgField(intArg: -0) } }",
    "{ __type { name } __schema { types { fields(includeDeprecated: 1) { nam } } } }",
    "{ __typename(x: 1) dog { __typename @skip(if: true) __schema { queryType { name } } } }",
    "subscription { dog { name } }",
    "query ($a: String = \"\"\"long\n  text\"\"\") { complicatedArgs { intArgField(intArg: \"\"\"block\"\"\") stringArgField(stringArg: $a) } }",
    "{ dog { name } dog { name @include(if: true) } dog @skip(if: false) { name: nickname } }",
    "query ($id: ID = 5, $f: Float = 3, $i: Int = 3.0, $s: String = 1, $b: Boolean = 0) { human(id: $id) { name } complicatedArgs { floatArgField(floatArg: $f) intArgField(intArg: $i) stringArgField(stringArg: $s) booleanArgField(booleanArg: $b) } }",
    "fragment Orphan on Dog { name } fragment Loop on Dog { ...Loop }",
    "{ dog { ... { name } ... @include(if: true) { nickname } ... on Dog @skip(if: false) { barks } } }",
    "{ dog { ... on DogCommand { name } ... on ComplexInput { name } } }",
    "query ($x: DogCommand) { dog { ...F } } fragment F on Dog { doesKnowCommand(dogCommand: $x) isAtLocation(x: $x) }",
    # Introspection depth (graphql-js recommended rule)
    "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
    "{ __schema { types { fields { type { fields { name } } } } } }",
    "{ __type(name: \"Dog\") { fields { type { inputFields { type { possibleTypes { name } } } } } } }",
    "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { type { interfaces { name } } } }",
    "{ dog { name } } fragment T on __Type { fields { type { ...T } } }",
    # Cycles must not make the other rules loop
    "{ dog { ...A } } fragment A on Dog { x: name ...B } fragment B on Dog { x: nickname ...A }",
    "query ($v: Int) { dog { ...A } } fragment A on Dog { mother { ...B } isAtLocation(x: $v) } fragment B on Dog { father { ...A } isAtLocation(y: $w) }",
    "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...T } } }",
    # Many errors at once: order across rules at one node
    "query Q($x: Foo, $y: Int) { dog(x: 1) { nam(surname: $z) @unknown ...Missing } cat { meows(x: true) } }",
]

def main():
    for source in CORPUS:
        assert "'" not in source, source

    results = []
    for source in CORPUS:
        errors = validate(schema, parse(source))
        rendered = []
        for error in errors:
            message = error.message.replace("'", '"')
            message = re.sub(
                r"may not be used on ([a-z ]+)\.$",
                lambda match: "may not be used on " + match.group(1).upper().replace(" ", "_") + ".",
                message,
            )
            rendered.append(" @ ".join([message] + [f"{loc.line}:{loc.column}" for loc in error.locations or []]))
        results.append({"source": source, "errors": rendered})

    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
