// swift-tools-version: 6.1
import PackageDescription

/// Settings every Funnelhouse target shares (the same ones Hummingbird turns on).
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "funnelhouse",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "funnelhouse", targets: ["funnelhouse"]),
        .library(name: "FunnelLanguage", targets: ["FunnelLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Tests and benchmarks only: the reference peer for our own parser.
        .package(url: "https://github.com/GraphQLSwift/GraphQL", from: "4.3.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // text -> AST: lexer, parser, printer. Knows nothing of schemas or SQL.
        .target(name: "FunnelLanguage", swiftSettings: strictSettings),
        // The typed schema, validation and introspection.
        .target(name: "FunnelSchema", dependencies: ["FunnelLanguage"], swiftSettings: strictSettings),
        // Validated operation -> plan -> SQL with bind parameters.
        .target(name: "FunnelPlanner", dependencies: ["FunnelSchema"], swiftSettings: strictSettings),
        // The import format of data-contract.md: entities, columns, values, CSV and NDJSON.
        .target(name: "FunnelContract", swiftSettings: strictSettings),
        // PostgreSQL: embedded cluster, migrations, importer, view refresh.
        .target(
            name: "FunnelWarehouse",
            dependencies: [
                "FunnelContract",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // Deterministic demo organisations written as data-contract records.
        .target(name: "FunnelDemo", dependencies: ["FunnelContract"], swiftSettings: strictSettings),
        // A request's way through: parse, validate, plan, run the SQL, shape the JSON response.
        .target(
            name: "FunnelEngine",
            dependencies: [
                "FunnelLanguage", "FunnelSchema", "FunnelPlanner", "FunnelWarehouse",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // White-paper tables: the table model and its CSV, XLSX, Markdown, HTML and JSON writers.
        // Never PostgreSQL: callers hand it a way to run GraphQL.
        .target(
            name: "FunnelExport",
            dependencies: ["FunnelSchema", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),
        // The HTTPS query server.
        .target(
            name: "FunnelServer",
            dependencies: [
                "FunnelPlanner", "FunnelSchema", "FunnelWarehouse", "FunnelEngine", "FunnelExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "funnelhouse",
            dependencies: [
                "FunnelLanguage", "FunnelContract", "FunnelWarehouse", "FunnelDemo", "FunnelEngine", "FunnelServer", "FunnelExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // One PostgreSQL cluster per test run, one database per test.
        .target(
            name: "FunnelTestSupport",
            dependencies: ["FunnelWarehouse", .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Tests/FunnelTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FunnelLanguageTests",
            dependencies: [
                "FunnelLanguage",
                "ParseCorpus",
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        // The documents the parser is measured and compared on, generated in code.
        .target(name: "ParseCorpus", path: "Benchmarks/ParseCorpus", swiftSettings: strictSettings),
        // Our parser against GraphQLSwift on ParseCorpus: MB/s, ratio, scaling.
        .executableTarget(
            name: "parse-bench",
            dependencies: ["FunnelLanguage", "ParseCorpus", .product(name: "GraphQL", package: "GraphQL")],
            path: "Benchmarks/ParseBenchmark",
            swiftSettings: strictSettings
        ),
        // libFuzzer target over parser and printer (built with -DFUZZING); otherwise a replay tool.
        .executableTarget(
            name: "parser-fuzz",
            dependencies: ["FunnelLanguage"],
            path: "Fuzz/ParserFuzz",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "FunnelSchemaTests", dependencies: ["FunnelSchema", "FunnelLanguage", "FunnelTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "FunnelContractTests", dependencies: ["FunnelContract"], swiftSettings: strictSettings),
        .testTarget(
            name: "FunnelWarehouseTests",
            dependencies: ["FunnelWarehouse", "FunnelTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FunnelEngineTests",
            dependencies: ["FunnelEngine", "FunnelDemo", "FunnelTestSupport", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FunnelServerTests",
            dependencies: [
                "FunnelServer", "FunnelEngine", "FunnelSchema", "FunnelTestSupport", "FunnelExport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FunnelExportTests",
            dependencies: ["FunnelExport", "FunnelEngine", "FunnelSchema", "FunnelTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FunnelDemoTests",
            dependencies: ["FunnelDemo", "FunnelWarehouse", "FunnelTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
