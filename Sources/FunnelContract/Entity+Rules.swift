/// A column that must name a record of another entity in the same org (contract rule 2).
public struct Reference: Sendable, Hashable {
    public let column: String
    public let target: Entity
    public let targetColumn: String
}

extension Entity {
    /// The columns that identify a record within the data set and the warehouse. Stage
    /// history has none: an opportunity's history is replaced whole (rule 7).
    public var identity: [String] {
        switch self {
        case .orgs: ["org_id"]
        case .regions: ["org_id", "region_id"]
        case .cities: ["org_id", "city_id"]
        case .teams: ["org_id", "team_id"]
        case .reps: ["org_id", "rep_id"]
        case .customers: ["org_id", "customer_id"]
        case .products: ["org_id", "product_id"]
        case .pipelines: ["org_id", "pipeline_id"]
        case .stages: ["org_id", "pipeline_id", "stage_key"]
        case .lossReasons: ["org_id", "code"]
        case .opportunities: ["org_id", "opportunity_id"]
        case .leads: ["org_id", "lead_id"]
        case .stageHistory: []
        case .activities: ["org_id", "activity_id"]
        case .dailyLogs: ["org_id", "rep_id", "log_date", "submitted_at"]
        case .commitments: ["org_id", "commitment_id"]
        case .payments: ["org_id", "payment_id"]
        case .tasks: ["org_id", "task_id"]
        case .targets: ["org_id", "rep_id", "month"]
        }
    }

    /// The references of this entity other than `org_id` (every entity but orgs refers to
    /// its org). `stage_history.stage_key` is checked against the opportunity's pipeline,
    /// which needs a join of its own, so it is not listed here.
    public var references: [Reference] {
        func to(_ column: String, _ target: Entity, _ targetColumn: String? = nil) -> Reference {
            Reference(column: column, target: target, targetColumn: targetColumn ?? column)
        }
        return switch self {
        case .orgs, .products, .pipelines, .lossReasons, .regions: []
        case .cities, .teams: [to("region_id", .regions)]
        case .reps: [to("team_id", .teams), to("manager_id", .reps, "rep_id")]
        case .customers: [to("city_id", .cities)]
        case .stages: [to("pipeline_id", .pipelines)]
        case .opportunities:
            [to("pipeline_id", .pipelines), to("customer_id", .customers), to("rep_id", .reps),
             to("product_id", .products), to("loss_reason_code", .lossReasons, "code")]
        case .leads:
            [to("city_id", .cities), to("assigned_rep_id", .reps, "rep_id"), to("opportunity_id", .opportunities)]
        case .stageHistory: [to("opportunity_id", .opportunities)]
        case .activities:
            [to("rep_id", .reps), to("opportunity_id", .opportunities), to("customer_id", .customers)]
        case .dailyLogs, .targets: [to("rep_id", .reps)]
        case .commitments: [to("opportunity_id", .opportunities), to("rep_id", .reps)]
        case .payments, .tasks: [to("opportunity_id", .opportunities)]
        }
    }

    public func column(named name: String) -> Column? { columns.first { $0.name == name } }
}
