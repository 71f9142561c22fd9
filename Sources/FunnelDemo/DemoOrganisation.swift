import Foundation
/// One demo organisation's structure: regions, cities, teams, reps with their traits,
/// customers, products, and the planted patterns it carries.
struct DemoOrganisation {
    struct Rep {
        let id: String
        let teamIndex: Int
        let regionIndex: Int
        let role: String
        let hiredDay: Int
        let managerID: String?
        /// Mean idle time between touches, as a share of the stage timeout (lower is better).
        let pace: Double
        /// Chance a required action gets done with evidence.
        let completeness: Double
        /// Chance a promise is kept on time.
        let reliability: Double
    }

    struct Team { let id: String; let name: String; let regionIndex: Int; let managerID: String }
    struct Customer { let id: String; let cityIndex: Int; let regionIndex: Int }
    struct City { let id: String; let name: String; let regionIndex: Int }

    let id: String
    let name: String
    let industry: DemoCatalog.Industry
    let timezone: String
    let clock: LocalClock
    let regions: [DemoCatalog.RegionSpec]
    let cities: [City]
    let teams: [Team]
    let reps: [Rep]
    let customers: [Customer]
    let customersByRegion: [[Int]]
    let products: [DemoCatalog.ProductSpec]
    let stages: [DemoCatalog.StageSpec]
    /// Reps who sell (role `rep`), by region.
    let sellersByRegion: [[Int]]
    let patterns: DemoPatterns

    init(index: Int, industry: DemoCatalog.Industry, nameIndex: Int, asOfDay: Int, scale: Double,
         random: inout SeededRandom) {
        id = String(format: "org-%02d", index + 1)
        let names = DemoCatalog.orgNames[industry] ?? []
        name = nameIndex < names.count ? names[nameIndex] : "\(industry.rawValue)示范企业\(index + 1)"
        self.industry = industry
        (timezone, clock) = switch industry {
        case .fmcg: ("Asia/Urumqi", LocalClock(offsetSeconds: 6 * 3600))
        default: ("Asia/Shanghai", LocalClock(offsetSeconds: 8 * 3600))
        }
        patterns = DemoPatterns(orgIndex: index, asOfDay: asOfDay)

        // 3 to 5 regions with 10 to 20 cities in all.
        let regionCount = random.int(3...5)
        regions = Array(DemoCatalog.regions.prefix(regionCount))
        var cities: [City] = []
        for (regionIndex, region) in regions.enumerated() {
            for city in region.cities { cities.append(City(id: city.id, name: city.name, regionIndex: regionIndex)) }
        }
        while cities.count > 20 { cities.removeLast() }
        self.cities = cities

        // 80 to 300 selling reps in teams of 6 to 12, a manager per team, a director per region.
        let sellerCount = random.int(80...300)
        var reps: [Rep] = []
        var teams: [Team] = []
        var sellersByRegion = [[Int]](repeating: [], count: regions.count)
        var regionSellers = [Int](repeating: sellerCount / regions.count, count: regions.count)
        regionSellers[0] += sellerCount - regionSellers.reduce(0, +)
        var repNumber = 0
        func nextRepID() -> String { repNumber += 1; return String(format: "R%04d", repNumber) }
        for (regionIndex, region) in regions.enumerated() {
            let directorID = nextRepID()
            let firstTeam = teams.count
            reps.append(Rep(id: directorID, teamIndex: firstTeam, regionIndex: regionIndex, role: "director",
                            hiredDay: asOfDay - random.int(1500...4000), managerID: nil, pace: 0.3,
                            completeness: 0.9, reliability: 0.9))
            var remaining = regionSellers[regionIndex]
            var teamNumber = 1
            while remaining > 0 {
                let size = min(remaining, random.int(6...12))
                remaining -= size
                let managerID = nextRepID()
                let teamIndex = teams.count
                teams.append(Team(id: "\(region.id)-t\(teamNumber)", name: "\(region.name.prefix(2))\(teamNumber)组",
                                  regionIndex: regionIndex, managerID: managerID))
                teamNumber += 1
                reps.append(Rep(id: managerID, teamIndex: teamIndex, regionIndex: regionIndex, role: "manager",
                                hiredDay: asOfDay - random.int(1100...3600), managerID: directorID, pace: 0.3,
                                completeness: 0.9, reliability: 0.9))
                for _ in 0..<size {
                    // Tenure: 30% under a year, 40% one to three years, 30% longer.
                    let tenureDays = switch random.weighted([0.3, 0.4, 0.3]) {
                    case 0: random.int(20...364)
                    case 1: random.int(366...1094)
                    default: random.int(1096...3000)
                    }
                    let seasoned = tenureDays > 365
                    sellersByRegion[regionIndex].append(reps.count)
                    reps.append(Rep(
                        id: nextRepID(), teamIndex: teamIndex, regionIndex: regionIndex, role: "rep",
                        hiredDay: asOfDay - tenureDays, managerID: managerID,
                        pace: (seasoned ? 0.22 : 0.34) + random.unit() * 0.25,
                        completeness: (seasoned ? 0.86 : 0.72) + random.unit() * 0.12,
                        reliability: (seasoned ? 0.86 : 0.74) + random.unit() * 0.12
                    ))
                }
            }
        }
        self.reps = reps
        self.teams = teams
        self.sellersByRegion = sellersByRegion

        let customerCount = Int(Double(sellerCount) * 4 * max(1, scale.squareRoot()))
        customers = (0..<customerCount).map { number in
            let cityIndex = random.int(0...(cities.count - 1))
            return Customer(id: String(format: "C%05d", number + 1), cityIndex: cityIndex,
                            regionIndex: cities[cityIndex].regionIndex)
        }
        var customersByRegion = [[Int]](repeating: [], count: regions.count)
        for (index, customer) in customers.enumerated() { customersByRegion[customer.regionIndex].append(index) }
        self.customersByRegion = customersByRegion
        products = DemoCatalog.products(industry)
        stages = DemoCatalog.stages(industry)
    }

    var pipelineID: String { "main" }

    func tenureYears(_ rep: Rep, onDay day: Int) -> Double { Double(day - rep.hiredDay) / 365.25 }
}

/// The stories planted in the demo data, so the analytics have something true to find
/// (tests use them as oracles):
///
/// 1. org-01 (华康医疗), 华南战区, products of the 影像 line, a competitor named: most of these
///    deals are lost at 方案比价 for PRICE. There, 影像 products sell three times as often and
///    meet a competitor 80% of the time, so the pattern is a sizeable share of all lost deals
///    (lossClusters finds it as a cluster).
/// 2. org-02 (瑞安医疗器械), 西南战区, reps in their first year: lost twice as often, mostly for
///    SLOW_FOLLOWUP.
/// 3. org-01 changes its process 120 days before the as-of date: leads answered within hours
///    instead of a day, and managers step in on most stalls (before/after comparison).
struct DemoPatterns {
    let orgIndex: Int
    let processChangeDay: Int

    init(orgIndex: Int, asOfDay: Int) {
        self.orgIndex = orgIndex
        processChangeDay = asOfDay - 120
    }

    var pricePressureInSouthImaging: Bool { orgIndex == 0 }
    var newRepsLoseInSouthwest: Bool { orgIndex == 1 }

    func improvedProcess(onDay day: Int) -> Bool { orgIndex == 0 && day >= processChangeDay }
}
