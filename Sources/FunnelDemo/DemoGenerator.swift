public import FunnelContract
public import Foundation

/// What to generate. The same options always give byte-identical files.
public struct DemoOptions: Sendable {
    public var orgs: Int
    /// Multiplies deal volume (and with it activities); reps stay within 80–300 per org.
    public var scale: Double
    public var seed: UInt64
    /// The last day of history, as days since 1970-01-01 (open deals and live stalls are "now" then).
    public var asOfDay: Int

    public init(orgs: Int = 8, scale: Double = 1, seed: UInt64 = 20_261_125, asOfDay: Int) {
        self.orgs = orgs
        self.scale = scale
        self.seed = seed
        self.asOfDay = asOfDay
    }

    /// Day number of a `YYYY-MM-DD` date.
    public static func day(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CivilDate.isValid(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return CivilDate.daysSinceEpoch(year: parts[0], month: parts[1], day: parts[2])
    }
}

public struct DemoSummary: Sendable {
    public let rows: [Entity: Int]
    public let orgs: [(id: String, name: String, industry: String)]
}

/// Deterministic, believable sales organisations written as a data set (data-contract.md).
///
/// Everything streams: an org's structure is kept (a few thousand rows), each deal is
/// simulated and written before the next, so memory stays flat at any `scale`.
public enum DemoGenerator {
    /// The default line-up: six medical-device orgs (so each has five peers for benchmarks),
    /// then an industrial and an FMCG org; more orgs cycle through the industries.
    static func industry(ofOrg index: Int) -> (DemoCatalog.Industry, nameIndex: Int) {
        switch index {
        case 0..<6: (.medical, index)
        case 6: (.industrial, 0)
        case 7: (.fmcg, 0)
        default:
            switch (index - 8) % 3 {
            case 0: (.medical, 6 + (index - 8) / 3)
            case 1: (.industrial, 1 + (index - 8) / 3)
            default: (.fmcg, 1 + (index - 8) / 3)
            }
        }
    }

    public static func write(_ options: DemoOptions, to folder: URL) throws -> DemoSummary {
        let writer = try DataSetWriter(folder: folder)
        var root = SeededRandom(seed: options.seed)
        var orgs: [(id: String, name: String, industry: String)] = []
        for index in 0..<options.orgs {
            var random = root.split()
            let (industry, nameIndex) = industry(ofOrg: index)
            let org = DemoOrganisation(index: index, industry: industry, nameIndex: nameIndex,
                                       asOfDay: options.asOfDay, scale: options.scale, random: &random)
            try writeStructure(org, asOfDay: options.asOfDay, to: writer, random: &random)
            var simulator = DealSimulator(org: org, asOfDay: options.asOfDay, writer: writer)
            try simulator.run(scale: options.scale, random: &random)
            orgs.append((org.id, org.name, industry.rawValue))
        }
        try writer.close()
        return DemoSummary(rows: writer.rowCounts, orgs: orgs)
    }

    private static func writeStructure(
        _ org: DemoOrganisation, asOfDay: Int, to writer: DataSetWriter, random: inout SeededRandom
    ) throws {
        try writer.write(.orgs, [org.id, org.name, org.industry.rawValue, org.timezone])
        for region in org.regions { try writer.write(.regions, [org.id, region.id, region.name]) }
        for city in org.cities { try writer.write(.cities, [org.id, city.id, org.regions[city.regionIndex].id, city.name]) }
        for team in org.teams { try writer.write(.teams, [org.id, team.id, org.regions[team.regionIndex].id, team.name]) }
        for rep in org.reps {
            let name = random.pick(DemoCatalog.surnames) + random.pick(DemoCatalog.givenNames)
                + (random.chance(0.6) ? random.pick(DemoCatalog.givenNames) : "")
            try writer.write(.reps, [org.id, rep.id, org.teams[rep.teamIndex].id, name, rep.role,
                                     LocalClock.date(rep.hiredDay), rep.managerID])
        }
        let kinds = DemoCatalog.customerKinds(org.industry)
        for customer in org.customers {
            let kind = random.pick(kinds)
            let city = org.cities[customer.cityIndex].name
            // Now and then a name with the commas and quotes real exports carry.
            let name = random.chance(0.03)
                ? "\(city)“\(random.pick(DemoCatalog.surnames))氏”\(kind.suffix)，\(random.pick(["东区", "西区", "新院区"]))分部"
                : "\(city)\(customer.id.suffix(3))\(kind.suffix)"
            let size = ["small", "medium", "large", "key"][random.weighted([0.35, 0.35, 0.2, 0.1])]
            try writer.write(.customers, [org.id, customer.id, name, kind.industry, size, org.cities[customer.cityIndex].id])
        }
        for product in org.products { try writer.write(.products, [org.id, product.id, product.name, product.line]) }
        try writer.write(.pipelines, [org.id, org.pipelineID, DemoCatalog.pipelineName(org.industry)])
        for (position, stage) in org.stages.enumerated() {
            try writer.write(.stages, [org.id, org.pipelineID, stage.key, stage.name, String(position + 1), "open",
                                       String(stage.timeoutHours), stage.requiredActions.joined(separator: ";")])
        }
        try writer.write(.stages, [org.id, org.pipelineID, "won", "赢单", String(org.stages.count + 1), "won", nil, nil])
        try writer.write(.stages, [org.id, org.pipelineID, "lost", "输单", String(org.stages.count + 2), "lost", nil, nil])
        for reason in DemoCatalog.lossReasons { try writer.write(.lossReasons, [org.id, reason.code, reason.name]) }
    }
}
