import Testing
@testable import FunnelContract

@Suite struct EntityTests {
    @Test func everyEntityLeadsWithOrgID() {
        for entity in Entity.allCases {
            #expect(entity.columns.first == .required("org_id", .id), "\(entity)")
        }
    }

    @Test func fileStemsMatchTheContract() {
        #expect(Entity.allCases.map(\.fileStem) == [
            "orgs", "regions", "cities", "teams", "reps", "customers", "products", "pipelines", "stages",
            "loss_reasons", "opportunities", "leads", "stage_history", "activities", "daily_logs",
            "commitments", "payments", "tasks", "targets",
        ])
    }
}
