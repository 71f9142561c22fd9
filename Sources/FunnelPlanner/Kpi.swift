/// The behaviour-health KPIs of metrics.md, with what each carries.
public enum Kpi: String, Sendable, CaseIterable, Hashable {
    case progressUpdateIntervalHours = "PROGRESS_UPDATE_INTERVAL_HOURS"
    case stallUnhandledRate = "STALL_UNHANDLED_RATE"
    case dailyLogValidRate = "DAILY_LOG_VALID_RATE"
    case managerInterventionRate = "MANAGER_INTERVENTION_RATE"
    case firstQuoteDays = "FIRST_QUOTE_DAYS"
    case actionCompleteness = "ACTION_COMPLETENESS"
    case actionTimelinessHours = "ACTION_TIMELINESS_HOURS"
    case actionEffectiveness = "ACTION_EFFECTIVENESS"
    case collaboration48hRate = "COLLABORATION_48H_RATE"
    case lead24hFollowupRate = "LEAD_24H_FOLLOWUP_RATE"
    case commitmentOnTimeRate = "COMMITMENT_ON_TIME_RATE"
    case collectionOnTimeRate = "COLLECTION_ON_TIME_RATE"
    case winRate = "WIN_RATE"

    /// metrics.md "Dimensions carried": progress gaps and daily logs carry the rep's
    /// dimensions only; leads add their own city and channel; the rest carry all nine.
    public var carries: Set<Dimension> {
        let people: Set<Dimension> = [.region, .team, .rep, .tenureBand]
        switch self {
        case .progressUpdateIntervalHours, .dailyLogValidRate: return people
        case .lead24hFollowupRate: return people.union([.city, .channel])
        default: return Set(Dimension.filterable)
        }
    }
}
