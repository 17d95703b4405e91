import Foundation
@testable import KataAnalysis
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// The scenarios shipped in `scenarios/` load with no error and are fit for the engine.
@Suite struct ShippedScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    static let ids = ["carrefour-annual", "walmart-edlp", "suning-appliance", "no-deal-trap", "tutorial"]

    static func load(_ id: String) throws -> Scenario {
        let path = folder.appendingPathComponent("\(id).yaml").path
        let check = try ScenarioLint.check(path: path)
        #expect(check.errors.isEmpty, "\(check.errors)")
        return try #require(check.scenario)
    }

    @Test func everyShippedFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.ids.map { "\($0).yaml" }))
    }

    @Test(arguments: ids)
    func loadsWithNoError(id: String) throws {
        let scenario = try Self.load(id)
        #expect(scenario.id == id)
        #expect(scenario.persona.tactics.count >= 4)
        #expect(!scenario.account.brief.text(scenario.language).isEmpty)
        let utility = BuyerUtility(scenario)
        #expect(utility.reservation < utility.opening)
    }

    @Test(arguments: ["carrefour-annual", "walmart-edlp", "suning-appliance", "tutorial"])
    func hasADealToFind(id: String) throws {
        let scenario = try Self.load(id)
        let zopa = ZOPA(scenario)
        let witness = try #require(zopa.witness)
        #expect(BuyerUtility(scenario).acceptable(witness))
        #expect(TargetCheck(Economics(witness, in: scenario), scenario.targets).acceptableToSupplier)
        // the buyer's opening demand must not already be a deal for the supplier: there is something to negotiate
        #expect(!TargetCheck(Economics(scenario.persona.opening, in: scenario), scenario.targets).acceptableToSupplier)
    }

    @Test func noDealTrapHasAnEmptyZOPA() throws {
        let path = Self.folder.appendingPathComponent("no-deal-trap.yaml").path
        let check = try ScenarioLint.check(path: path)
        #expect(check.scenario != nil)
        #expect(check.warnings.map(\.message).contains { $0.hasPrefix("empty ZOPA") })
        #expect(try ZOPA(#require(check.scenario)).isEmpty)
    }

    @Test func carrefourIsTheBackMarginBuyer() throws {
        let scenario = try Self.load("carrefour-annual")
        #expect(scenario.language == .zh)
        let kinds = Set(scenario.terms.map(\.kind))
        #expect(
            kinds.isSuperset(of: [.percentOfPurchases, .perStore, .perSKUPerStore, .promoSlots, .perSlot, .fixed, .paymentDays]))
        #expect(scenario.terms.contains { $0.prohibited && $0.rule != nil })
        #expect(scenario.terms.contains { $0.kind == .paymentDays && $0.legalMax == 60 })
    }

    @Test func starterTemplatePassesCheckWithoutWarnings() {
        let check = ScenarioLint.check(yaml: StarterScenario.text(id: "my-account"), file: "my-account.yaml")
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
        #expect(check.scenario?.id == "my-account")
    }

    /// DESIGN §5: a small percent range is legitimate (信息费 0–1 %, step 0.1); only plain fractions err.
    @Test func aSmallPercentRangeIsNotAFraction() {
        let small = StarterScenario.text(id: "my-account")
            .replacingOccurrences(of: "range: [0, 8], step: 0.5, last_year: 3", with: "range: [0, 1], step: 0.1, last_year: 0.5")
            .replacingOccurrences(of: "opening: {rebate: 6,", with: "opening: {rebate: 1,")
            .replacingOccurrences(of: "reservation: {rebate: 4,", with: "reservation: {rebate: 0.8,")
        let check = ScenarioLint.check(yaml: small, file: "small.yaml")
        #expect(check.errors.isEmpty, "\(check.errors)")
        let fraction = small.replacingOccurrences(
            of: "range: [0, 1], step: 0.1, last_year: 0.5", with: "range: [0, 0.08], step: 0.005, last_year: 0.03")
        #expect(
            ScenarioLint.check(yaml: fraction, file: "f.yaml").errors.contains { $0.message.contains("looks like fractions") })
    }

    @Test func renamingKeepsTheRestOfTheFile() {
        let original = "kata: 1\nid: carrefour-annual   # the id\ntitle: x\n"
        #expect(StarterScenario.renaming(original, to: "copy") == "kata: 1\nid: copy # the id\ntitle: x\n")
    }
}
