import Foundation
import FunnelContract

/// Lives through an org's history deal by deal: stays with dwell and idle gaps (stalls when a
/// gap passes the stage timeout), manager interventions, required actions done or skipped,
/// skipped stages and backward moves, losses with reasons, and the records around a deal —
/// its lead, commitments, payments and cross-department tasks. Also the reps' daily logs and
/// monthly targets.
struct DealSimulator {
    let org: DemoOrganisation
    let asOfDay: Int
    let writer: DataSetWriter
    let asOf: Int64
    let historyDays = 450

    private var activityNumber = 0
    private var otherNumber = 0

    init(org: DemoOrganisation, asOfDay: Int, writer: DataSetWriter) {
        self.org = org
        self.asOfDay = asOfDay
        self.writer = writer
        asOf = org.clock.instant(day: asOfDay, hour: 17.5)
    }

    mutating func run(scale: Double, random: inout SeededRandom) throws {
        let sellers = org.sellersByRegion.flatMap { $0 }
        let dealCount = Int(Double(sellers.count) * 20 * scale)
        let firstDay = asOfDay - historyDays
        for number in 0..<dealCount {
            let day = firstDay + random.int(0...(historyDays - 2))
            var repIndex = random.pick(sellers)
            for _ in 0..<5 where org.reps[repIndex].hiredDay > day { repIndex = random.pick(sellers) }
            guard org.reps[repIndex].hiredDay <= day else { continue }
            try simulateDeal(number: number + 1, day: day, repIndex: repIndex, random: &random)
        }
        // Leads that never became deals.
        for _ in 0..<Int(Double(dealCount) * 0.8) {
            let day = firstDay + random.int(0...(historyDays - 1))
            let repIndex = random.pick(sellers)
            try writeLead(created: org.clock.instant(day: day, hour: 8 + random.unit() * 12), repIndex: repIndex,
                          cityIndex: pickCity(region: org.reps[repIndex].regionIndex, random: &random),
                          opportunityID: nil, channel: random.pick(DemoCatalog.channels), random: &random)
        }
        for (index, rep) in org.reps.enumerated() where rep.role == "rep" {
            try writeDailyLogs(rep, index: index, random: &random)
            try writeTargets(rep, random: &random)
        }
    }

    // MARK: Deals

    private mutating func simulateDeal(number: Int, day: Int, repIndex: Int, random: inout SeededRandom) throws {
        let rep = org.reps[repIndex]
        let opportunityID = String(format: "OP%06d", number)
        let regionCustomers = org.customersByRegion[rep.regionIndex]
        let customer = org.customers[regionCustomers.isEmpty ? random.int(0...(org.customers.count - 1)) : random.pick(regionCustomers)]
        let region = org.regions[rep.regionIndex].id
        // Planted pattern 1 needs enough deals to stand out among all lost deals: in its
        // region, imaging products sell three times as often and face a competitor more often.
        let pricePressure = org.patterns.pricePressureInSouthImaging && region == "south"
        let product = pricePressure
            ? org.products[random.weighted(org.products.map { $0.line == "影像" ? 3 : 1 })]
            : random.pick(org.products)
        let channel = random.pick(DemoCatalog.channels)
        let competitorChance = pricePressure && product.line == "影像" ? 0.8 : 0.45
        let competitor: String? = random.chance(competitorChance) ? random.pick(DemoCatalog.competitors(org.industry)) : nil
        let created = org.clock.instant(day: day, hour: 9 + random.unit() * 9)
        let amount = max(1000, random.logNormal(median: product.medianAmount, sigma: 0.45))
        let firstYear = org.tenureYears(rep, onDay: day) < 1
        let improved = org.patterns.improvedProcess(onDay: day)

        if random.chance(0.45) {
            try writeLead(created: created - Int64(random.int(2...72) * 3600), repIndex: repIndex,
                          cityIndex: customer.cityIndex, opportunityID: opportunityID, channel: channel, random: &random)
        }

        var stays: [(key: String, entered: Int64, exited: Int64?)] = []
        var position = 0
        var entered = created
        var status = "open"
        var closed: Int64?
        var lossReason: String?
        for _ in 0..<12 {
            guard position < org.stages.count, entered < asOf else { break }
            let stage = org.stages[position]
            let dwell = random.logNormal(median: stage.dwellHours * (0.7 + rep.pace), sigma: 0.6) * 3600
            let exit = entered + Int64(dwell)
            let open = exit > asOf
            try simulateStay(stage: stage, opportunityID: opportunityID, customerID: customer.id, repIndex: repIndex,
                             from: entered, to: open ? asOf : exit, improved: improved, random: &random)
            stays.append((stage.key, entered, open ? nil : exit))
            if open { break }

            var lossChance = stage.lossChance * (firstYear ? 1.3 : 1)
            var reasonWeights = Array(repeating: 1.0, count: DemoCatalog.lossReasons.count)
            if pricePressure, product.line == "影像", competitor != nil, stage.key == "compare" {
                lossChance = 0.85
                reasonWeights = reasonWeights.enumerated().map { $0.offset == 0 ? 60 : 0.5 }
            }
            if org.patterns.newRepsLoseInSouthwest, region == "southwest", firstYear {
                lossChance *= 2.2
                reasonWeights = reasonWeights.enumerated().map { $0.offset == 10 ? 30 : 1 }
            }
            if competitor != nil { reasonWeights[1] += 2 }
            if random.chance(lossChance) {
                status = "lost"
                closed = exit
                lossReason = DemoCatalog.lossReasons[random.weighted(reasonWeights)].code
                break
            }
            entered = exit
            if position >= 2 && random.chance(0.03) {
                position -= 1  // back to the previous stage: the customer reopened a question
            } else if position + 2 < org.stages.count && random.chance(0.07) {
                position += 2  // a stage skipped
            } else {
                position += 1
            }
        }
        if status == "open", position >= org.stages.count, entered <= asOf {
            status = "won"
            closed = entered
        }

        let clock = org.clock
        try writer.write(.opportunities, [
            org.id, opportunityID, org.pipelineID, customer.id, rep.id, clock.timestamp(created), status, product.id,
            channel, String(format: "%.2f", (amount * 100).rounded() / 100), closed.map(clock.timestamp), lossReason,
            competitor,
        ])
        for stay in stays {
            try writer.write(.stageHistory, [org.id, opportunityID, stay.key, clock.timestamp(stay.entered),
                                             stay.exited.map(clock.timestamp)])
        }
        if status == "won", let closed { try writePayments(opportunityID: opportunityID, closed: closed, amount: amount, random: &random) }
    }

