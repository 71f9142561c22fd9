/// The vocabulary of the demo organisations: industries, their pipelines, products,
/// regions and cities, the twelve loss reasons. zh-CN, as the users read it.
enum DemoCatalog {
    enum Industry: String, CaseIterable, Sendable {
        case medical = "医疗器械"
        case industrial = "工业品"
        case fmcg = "快消品"
    }

    struct StageSpec: Sendable {
        let key: String
        let name: String
        let timeoutHours: Int
        let requiredActions: [String]
        /// Median dwell in hours.
        let dwellHours: Double
        /// Chance a deal is lost at this stage (before modifiers).
        let lossChance: Double
    }

    struct ProductSpec: Sendable {
        let id: String
        let name: String
        let line: String
        let medianAmount: Double
    }

    struct RegionSpec: Sendable {
        let id: String
        let name: String
        let cities: [(id: String, name: String)]
    }

    static func pipelineName(_ industry: Industry) -> String {
        switch industry {
        case .medical: "医院设备采购流程"
        case .industrial: "工业项目销售流程"
        case .fmcg: "渠道开发流程"
        }
    }

    static func stages(_ industry: Industry) -> [StageSpec] {
        switch industry {
        case .medical:
            [StageSpec(key: "qualify", name: "线索确认", timeoutHours: 48, requiredActions: ["call"], dwellHours: 60, lossChance: 0.08),
             StageSpec(key: "diagnose", name: "需求诊断", timeoutHours: 72, requiredActions: ["visit", "demo"], dwellHours: 140, lossChance: 0.10),
             StageSpec(key: "compare", name: "方案比价", timeoutHours: 96, requiredActions: ["proposal_sent", "quote_sent"], dwellHours: 200, lossChance: 0.14),
             StageSpec(key: "tender", name: "招标文件获取", timeoutHours: 120, requiredActions: ["visit"], dwellHours: 260, lossChance: 0.12),
             StageSpec(key: "negotiate", name: "合同谈判", timeoutHours: 72, requiredActions: ["visit", "quote_sent"], dwellHours: 160, lossChance: 0.08)]
        case .industrial:
            [StageSpec(key: "confirm", name: "需求确认", timeoutHours: 48, requiredActions: ["call"], dwellHours: 50, lossChance: 0.08),
             StageSpec(key: "tech", name: "技术交流", timeoutHours: 72, requiredActions: ["visit", "demo"], dwellHours: 120, lossChance: 0.10),
             StageSpec(key: "sample", name: "样品测试", timeoutHours: 168, requiredActions: ["sample_request"], dwellHours: 300, lossChance: 0.14),
             StageSpec(key: "quote", name: "商务报价", timeoutHours: 72, requiredActions: ["quote_sent"], dwellHours: 120, lossChance: 0.12),
             StageSpec(key: "negotiate", name: "合同谈判", timeoutHours: 72, requiredActions: ["visit"], dwellHours: 140, lossChance: 0.08)]
        case .fmcg:
            [StageSpec(key: "contact", name: "渠道接洽", timeoutHours: 24, requiredActions: ["call"], dwellHours: 30, lossChance: 0.10),
             StageSpec(key: "trial", name: "试单", timeoutHours: 72, requiredActions: ["sample_request", "visit"], dwellHours: 150, lossChance: 0.14),
             StageSpec(key: "display", name: "陈列方案确认", timeoutHours: 48, requiredActions: ["proposal_sent"], dwellHours: 90, lossChance: 0.10),
             StageSpec(key: "contract", name: "年度合同", timeoutHours: 72, requiredActions: ["quote_sent", "visit"], dwellHours: 120, lossChance: 0.08)]
        }
    }

    static func products(_ industry: Industry) -> [ProductSpec] {
        switch industry {
        case .medical:
            [ProductSpec(id: "ct", name: "64排CT", line: "影像", medianAmount: 3_200_000),
             ProductSpec(id: "dr", name: "数字化X光机", line: "影像", medianAmount: 900_000),
             ProductSpec(id: "biochem", name: "全自动生化分析仪", line: "检验", medianAmount: 650_000),
             ProductSpec(id: "monitor", name: "多参数监护仪", line: "监护", medianAmount: 180_000),
             ProductSpec(id: "ventilator", name: "重症呼吸机", line: "生命支持", medianAmount: 420_000)]
        case .industrial:
            [ProductSpec(id: "plc", name: "PLC控制系统", line: "自动化", medianAmount: 380_000),
             ProductSpec(id: "servo", name: "伺服电机组", line: "驱动", medianAmount: 220_000),
             ProductSpec(id: "robot", name: "六轴工业机器人", line: "机器人", medianAmount: 1_100_000),
             ProductSpec(id: "sensor", name: "智能传感器套件", line: "自动化", medianAmount: 90_000)]
        case .fmcg:
            [ProductSpec(id: "drink", name: "植物蛋白饮料", line: "饮品", medianAmount: 160_000),
             ProductSpec(id: "snack", name: "坚果礼盒", line: "休闲食品", medianAmount: 90_000),
             ProductSpec(id: "dairy", name: "低温酸奶", line: "乳品", medianAmount: 130_000)]
        }
    }

