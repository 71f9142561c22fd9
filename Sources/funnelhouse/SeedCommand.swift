import ArgumentParser
import Foundation
import FunnelDemo
import FunnelWarehouse

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Generates deterministic demo organisations and loads them (or, with --out, writes the files)."
    )

    @Option(help: "How many organisations (the first six share an industry, so benchmark peers exist).")
    var orgs = 8
    @Option(help: "Volume multiplier: 1 ≈ 0.4 million activities, 25 ≈ 10 million.")
    var scale = 1.0
    @Option(help: "Random seed; the same options give byte-identical data.")
    var seed: UInt64 = 20_261_125
    @Option(name: .customLong("as-of"), help: "Last day of history, YYYY-MM-DD (default: today in Asia/Shanghai).")
    var asOf: String?
    @Option(help: "Write the data set files to this folder instead of loading them.")
    var out: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...60).contains(orgs) else { throw ValidationError("--orgs must be between 1 and 60") }
        guard scale > 0, scale <= 200 else { throw ValidationError("--scale must be above 0 and at most 200") }
        if let asOf, DemoOptions.day(asOf) == nil { throw ValidationError("--as-of \(asOf) is not a date YYYY-MM-DD") }
    }

    func run() async throws {
        let asOfDay = asOf.flatMap(DemoOptions.day) ?? DemoDataSet.todayInShanghai()
        let options = DemoOptions(orgs: orgs, scale: scale, seed: seed, asOfDay: asOfDay)
        if let out {
            let (_, line) = try DemoDataSet.write(options, to: URL(fileURLWithPath: out))
            print(line)
            print("wrote \(out)")
            return
        }
        let lines = try await database.withClient { client, logger in
            try await DemoDataSet.load(options, client: client, logger: logger)
        }
        print(lines.joined(separator: "\n"))
    }
}