    /// Touches during one stay: required actions first, then the rep's rhythm of contacts.
    /// A gap longer than the stage timeout is a stall; a manager may step in after it.
    private mutating func simulateStay(
        stage: DemoCatalog.StageSpec, opportunityID: String, customerID: String, repIndex: Int,
        from start: Int64, to end: Int64, improved: Bool, random: inout SeededRandom
    ) throws {
        let rep = org.reps[repIndex]
        for action in stage.requiredActions where random.chance(rep.completeness) {
            let at = start + Int64(random.exponential(mean: 3 + 10 * rep.pace) * 3600)
            if at <= end {
                try activity(rep.id, action, at, opportunityID, customerID, evidence: random.chance(0.94))
            }
        }
        let timeout = Double(stage.timeoutHours) * 3600
        let regionFactor = [0.75, 0.55, 0.7, 0.45, 0.6][rep.regionIndex % 5]
        let interventionChance = improved ? 0.92 : (org.patterns.improvedProcess(onDay: asOfDay) ? 0.45 : regionFactor)
        var last = start
        while true {
            let gap = random.exponential(mean: timeout * rep.pace)
            var next = last + Int64(gap)
            if gap > timeout, last + Int64(timeout) < end, random.chance(interventionChance),
               let manager = rep.managerID {
                let at = last + Int64(timeout) + Int64(random.unit() * (improved ? 8 : 30) * 3600)
                if at < min(next, end) {
                    try activity(manager, "intervention", at, opportunityID, customerID, evidence: true)
                    next = at + Int64(random.exponential(mean: 4 * 3600))
                }
            }
            guard next < end else { break }
            let type = ["progress_update", "call", "visit", "progress_update", "demo", "proposal_sent", "call",
                        "quote_sent", "sample_request", "progress_update"][random.weighted([4, 3, 2, 1, 0.6, 0.5, 1, 0.5, 0.3, 1])]
            try activity(rep.id, type, next, opportunityID, customerID, evidence: random.chance(0.95))
            last = next
            if random.chance(0.08) {
                try writeCommitment(opportunityID: opportunityID, rep: rep, promised: next, random: &random)
            }
            if random.chance(0.06) {
                try writeTask(opportunityID: opportunityID, requested: next, random: &random)
            }
        }
    }

    private mutating func activity(
        _ repID: String, _ type: String, _ at: Int64, _ opportunityID: String?, _ customerID: String?, evidence: Bool
    ) throws {
        activityNumber += 1
        // The industrial org's CRM exports activity times in UTC: same instants, other offset.
        let clock = org.industry == .industrial ? LocalClock(offsetSeconds: 0) : org.clock
        try writer.write(.activities, [org.id, String(format: "A%08d", activityNumber), repID, type,
                                       clock.timestamp(at), opportunityID, customerID, evidence ? "true" : "false"])
    }

    // MARK: Records around deals

    private mutating func nextID(_ prefix: String) -> String {
        otherNumber += 1
        return String(format: "%@%07d", prefix, otherNumber)
    }