    static func competitors(_ industry: Industry) -> [String] {
        switch industry {
        case .medical: ["联影医疗", "GE医疗", "西门子医疗", "迈瑞医疗", "飞利浦"]
        case .industrial: ["汇川技术", "西门子工业", "ABB", "发那科"]
        case .fmcg: ["农夫山泉", "三只松鼠", "伊利", "蒙牛"]
        }
    }

    static func customerKinds(_ industry: Industry) -> [(suffix: String, industry: String)] {
        switch industry {
        case .medical:
            [("人民医院", "公立医院"), ("中心医院", "公立医院"), ("中医院", "公立医院"), ("妇幼保健院", "公立医院"),
             ("仁爱医院", "民营医院"), ("康复医院", "民营医院"), ("第一医院", "公立医院")]
        case .industrial:
            [("精密机械有限公司", "机械制造"), ("汽车零部件有限公司", "汽车"), ("电子科技有限公司", "电子"),
             ("新能源科技有限公司", "新能源")]
        case .fmcg:
            [("连锁超市", "商超"), ("便利店", "便利店"), ("食品批发商行", "批发"), ("生活广场", "商超")]
        }
    }

    /// The twelve loss reasons shared by every demo org.
    static let lossReasons: [(code: String, name: String)] = [
        ("PRICE", "价格过高"), ("COMPETITOR", "竞品替代"), ("BUDGET", "预算取消"), ("DECISION_MAKER", "决策人变更"),
        ("NEED_MISMATCH", "需求不匹配"), ("TENDER_FAILED", "招标失败"), ("RELATIONSHIP", "客情关系不足"),
        ("DELIVERY", "交付周期过长"), ("QUALIFICATION", "资质不符"), ("CUSTOMER_DELAY", "客户内部流程拖延"),
        ("SLOW_FOLLOWUP", "跟进不及时"), ("SOLUTION_UNCLEAR", "方案不清晰"),
    ]

    static let regions: [RegionSpec] = [
        RegionSpec(id: "east", name: "华东战区", cities: [("sh", "上海"), ("hz", "杭州"), ("nj", "南京"), ("sz-js", "苏州"), ("nb", "宁波")]),
        RegionSpec(id: "south", name: "华南战区", cities: [("gz", "广州"), ("sz", "深圳"), ("fs", "佛山"), ("dg", "东莞"), ("xm", "厦门")]),
        RegionSpec(id: "north", name: "华北战区", cities: [("bj", "北京"), ("tj", "天津"), ("sjz", "石家庄"), ("jn", "济南"), ("qd", "青岛")]),
        RegionSpec(id: "southwest", name: "西南战区", cities: [("cd", "成都"), ("cq", "重庆"), ("km", "昆明"), ("gy", "贵阳")]),
        RegionSpec(id: "central", name: "华中战区", cities: [("wh", "武汉"), ("cs", "长沙"), ("zz", "郑州"), ("hf", "合肥")]),
    ]

    static let orgNames: [Industry: [String]] = [
        .medical: ["华康医疗", "瑞安医疗器械", "康泰医学", "迈德医疗科技", "仁和医械", "博远生物医疗", "安澜医疗", "恒济医学装备"],
        .industrial: ["华工智能装备", "精诚工控", "远航自动化"],
        .fmcg: ["鲜之源食品", "悦享饮品", "丰谷食品"],
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文").map(String.init)
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞婷雪琳晨阳宇浩凯博文斌辉颖倩佳欣悦晓东海波鑫瑞睿思远").map(String.init)
    static let channels = ["官网", "展会", "转介绍", "电话营销", "招投标平台", "渠道伙伴"]
    static let departments = ["法务", "财务", "技术支持", "商务", "交付"]
}
