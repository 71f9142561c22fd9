import ArgumentParser
import FunnelSchema

/// `funnelhouse schema`: the query schema as SDL (graphql-js `printSchema`), followed by a
/// newline, on stdout.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Prints the schema as SDL.")

    func run() {
        print(SchemaPrinter.print(FunnelhouseSchema.schema))
    }
}
