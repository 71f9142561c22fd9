"""graphql-core 3.2.8 as the reference peer of our schema printer and introspection.

    graphql_core_peer.py sdl FILE     print_schema(build_schema(FILE's SDL))
    graphql_core_peer.py query        the full introspection query graphql-core's clients send
    graphql_core_peer.py client FILE  print_schema(build_client_schema(FILE's result["data"]))

Output is UTF-8 on stdout without a trailing newline; graphql-core's own errors go to stderr
with exit status 1.
"""
import json
import sys

from graphql import build_client_schema, build_schema, get_introspection_query, print_schema


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
    else:
        raise SystemExit(f"unknown command {command}")
    sys.stdout.buffer.write(output.encode("utf-8"))


if __name__ == "__main__":
    main()