    private mutating func writeLead(
        created: Int64, repIndex: Int, cityIndex: Int, opportunityID: String?, channel: String,
        random: inout SeededRandom
    ) throws {
        let day = org.clock.day(of: created)
        let assigned = created + Int64(random.int(5...240) * 60)
        let medianHours = org.patterns.improvedProcess(onDay: day) ? 1.5 : (org.reps[repIndex].pace > 0.45 ? 20 : 8)
        let delay = random.logNormal(median: medianHours, sigma: 0.9) * 3600
        let response: Int64? = random.chance(0.04) ? nil : assigned + Int64(delay)
        let clock = org.clock
        try writer.write(.leads, [
            org.id, nextID("L"), clock.timestamp(created), channel, ["A", "B", "C"][random.weighted([0.25, 0.45, 0.3])],
            org.cities[cityIndex].id, org.reps[repIndex].id, clock.timestamp(assigned),
            response.flatMap { $0 <= asOf ? clock.timestamp($0) : nil }, opportunityID,
        ])
    }

    private mutating func writeCommitment(
        opportunityID: String, rep: DemoOrganisation.Rep, promised: Int64, random: inout SeededRandom
    ) throws {
        let due = promised + Int64(random.int(1...7) * 86_400)
        var fulfilled: Int64?
        if random.chance(rep.reliability) {
            fulfilled = max(promised, due - Int64(random.unit() * 2 * 86_400))
        } else if random.chance(0.8) {
            fulfilled = due + Int64(random.int(1...120) * 3600)
        }
        if let at = fulfilled, at > asOf { fulfilled = nil }
        let clock = org.clock
        try writer.write(.commitments, [org.id, nextID("CM"), opportunityID, rep.id, clock.timestamp(promised),
                                        clock.timestamp(due), fulfilled.map(clock.timestamp)])
    }

    private mutating func writeTask(opportunityID: String, requested: Int64, random: inout SeededRandom) throws {
        let completion = random.chance(0.08) ? nil : requested + Int64(random.logNormal(median: 30, sigma: 0.8) * 3600)
        let clock = org.clock
        try writer.write(.tasks, [org.id, nextID("T"), random.pick(DemoCatalog.departments), clock.timestamp(requested),
                                  opportunityID, completion.flatMap { $0 <= asOf ? clock.timestamp($0) : nil }])
    }

    private mutating func writePayments(opportunityID: String, closed: Int64, amount: Double, random: inout SeededRandom) throws {
        let parts = random.int(1...3)
        let cents = Int((amount * 100).rounded())
        var remaining = cents
        for part in 1...parts {
            let share = part == parts ? remaining : cents / parts
            remaining -= share
            let due = closed + Int64(part * 30 * 86_400)
            var paid: Int64?
            switch random.weighted([0.78, 0.18, 0.04]) {
            case 0: paid = due - Int64(random.unit() * 5 * 86_400)
            case 1: paid = due + Int64(random.int(1...40) * 86_400)
            default: paid = nil
            }
            if let at = paid, at > asOf { paid = nil }
            let clock = org.clock
            try writer.write(.payments, [org.id, nextID("P"), opportunityID, clock.timestamp(due),
                                         String(format: "%d.%02d", share / 100, share % 100), paid.map(clock.timestamp)])
        }
    }

    // MARK: Reps' own records

    /// Weekday logs for the last 180 days: some missing, some unstructured, some late.
    private mutating func writeDailyLogs(_ rep: DemoOrganisation.Rep, index: Int, random: inout SeededRandom) throws {
        let missing = 0.02 + rep.pace * 0.2
        for day in max(rep.hiredDay, asOfDay - 180)..<asOfDay where LocalClock.weekday(day) < 5 {
            if random.chance(missing) { continue }
            let lateness = random.weighted([0.86, 0.1, 0.04])
            let submitted = org.clock.instant(day: day + lateness * (lateness == 2 ? random.int(1...2) : 1),
                                              hour: lateness == 0 ? 17 + random.unit() * 6.9 : 8 + random.unit() * 3)
            try writer.write(.dailyLogs, [org.id, rep.id, LocalClock.date(day), org.clock.timestamp(submitted),
                                          random.chance(0.1 + rep.pace * 0.2) ? "false" : "true"])
        }
    }

    private mutating func writeTargets(_ rep: DemoOrganisation.Rep, random: inout SeededRandom) throws {
        var (year, month, _) = LocalClock.civil(max(rep.hiredDay, asOfDay - historyDays))
        let (lastYear, lastMonth, _) = LocalClock.civil(asOfDay)
        while (year, month) <= (lastYear, lastMonth) {
            let amount = Double(random.int(20...60)) * 10_000
            try writer.write(.targets, [org.id, rep.id, String(format: "%04d-%02d", year, month), String(format: "%.2f", amount)])
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
    }

    private func pickCity(region: Int, random: inout SeededRandom) -> Int {
        let cities = org.cities.indices.filter { org.cities[$0].regionIndex == region }
        return cities.isEmpty ? 0 : random.pick(cities)
    }
}
