import FunnelTestSupport
@testable import FunnelWarehouse
import Testing

@Suite struct SQLScriptTests {
    @Test func statementsStartOnTheirFirstLineOfCode() {
        let script = SQLScript("""
            -- A header comment.
            CREATE TABLE a (id integer); -- trailing remark
            /* a block
               comment */
            CREATE TABLE b (
                id integer -- inside: kept
            );

            ;
            -- only a comment at the end
            """)
        #expect(script.statements == [
            .init(text: "CREATE TABLE a (id integer)", line: 2),
            .init(text: "CREATE TABLE b (\n    id integer -- inside: kept\n)", line: 5),
        ])
    }

    @Test func semicolonsInStringsIdentifiersAndDollarQuotesDoNotSplit() {
        let script = SQLScript("""
            INSERT INTO t VALUES ('a;b', E'c\\';d', "odd;name");
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$;
            SELECT $$;$$, '它说''好;''';
            """)
        #expect(script.statements.map(\.line) == [1, 2, 3])
        #expect(script.statements.map(\.text) == [
            "INSERT INTO t VALUES ('a;b', E'c\\';d', \"odd;name\")",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$",
            "SELECT $$;$$, '它说''好;'''",
        ])
    }

    @Test func theRepositoryMigrationsSplitIntoWholeStatements() throws {
        let migrations = try Migration.load(from: TestCluster.migrations)
        #expect(migrations.map(\.name).prefix(2) == ["warehouse", "kpi_thresholds"])
        #expect(migrations.count == MigratorTests.files.count)
        for migration in migrations {
            for statement in SQLScript(migration.text).statements {
                #expect(!statement.text.hasPrefix("--"), "\(migration.displayPath):\(statement.line)")
                let firstLine = migration.text.split(separator: "\n", omittingEmptySubsequences: false)[statement.line - 1]
                #expect(firstLine.hasPrefix(statement.text.prefix { $0 != "\n" }), "\(migration.displayPath):\(statement.line)")
            }
        }
    }
}
