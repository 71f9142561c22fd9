"""graphql-core 3.2.8 as the reference peer of our schema printer and introspection.

    graphql_core_peer.py sdl FILE     print_schema(build_schema(FILE's SDL))
    graphql_core_peer.py query        the full introspection query graphql-core's clients send
    graphql_core_peer.py client FILE  print_schema(build_client_schema(FILE's result["data"]))
    graphql_core_peer.py gql-query    the introspection query of the gql client (3.5.0)
    graphql_core_peer.py gql FILE     a gql client with fetch_schema_from_transport=True over a
                                      transport answering FILE's "response"; then each of FILE's
                                      "queries" validated locally: "valid" or its messages

Output is UTF-8 on stdout without a trailing newline; graphql-core's own errors go to stderr
with exit status 1.
"""
import json
import sys

from graphql import ExecutionResult, GraphQLError, build_client_schema, build_schema, get_introspection_query, print_ast, print_schema


def gql_validations(exchange: dict) -> str:
    from gql import Client, gql
    from gql.transport import Transport

    class RecordedTransport(Transport):
        """Answers the introspection query with the response our engine gave to it."""

        def execute(self, document, *args, **kwargs):
            expected = print_ast(gql(get_introspection_query(**Client().introspection_args)))
            if print_ast(document) != expected:
                raise AssertionError("the client sent a query other than its introspection query")
            return ExecutionResult(data=exchange["response"]["data"])

        def connect(self):
            pass

        def close(self):
            pass

    client = Client(transport=RecordedTransport(), fetch_schema_from_transport=True)
    with client:  # fetches the schema
        pass
    lines = []
    for query in exchange["queries"]:
        try:
            client.validate(gql(query))
            lines.append("valid")
        except GraphQLError as error:
            lines.append(error.message)
    return "\n".join(lines)


def main() -> None:
    command = sys.argv[1]
    if command == "sdl":
        with open(sys.argv[2], encoding="utf-8") as file:
            output = print_schema(build_schema(file.read()))
    elif command == "query":
        output = get_introspection_query(
            descriptions=True,
            specified_by_url=True,
            directive_is_repeatable=True,
            schema_description=True,
            input_value_deprecation=True,
        )
    elif command == "client":
        with open(sys.argv[2], encoding="utf-8") as file:
            result = json.load(file)
        output = print_schema(build_client_schema(result["data"]))
    elif command == "gql-query":
        from gql import Client

        output = get_introspection_query(**Client().introspection_args)
    elif command == "gql":
        with open(sys.argv[2], encoding="utf-8") as file:
            output = gql_validations(json.load(file))
    else:
        raise SystemExit(f"unknown command {command}")
    sys.stdout.buffer.write(output.encode("utf-8"))


if __name__ == "__main__":
    main()
