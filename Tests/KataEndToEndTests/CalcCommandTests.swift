import Foundation
import KataScenario
import KataTerms
import Testing

/// `kata calc` on the built binary: what-ifs in money for both sides.
@Suite struct CalcCommandTests {
    static func scenario(_ id: String) throws -> Scenario {
        try ScenarioLoader.load(path: KataBinary.packageRoot.appendingPathComponent("scenarios/\(id).yaml").path).scenario
    }

    @Test func chineseAliasSetsTheTerm() throws {
        let result = try KataBinary.run(["calc", "carrefour-annual", "返利=5", "DM=8", "--json"])
        #expect(result.status == 0, "\(result.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let package = try #require(report["package"] as? [[String: Any]])
        #expect(package.first { $0["id"] as? String == "rebate" }?["value"] as? Double == 5)
        #expect(package.first { $0["id"] as? String == "dm_slots" }?["value"] as? Double == 8)

        // the same package computed in-process: every other term at last year's value
        let scenario = try Self.scenario("carrefour-annual")
        var expected = scenario.referencePackage
        expected[try #require(scenario.termIndex(named: "rebate"))] = 5
        expected[try #require(scenario.termIndex(named: "dm_slots"))] = 8
        let economics = Economics(expected, in: scenario)
        let supplier = try #require(report["supplier"] as? [String: Double])
        #expect(abs((supplier["margin"] ?? 0) - economics.margin * 100) < 1e-9)
        #expect(abs((supplier["net_sales"] ?? 0) - economics.netSales) < 1e-6)
        #expect(abs((supplier["trade_spend_rate"] ?? 0) - economics.tradeSpendRate * 100) < 1e-9)
        #expect(supplier["promotions"] == economics.promotions)
        let retailer = try #require(report["retailer"] as? [String: Double])
        #expect(abs((retailer["profit"] ?? 0) - economics.retailerProfit) < 1e-6)
        let targets = try #require(report["targets"] as? [String: Any])
        #expect(targets["acceptable"] as? Bool == TargetCheck(economics, scenario.targets).acceptableToSupplier)
    }

    @Test func textReportShowsEveryFigureAndTheVerdict() throws {
        let result = try KataBinary.run(["calc", "tutorial", "--lang", "en"])
        #expect(result.status == 0)
        for label in [
            "units", "gross sales G", "net sales N", "fees F", "financing cost K", "contribution C", "margin C/N",
            "trade-spend rate TS/G", "promotion slots P", "front margin", "back margin", "profit", "Acceptable to your company",
        ] {
            #expect(result.output.contains(label), "missing \(label)")
        }
        #expect(!result.output.contains("\u{1B}["), "no colour on a pipe")
    }

    @Test func ruleBreakIsFlagged() throws {
        let scenario = try Self.scenario("carrefour-annual")
        let days = try #require(scenario.terms.first { $0.kind == .paymentDays })
        let result = try KataBinary.run(["calc", "carrefour-annual", "\(days.id)=90", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output.contains("! \(days.id): above the legal maximum"))
    }

    /// Values as the REPL reads them (`返利五个点`) are read the same after `calc`.
    @Test func valuesInWordsAndScalesAsInTheREPL() throws {
        let arguments = ["calc", "carrefour-annual", "返利=五个点", "进场费=2千5", "账期=两个月", "--lang", "en"]
        let result = try KataBinary.run(arguments)
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        func row(_ id: String) -> String { lines.first { $0.contains("(\(id))") }.map(String.init) ?? "" }
        #expect(row("rebate").split(separator: " ").contains("5%"), "\(row("rebate"))")
        #expect(row("listing_fee").contains(" 2,500 RMB "), "\(row("listing_fee"))")
        #expect(row("payment_days").contains(" 60 days"), "\(row("payment_days"))")
    }

    @Test func unknownTermIsAUsageErrorWithASuggestion() throws {
        let result = try KataBinary.run(["calc", "carrefour-annual", "rebat=5"])
        #expect(result.status == 64)
        #expect(result.error.contains("'rebat' is not a term of carrefour-annual (did you mean 'rebate'?)"))
        #expect(result.output.isEmpty)
    }

    @Test func offStepValueIsRefused() throws {
        let result = try KataBinary.run(["calc", "carrefour-annual", "rebate=5.3"])
        #expect(result.status == 64)
        #expect(result.error.contains("rebate 5.3 is off the step 0.5: nearest 5 or 5.5"))
    }

    @Test func missingScenarioExits66() throws {
        let result = try KataBinary.run(["calc", "no-such-scenario"])
        #expect(result.status == 66)
        #expect(result.error.contains("no scenario 'no-such-scenario'"))
    }

    @Test func invalidScenarioExits65WithItsErrors() throws {
        let file = ScenarioCommandTests.broken.appendingPathComponent("unknown-kind.yaml").path
        let result = try KataBinary.run(["calc", file])
        #expect(result.status == 65)
        #expect(result.error.contains("\(file):26:80: error: kind of term 'rebate'"))
    }
}
