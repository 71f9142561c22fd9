import FunnelSchema
import FunnelTestSupport
import Testing

@Suite struct SchemaPrinterTests {
    /// Written by hand from graphql-js 16 `printSchema`: block descriptions whose blank lines
    /// keep the block's indentation, arguments on one line unless one has a description, a
    /// blank line before every described member but the first, `@deprecated` without its
    /// default reason, no `schema { }` for a plain `Query` root, built-ins left out.
    @Test func printsDescriptionsArgumentsDefaultsAndDeprecations() {
        let schema = Schema(
            query: ObjectType("Query", Bilingual("查询入口。", "The query root."), fields: [
                FieldDefinition("kpi", .named("Float"), arguments: [
                    InputValueDefinition("name", .nonNull(.named("Kpi")), Bilingual("", "")),
                    InputValueDefinition("grain", .named("Grain"), default: .string("MONTH"), Bilingual("", "")),
                ], Bilingual("指标。", "A KPI.")),
                FieldDefinition("old", .named("Int"), arguments: [
                    InputValueDefinition("limit", .named("Int"), default: .int(10), Bilingual("上限。", "Limit.")),
                ], Bilingual("", ""), deprecationReason: "Use kpi"),
            ]),
            types: [
                .enumeration(EnumType("Kpi", Bilingual("指标。", "KPI."), values: [
                    EnumValueDefinition("WIN_RATE", Bilingual("赢单率", "Win rate")),
                    EnumValueDefinition("LOSS_RATE", Bilingual("输单率", "输单率"), deprecationReason: "No longer supported"),
                ])),
                .enumeration(EnumType("Grain", Bilingual("", ""), values: [
                    EnumValueDefinition("DAY", Bilingual("", "")), EnumValueDefinition("MONTH", Bilingual("", "")),
                ])),
            ]
        )
        let expected = """
            \"""
            查询入口。

            The query root.
            \"""
            type Query {
              \"""
              指标。
              
              A KPI.
              \"""
              kpi(name: Kpi!, grain: Grain = MONTH): Float
              old(
                \"""
                上限。
                
                Limit.
                \"""
                limit: Int = 10
              ): Int @deprecated(reason: "Use kpi")
            }

            \"""
            指标。

            KPI.
            \"""
            enum Kpi {
              \"""
              赢单率
              
              Win rate
              \"""
              WIN_RATE

              \"""输单率\"""
              LOSS_RATE @deprecated
            }

            enum Grain {
              DAY
              MONTH
            }
            """
        #expect(SchemaPrinter.print(schema) == expected)
    }

    @Test func schemaDefinitionCustomDirectiveAndScalarURL() {
        let sdl = SchemaPrinter.print(SchemaPrinterTestSchema.schema)
        #expect(sdl.hasPrefix("""
            \"""
            测试架构。

            The test schema.
            \"""
            schema {
              query: Query
              mutation: Mutation
            }

            \"""
            缓存此字段。

            Caches the field.
            \"""
            directive @cached(seconds: Int = 60, scope: Scope = ORG) repeatable on FIELD | QUERY

            \"""
            查询入口。

            The query root.
            \"""
            type Query {
            """))
        #expect(sdl.contains("""
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
            """))
        #expect(sdl.contains("""
              filter: DealFilter = {region: "华东", owner: 42, minAmount: 1000, stages: [OPEN]}
            """))
        #expect(!sdl.contains("scalar String") && !sdl.contains("__Type") && !sdl.contains("@include"))
    }

    @Test func richSchemaMatchesGraphQLCore() async throws {
        let sdl = SchemaPrinter.print(SchemaPrinterTestSchema.schema)
        #expect(try await GraphQLCorePeer.reprinted(sdl: sdl) == sdl)
    }

    @Test func funnelhouseSchemaMatchesGraphQLCore() async throws {
        let sdl = SchemaPrinter.print(FunnelhouseSchema.schema)
        #expect(try await GraphQLCorePeer.reprinted(sdl: sdl) == sdl)
    }

    /// Issue 4: zh-CN and English on every type, field, argument and enum value.
    @Test func funnelhouseSchemaDescribesEverythingInBothLanguages() {
        var missing: [String] = []
        func check(_ description: Bilingual, _ path: String) {
            if description.zh.isEmpty || description.en.isEmpty { missing.append(path) }
        }
        let schema = FunnelhouseSchema.schema
        for type in schema.types where !SchemaPrinterTestSchema.isBuiltIn(type.name) {
            check(type.description, type.name)
            switch type {
            case .object(let object):
                for field in object.fields {
                    check(field.description, "\(type.name).\(field.name)")
                    for argument in field.arguments { check(argument.description, "\(type.name).\(field.name)(\(argument.name):)") }
                }
            case .inputObject(let inputObject):
                for field in inputObject.fields { check(field.description, "\(type.name).\(field.name)") }
            case .enumeration(let enumeration):
                for value in enumeration.values { check(value.description, "\(type.name).\(value.name)") }
            case .scalar:
                break
            }
        }
        #expect(missing == [])
    }
}
