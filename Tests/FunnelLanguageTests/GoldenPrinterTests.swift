import FunnelLanguage
import Testing

/// `Printer.print` must produce exactly what graphql-js 16 `print` produces; the expected
/// bytes come from graphql-core's port of it (`scripts/golden`), never from our code.
@Suite struct GoldenPrinterTests {
    @Test func everyFixtureOnDiskIsListed() throws {
        #expect(try GoldenFixtures.inputNamesOnDisk() == GoldenFixtures.names)
    }

    @Test(arguments: GoldenFixtures.names)
    func printsLikeGraphQLJS(_ name: String) throws {
        let document = try Parser.parse(Source(bytes: try GoldenFixtures.input(name), name: name))
        #expect(Printer.print(document) == (try GoldenFixtures.printed(name)))
    }

    /// graphql-js's printed form is canonical: printing it again changes nothing.
    @Test(arguments: GoldenFixtures.names)
    func printedFormIsAFixedPoint(_ name: String) throws {
        let printed = try GoldenFixtures.printed(name)
        let document = try Parser.parse(Source(printed, name: name))
        #expect(Printer.print(document) == printed)
    }

    /// The property the fuzzer checks, on every fixture: parse(print(parse(x))) == parse(x).
    @Test(arguments: GoldenFixtures.names)
    func printingKeepsTheMeaning(_ name: String) throws {
        let document = try Parser.parse(Source(bytes: try GoldenFixtures.input(name), name: name))
        #expect(try Parser.parse(Source(Printer.print(document))) == document)
    }
}
