"""A real GraphQL client against a running Funnelhouse server.

Usage: gql_client_check.py URL TOKEN

1. gql fetches the schema by introspection (fetch_schema_from_transport=True) and
   validates queries locally: an invalid query must fail before it reaches the server.
2. A funnel query runs and its result is printed as JSON.
3. graphql-core's build_client_schema accepts the introspection result; the printed
   client schema is written to stdout after the marker line.
"""

import json
import sys
import warnings

import urllib3
from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport
from graphql import build_client_schema, get_introspection_query, print_schema

warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)

url, token = sys.argv[1], sys.argv[2]
transport = RequestsHTTPTransport(
    url=url, headers={"Authorization": f"Bearer {token}"}, verify=False, retries=0
)
client = Client(transport=transport, fetch_schema_from_transport=True)

with client as session:
    try:
        session.execute(gql("{ funnel(period: {from: \"2026-03-01\", to: \"2026-03-31\"}) { noSuchField } }"))
        print("invalid query: NOT rejected")
    except Exception as error:  # gql raises graphql.GraphQLError from local validation
        print(f"invalid query: rejected locally: {error}")

    result = session.execute(
        gql(
            """
            query Funnel($period: PeriodInput!) {
              funnel(period: $period, groupBy: [REGION]) {
                key { label }
                population
                stages { key reached }
              }
            }
            """
        ),
        variable_values={"period": {"from": "2026-03-01", "to": "2026-03-31"}},
    )
    print("funnel: " + json.dumps(result, ensure_ascii=False, sort_keys=True))

    introspection = session.execute(gql(get_introspection_query(descriptions=True, specified_by_url=True, directive_is_repeatable=True, schema_description=True, input_value_deprecation=True)))
    schema = build_client_schema(introspection)
    print("--- client schema ---")
    print(print_schema(schema))
