/// One file of a data set (`ENTITY.csv` or `ENTITY.ndjson`), as `data-contract.md` lists them.
///
/// Cases are in reference order: an entity only refers to entities listed before it
/// (`reps.manager_id` refers to its own entity), so loading in this order never meets a
/// forward reference.
public enum Entity: String, CaseIterable, Sendable, Hashable {
    case orgs, regions, cities, teams, reps, customers, products, pipelines, stages
    case lossReasons = "loss_reasons"
    case opportunities, leads
    case stageHistory = "stage_history"
    case activities
    case dailyLogs = "daily_logs"
    case commitments, payments, tasks, targets

    /// The file name stem, e.g. `stage_history`.
    public var fileStem: String { rawValue }

    /// The columns of this entity's file, required ones in bold in the contract.
    public var columns: [Column] {
        switch self {
        case .orgs:
            [.required("org_id", .id), .required("name", .text), .required("industry", .text),
             .optional("timezone", .timezone)]
        case .regions:
            [.required("org_id", .id), .required("region_id", .id), .required("name", .text)]
        case .cities:
            [.required("org_id", .id), .required("city_id", .id), .required("region_id", .id),
             .required("name", .text)]
        case .teams:
            [.required("org_id", .id), .required("team_id", .id), .required("region_id", .id),
             .required("name", .text)]
        case .reps:
            [.required("org_id", .id), .required("rep_id", .id), .required("team_id", .id),
             .required("name", .text), .required("role", .enumeration(["rep", "manager", "director"])),
             .required("hired_on", .date), .optional("manager_id", .id)]
        case .customers:
            [.required("org_id", .id), .required("customer_id", .id), .required("name", .text),
             .required("industry", .text),
             .optional("size_band", .enumeration(["small", "medium", "large", "key"])),
             .optional("city_id", .id)]
        case .products:
            [.required("org_id", .id), .required("product_id", .id), .required("name", .text),
             .optional("line", .text)]
        case .pipelines:
            [.required("org_id", .id), .required("pipeline_id", .id), .required("name", .text)]
        case .stages:
            [.required("org_id", .id), .required("pipeline_id", .id), .required("stage_key", .id),
             .required("name", .text), .required("position", .integer),
             .required("kind", .enumeration(["open", "won", "lost"])),
             .optional("timeout_hours", .integer), .optional("required_actions", .textList)]
        case .lossReasons:
            [.required("org_id", .id), .required("code", .id), .required("name", .text)]
        case .leads:
            [.required("org_id", .id), .required("lead_id", .id), .required("created_at", .timestamp),
             .required("channel", .text), .optional("intent_grade", .enumeration(["A", "B", "C"])),
             .optional("city_id", .id), .optional("assigned_rep_id", .id),
             .optional("assigned_at", .timestamp), .optional("first_response_at", .timestamp),
             .optional("opportunity_id", .id)]
        case .opportunities:
            [.required("org_id", .id), .required("opportunity_id", .id), .required("pipeline_id", .id),
             .required("customer_id", .id), .required("rep_id", .id), .required("created_at", .timestamp),
             .required("status", .enumeration(["open", "won", "lost"])), .optional("product_id", .id),
             .optional("channel", .text), .optional("amount", .money), .optional("closed_at", .timestamp),
             .optional("loss_reason_code", .id), .optional("competitor", .text)]
        case .stageHistory:
            [.required("org_id", .id), .required("opportunity_id", .id), .required("stage_key", .id),
             .required("entered_at", .timestamp), .optional("exited_at", .timestamp)]
        case .activities:
            [.required("org_id", .id), .required("activity_id", .id), .required("rep_id", .id),
             .required("type", .text), .required("occurred_at", .timestamp),
             .optional("opportunity_id", .id), .optional("customer_id", .id),
             .optional("evidence_ok", .boolean)]
        case .dailyLogs:
            [.required("org_id", .id), .required("rep_id", .id), .required("log_date", .date),
             .required("submitted_at", .timestamp), .required("structured", .boolean)]
        case .commitments:
            [.required("org_id", .id), .required("commitment_id", .id), .required("opportunity_id", .id),
             .required("rep_id", .id), .required("promised_at", .timestamp), .required("due_at", .timestamp),
             .optional("fulfilled_at", .timestamp)]
        case .payments:
            [.required("org_id", .id), .required("payment_id", .id), .required("opportunity_id", .id),
             .required("due_at", .timestamp), .required("amount", .money), .optional("paid_at", .timestamp)]
        case .tasks:
            [.required("org_id", .id), .required("task_id", .id), .required("department", .text),
             .required("requested_at", .timestamp), .optional("opportunity_id", .id),
             .optional("completed_at", .timestamp)]
        case .targets:
            [.required("org_id", .id), .required("rep_id", .id), .required("month", .month),
             .required("amount", .money)]
        }
    }
}

/// A column of an entity file.
public struct Column: Sendable, Hashable {
    public let name: String
    public let type: ColumnType
    public let isRequired: Bool

    public static func required(_ name: String, _ type: ColumnType) -> Column {
        Column(name: name, type: type, isRequired: true)
    }

    public static func optional(_ name: String, _ type: ColumnType) -> Column {
        Column(name: name, type: type, isRequired: false)
    }
}

/// The value types of the contract's "Types" paragraph.
public enum ColumnType: Sendable, Hashable {
    /// Non-empty, at most 64 characters.
    case id
    case text
    /// ISO 8601 with an offset or `Z`; a bare local time is an error.
    case timestamp
    /// `YYYY-MM-DD`.
    case date
    /// `YYYY-MM`.
    case month
    /// `true` / `false`.
    case boolean
    /// Decimal, at most 2 fraction digits, >= 0.
    case money
    case integer
    /// One of the listed values, exactly.
    case enumeration([String])
    /// An IANA zone name such as `Asia/Shanghai`.
    case timezone
    /// Values separated by `;` (a stage's `required_actions`).
    case textList
}
