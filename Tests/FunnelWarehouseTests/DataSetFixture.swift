import Foundation

/// A data-set folder a test writes by hand: file name → physical lines, so a test can break
/// "line 3 of activities.csv" and expect exactly that place in the error.
struct DataSetFixture {
    var files: [String: [String]]

    /// Replaces physical line `number` (1 = the CSV header) of `file`.
    func replacing(_ file: String, line number: Int, with text: String) -> DataSetFixture {
        var copy = self
        copy.files[file]![number - 1] = text
        return copy
    }

    func only(_ names: String...) -> DataSetFixture {
        DataSetFixture(files: files.filter { names.contains($0.key) })
    }

    /// Writes the files (LF line ends, final newline) into a new temp folder.
    func write() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("funnelhouse-dataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, lines) in files {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A small valid data set touching every entity: two orgs using the same ids (ids are
    /// scoped by org), Chinese text with commas and quotes, optional columns left empty.
    static let valid = DataSetFixture(files: [
        "orgs.csv": [
            "org_id,name,industry,timezone",
            "o1,华康医疗,医疗器械,Asia/Shanghai",
            "o2,\"鲜之源食品，华东\",快消品,",
        ],
        "regions.csv": [
            "org_id,region_id,name",
            "o1,east,华东战区",
            "o2,east,华东",
        ],
        "cities.csv": [
            "org_id,city_id,region_id,name",
            "o1,sh,east,上海",
            "o2,sh,east,上海",
        ],
        "teams.csv": [
            "org_id,team_id,region_id,name",
            "o1,east-t1,east,华东1组",
            "o2,t1,east,一组",
        ],
        "reps.csv": [
            "org_id,rep_id,team_id,name,role,hired_on,manager_id",
            "o1,R1,east-t1,王伟,manager,2020-01-06,",
            "o1,R2,east-t1,李娜,rep,2024-03-01,R1",
            "o2,R1,t1,张敏,rep,2023-05-01,",
        ],
        "customers.csv": [
            "org_id,customer_id,name,industry,size_band,city_id",
            "o1,C1,\"上海“仁爱”医院，东区分部\",民营医院,large,sh",
            "o1,C2,\"杭州\"\"人民\"\"医院, 新院区\",公立医院,,",
        ],
        "products.csv": [
            "org_id,product_id,name,line",
            "o1,ct,64排CT,影像",
        ],
        "pipelines.csv": [
            "org_id,pipeline_id,name",
            "o1,main,医院设备采购流程",
        ],
        "stages.csv": [
            "org_id,pipeline_id,stage_key,name,position,kind,timeout_hours,required_actions",
            "o1,main,qualify,线索确认,1,open,48,call",
            "o1,main,compare,方案比价,2,open,96,proposal_sent;quote_sent",
            "o1,main,won,赢单,3,won,,",
            "o1,main,lost,输单,4,lost,,",
        ],
        "loss_reasons.csv": [
            "org_id,code,name",
            "o1,PRICE,价格过高",
        ],
        "opportunities.csv": [
            "org_id,opportunity_id,pipeline_id,customer_id,rep_id,created_at,status,product_id,channel,amount,closed_at,loss_reason_code,competitor",
            "o1,OP1,main,C1,R2,2026-03-01T10:00:00+08:00,won,ct,展会,3200000.00,2026-03-20T15:00:00+08:00,,",
            "o1,OP2,main,C2,R2,2026-03-02T09:00:00+08:00,lost,,官网,,2026-03-10T12:00:00+08:00,PRICE,联影医疗",
            "o1,OP3,main,C1,R2,2026-03-05T09:00:00+08:00,open,,,,,,",
        ],
        "leads.csv": [
            "org_id,lead_id,created_at,channel,intent_grade,city_id,assigned_rep_id,assigned_at,first_response_at,opportunity_id",
            "o1,L1,2026-02-28T09:00:00+08:00,展会,A,sh,R2,2026-02-28T09:30:00+08:00,2026-02-28T11:00:00+08:00,OP1",
        ],
        "stage_history.csv": [
            "org_id,opportunity_id,stage_key,entered_at,exited_at",
            "o1,OP1,qualify,2026-03-01T10:00:00+08:00,2026-03-05T10:00:00+08:00",
            "o1,OP1,compare,2026-03-05T10:00:00+08:00,2026-03-20T15:00:00+08:00",
            "o1,OP1,won,2026-03-20T15:00:00+08:00,",
            "o1,OP3,qualify,2026-03-05T09:00:00+08:00,",
        ],
        "activities.csv": [
            "org_id,activity_id,rep_id,type,occurred_at,opportunity_id,customer_id,evidence_ok",
            "o1,A1,R2,call,2026-03-01T11:00:00+08:00,OP1,C1,true",
            "o1,A2,R2,quote_sent,2026-03-06T10:00:00+08:00,OP1,C1,",
            "o1,A3,R1,intervention,2026-03-08T10:00:00+08:00,OP3,C1,false",
        ],
        "daily_logs.csv": [
            "org_id,rep_id,log_date,submitted_at,structured",
            "o1,R2,2026-03-02,2026-03-02T18:00:00+08:00,true",
        ],
        "commitments.csv": [
            "org_id,commitment_id,opportunity_id,rep_id,promised_at,due_at,fulfilled_at",
            "o1,CM1,OP1,R2,2026-03-06T10:00:00+08:00,2026-03-09T18:00:00+08:00,2026-03-09T10:00:00+08:00",
        ],
        "payments.csv": [
            "org_id,payment_id,opportunity_id,due_at,amount,paid_at",
            "o1,P1,OP1,2026-04-20T00:00:00+08:00,3200000.00,",
        ],
        "tasks.csv": [
            "org_id,task_id,department,requested_at,opportunity_id,completed_at",
            "o1,T1,法务,2026-03-15T10:00:00+08:00,OP1,2026-03-16T09:00:00+08:00",
        ],
        "targets.csv": [
            "org_id,rep_id,month,amount",
            "o1,R2,2026-03,500000",
        ],
    ])

    /// Rows per warehouse table after importing `valid` into an empty warehouse.
    static let validCounts: [String: Int] = [
        "orgs": 2, "regions": 2, "cities": 2, "teams": 2, "reps": 3, "customers": 2, "products": 1,
        "pipelines": 1, "stages": 4, "loss_reasons": 1, "opportunities": 3, "leads": 1, "stage_history": 4,
        "activities": 3, "daily_logs": 1, "commitments": 1, "payments": 1, "tasks": 1, "targets": 1,
        // Migration 002's settings, not part of any import.
        "kpi_threshold_defaults": 13, "org_kpi_thresholds": 0,
    ]
}
