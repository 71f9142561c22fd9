import FunnelPlanner
import FunnelSchema
import Testing

/// The schema's `Kpi` and `Dimension` enums and the planner's are written twice (the schema
/// module cannot see the planner's); this keeps the two spellings from drifting apart.
@Suite struct SchemaPlannerAgreementTests {
    func values(_ name: String) -> [String] {
        guard case .enumeration(let type)? = FunnelhouseSchema.schema.type(named: name) else { return [] }
        return type.values.map(\.name)
    }

    @Test func kpiNamesAgree() {
        #expect(values("Kpi") == Kpi.allCases.map(\.rawValue))
        #expect(values("Kpi").count == 13)
    }

    @Test func dimensionNamesAgree() {
        #expect(values("Dimension") == Dimension.allCases.map(\.rawValue))
        #expect(values("Dimension").count == 13)
    }
}
