import Foundation
@testable import KataAnalysis
@testable import KataScenario
import Testing

/// One diagnostic as a test expects it: where it points and exactly what it says.
private struct Expected: Sendable, Equatable, CustomStringConvertible {
    var line: Int
    var column: Int
    var message: String

    init(_ line: Int, _ column: Int, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.location.line, diagnostic.location.column, diagnostic.message)
    }

    var description: String { "\(line):\(column): \(message)" }
}

/// A fixture under `Fixtures/broken/` with exactly one mistake, and the error it must produce.
private struct BrokenCase: Sendable, CustomTestStringConvertible {
    var file: String
    /// The first error, in file order: it must point at the mistake.
    var error: Expected
    /// Further errors the same mistake legitimately produces, in file order.
    var alsoErrors: [Expected] = []

    init(_ file: String, _ line: Int, _ column: Int, _ message: String, also alsoErrors: [Expected] = []) {
        self.file = file
        self.error = Expected(line, column, message)
        self.alsoErrors = alsoErrors
    }

    var testDescription: String { file }
}

private let tacticChoices =
    "first_offer_flinch | competitor_claim | delist_threat | renamed_fee | match_other_retailer | higher_authority | boss_squeeze | time_pressure | stall | repeat_objection | volume_promise | own_calculation | promotion_push | easy_give_probe | final_nibble"
private let knownPlaceholders =
    "{buyer} {competitor} {deadline} {fee} {margin} {other_retailer} {product} {retailer} {rounds_left} {term} {value} {volume}"
private let lineSituations =
    "greet, counter, accept, walk_out, last_chance, probe_answer, bluff_called, claim_backed, term_agreed, deal_closed, last_package, rule_cited, final_doubted, final_disbelieved, colleague_reopens, colleague_asks, threat_carried_out, quote_confirmed, quote_corrected, first_offer_flinch, competitor_claim, delist_threat, renamed_fee, match_other_retailer, higher_authority, boss_squeeze, time_pressure, stall, repeat_objection, volume_promise, own_calculation, promotion_push, easy_give_probe, final_nibble"

/// Every broken fixture but `several-mistakes.yaml`. Lines and columns are 1-based and count
/// characters (not bytes), as read off each fixture.
private let brokenCases: [BrokenCase] = [
    BrokenCase(
        "capital-rate-fraction.yaml", 20, 26,
        "capital_rate.supplier 0.06 looks like a fraction: rates are written in percent points; did you mean 6?"),
    BrokenCase(
        "colleague-without-role.yaml", 51, 7,
        "a colleague is missing the key 'role'"),
    BrokenCase(
        "duplicate-alias.yaml", 31, 77,
        "alias '返利' of term 'payment_days' already names term 'rebate'"),
    BrokenCase(
        "duplicate-tactic.yaml", 54, 12,
        "tactic 'final_nibble' is listed twice"),
    BrokenCase(
        "duplicate-term-id.yaml", 31, 10,
        "duplicate term id 'rebate': the first term of that id is kept",
        also: [
            Expected(42, 74, "persona.weights names 'payment_days', which is not a term"),
            Expected(45, 70, "persona.opening names 'payment_days', which is not a term"),
            Expected(46, 73, "persona.reservation names 'payment_days', which is not a term"),
        ]),
    BrokenCase(
        "duplicate-yaml-key.yaml", 12, 3,
        "YAML syntax: key 'stores' is given twice in this mapping (first at line 11, column 3)"),
    BrokenCase(
        "empty-file.yaml", 1, 1,
        "the file is empty: a scenario starts with 'kata: 1'"),
    BrokenCase(
        "empty-title.yaml", 5, 13,
        "title.en must not be empty"),
    BrokenCase(
        "fraction-rate.yaml", 35, 20,
        "targets.margin.target 0.28 looks like a fraction: rates are written in percent points; did you mean 28?"),
    BrokenCase(
        "legal-max-outside-range.yaml", 32, 17,
        "legal_max 120 of term 'payment_days' is outside its range 30…90"),
    BrokenCase(
        "lift-on-wrong-kind.yaml", 26, 142,
        "'lift' applies only to promo_slots terms, and term 'rebate' is percent_of_purchases"),
    BrokenCase(
        "list-price-below-cost.yaml", 19, 75,
        "list_price 7 must be above unit_cost 7.5: the supplier would lose money on every unit"),
    BrokenCase(
        "missing-lift.yaml", 29, 5,
        "term 'dm_slots' is promo_slots and needs 'lift:' (extra sales during a slot, in percent)"),
    // A missing key points at the key that holds the mapping that lacks it.
    BrokenCase(
        "missing-required-key.yaml", 8, 1,
        "account is missing the key 'tier'"),
    // The misspelling is reported once, as an unknown key with its suggestion, not also as a missing key.
    BrokenCase(
        "misspelt-top-key.yaml", 39, 1,
        "unknown key 'persone' in the scenario (did you mean 'persona'?)"),
    BrokenCase(
        "opening-missing-term.yaml", 45, 12,
        "persona.opening is missing term payment_days: give a value for every term"),
    BrokenCase(
        "patience-not-whole.yaml", 48, 13,
        "persona.patience must be a whole number, found 12.5"),
    BrokenCase(
        "per-slot-for-not-promo.yaml", 30, 95,
        "'for: rebate' must name a promo_slots term, but 'rebate' is percent_of_purchases"),
    BrokenCase(
        "per-slot-for-unknown-term.yaml", 30, 95,
        "'for: dm_slot' names no term (did you mean 'dm_slots'?)"),
    BrokenCase(
        "percent-range-as-fraction.yaml", 26, 109,
        "range of term 'rebate' looks like fractions: rates are written in percent points; did you mean [0, 8]?"),
    BrokenCase(
        "prohibited-without-rule.yaml", 26, 154,
        "term 'rebate' is prohibited but gives no 'rule:' text for the trainee to cite"),
    BrokenCase(
        "range-not-whole-steps.yaml", 26, 123,
        "range 0…8 of term 'rebate' is not a whole number of 0.3 steps"),
    BrokenCase(
        "rate-with-percent-sign.yaml", 35, 31,
        "targets.margin.floor must be a number, found '22%' (rates are written in percent points without '%': 5 means 5 %)"),
    BrokenCase(
        "reservation-better-than-opening.yaml", 46, 25,
        "reservation 7 of term 'rebate' is better for the buyer than its opening 6: the reservation is the least the buyer accepts"
    ),
    BrokenCase(
        "reservation-same-as-opening.yaml", 46, 16,
        "persona.reservation is not worse for the buyer than its opening: the buyer would have nothing to concede"),
    BrokenCase(
        "step-too-fine.yaml", 26, 123,
        "step 0.0001 of term 'rebate' cuts its range into 80,000 steps; at most 10,000 are allowed: use a coarser step"),
    BrokenCase(
        "tactic-weight-above-one.yaml", 52, 35,
        "weight of tactic 'delist_threat' must be between 0 and 1, found 1.5"),
    BrokenCase(
        "targets-floor-above-target.yaml", 35, 31,
        "targets.margin: floor 30 is above target 28"),
    BrokenCase(
        "trade-spend-target-above-cap.yaml", 36, 25,
        "targets.trade_spend: target 18 is above cap 15"),
    BrokenCase(
        "unknown-better-end.yaml", 43, 22,
        "persona.better.dm_slots is 'lowest', which is not one of low | high; did you mean 'low'?"),
    BrokenCase(
        "unknown-curve.yaml", 47, 23,
        "persona.concession.curve is 'boulwar', which is not one of boulware | linear | conceder; did you mean 'boulware'?"),
    BrokenCase(
        "unknown-key.yaml", 44, 3,
        "unknown key 'opennes' in persona (did you mean 'openness'?)"),
    BrokenCase(
        "unknown-kind.yaml", 26, 80,
        "kind of term 'rebate' is 'percent_of_purchase', which is not one of price_discount | percent_of_purchases | fixed | per_store | per_sku_per_store | promo_slots | per_slot | payment_days; did you mean 'percent_of_purchases'?"
    ),
    BrokenCase(
        "unknown-language.yaml", 6, 11,
        "language is 'fr', which is not one of zh | en"),
    BrokenCase(
        "unknown-line-key.yaml", 55, 5,
        "persona.lines has no situation 'greeting' (did you mean 'greet'?); known: \(lineSituations)"),
    BrokenCase(
        "unknown-placeholder.yaml", 55, 78,
        "unknown placeholder {retail} in persona.lines.greet (did you mean 'retailer'?); known: \(knownPlaceholders)"),
    BrokenCase(
        "unknown-scoring-part.yaml", 60, 11,
        "scoring has no part 'tactics'; parts: margin, trade_spend, promotions, preparation, opening, reciprocity, discipline, tactic_handling"
    ),
    BrokenCase(
        "unknown-tactic.yaml", 52, 12,
        "tactic id is 'delist_threats', which is not one of \(tacticChoices); did you mean 'delist_threat'?"),
    BrokenCase(
        "value-off-range.yaml", 45, 21,
        "persona.opening of term 'rebate': 9 is outside the range 0…8"),
    BrokenCase(
        "value-off-step.yaml", 45, 37,
        "persona.opening of term 'barcode_fee': 1550 is off the step 100: nearest 1500 or 1600"),
    BrokenCase(
        "weights-not-summing.yaml", 42, 12,
        "persona.weights must sum to 1, found 0.95"),
    // The misspelling is reported once, with its suggestion, not also as a missing term.
    BrokenCase(
        "weights-unknown-term.yaml", 42, 60,
        "persona.weights names 'dm_fees', which is not a term (did you mean 'dm_fee'?)"),
    BrokenCase(
        "wrong-kata-version.yaml", 3, 7,
        "unsupported format version 2: this program reads 'kata: 1'"),
    BrokenCase(
        "wrong-type-stores.yaml", 11, 11,
        "account.stores must be a number, found 'twenty-five'"),
    BrokenCase(
        "yaml-syntax-error.yaml", 20, 15,
        "YAML syntax: the '{' opened here is not closed: did not find expected ',' or '}' (the parser gave up at line 25, column 1)"
    ),
]

/// The fixture with several independent mistakes, and every error it must report in one run.
private let severalMistakes: [Expected] = [
    Expected(3, 7, "unsupported format version 2: this program reads 'kata: 1'"),
    Expected(11, 11, "account.stores must be a number, found 'twenty-five'"),
    Expected(44, 3, "unknown key 'opennes' in persona (did you mean 'openness'?)"),
    Expected(45, 37, "persona.opening of term 'barcode_fee': 1550 is off the step 100: nearest 1500 or 1600"),
    Expected(52, 12, "tactic id is 'delist_threats', which is not one of \(tacticChoices); did you mean 'delist_threat'?"),
    Expected(
        55, 78, "unknown placeholder {retail} in persona.lines.greet (did you mean 'retailer'?); known: \(knownPlaceholders)"),
]

/// A fixture under `Fixtures/warnings/` that loads, and exactly the warnings it must produce.
private struct WarningCase: Sendable, CustomTestStringConvertible {
    var file: String
    var warnings: [Expected]
    var testDescription: String { file }
}

private let warningCases: [WarningCase] = [
    WarningCase(
        file: "zero-weight.yaml",
        warnings: [
            Expected(42, 55, "nobody weighs term 'dm_slots': the buyer will give it away for nothing")
        ]),
    WarningCase(
        file: "unused-alias.yaml",
        warnings: [
            Expected(26, 73, "unused alias 'rebate' of term 'rebate': the term's id, name or an earlier alias already matches it")
        ]),
    WarningCase(
        file: "patience-outlasts-rounds.yaml",
        warnings: [
            Expected(60, 18, "the buyer's patience (12 rounds) outlasts the round limit (10): the limit ends every session first")
        ]),
    WarningCase(
        file: "empty-zopa.yaml",
        warnings: [
            Expected(
                46, 16,
                "empty ZOPA: no package gives the buyer its reservation utility while keeping margin ≥ 40%, trade spend ≤ 15% and promotions ≥ 3; fine for a walk-away scenario, where walking away is the right answer"
            )
        ]),
]

/// The folder `Fixtures/<name>` copied into the test bundle.
private func fixtureFolder(_ name: String) throws -> URL {
    let resources = try #require(Bundle.module.resourceURL, "the test bundle has no resources")
    let folder = resources.appendingPathComponent("Fixtures").appendingPathComponent(name)
    var isDirectory: ObjCBool = false
    try #require(
        FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue,
        "no fixture folder at \(folder.path)")
    return folder
}

/// The `.yaml` files in a fixture folder, by name.
private func fixtureNames(in folder: String) throws -> Set<String> {
    let names = try FileManager.default.contentsOfDirectory(atPath: try fixtureFolder(folder).path)
    return Set(names.filter { $0.hasSuffix(".yaml") })
}

private func checkFixture(_ folder: String, _ file: String) throws -> (path: String, result: ScenarioCheck) {
    let path = try fixtureFolder(folder).appendingPathComponent(file).path
    try #require(FileManager.default.fileExists(atPath: path), "missing fixture \(folder)/\(file)")
    return (path, try ScenarioLint.check(path: path))
}

@Suite("Broken scenario files")
struct BrokenScenarioTests {
    @Test("a broken file is refused with the error at its mistake", arguments: brokenCases)
    fileprivate func reportsTheMistake(_ broken: BrokenCase) throws {
        let (path, result) = try checkFixture("broken", broken.file)
        #expect(result.scenario == nil, "a broken file must never half-load")
        let first = try #require(result.errors.first, "\(broken.file) loaded without an error")
        #expect(first.location.file == path)
        #expect(first.description.hasPrefix("\(path):\(first.location.line):\(first.location.column): error: "))

        #expect(Expected(first) == broken.error)
        #expect(result.errors.map(Expected.init) == [broken.error] + broken.alsoErrors)
    }

    @Test("several mistakes in one file are all reported in one run")
    func reportsEveryMistake() throws {
        let (_, result) = try checkFixture("broken", "several-mistakes.yaml")
        #expect(result.scenario == nil)
        #expect(result.errors.count == severalMistakes.count)
        #expect(result.errors.map(Expected.init) == severalMistakes)
        #expect(result.warnings.isEmpty)
    }

    @Test("every broken fixture has an expectation, and every expectation a fixture")
    func tableCoversTheFolder() throws {
        let onDisk = try fixtureNames(in: "broken")
        let expected = Set(brokenCases.map(\.file) + ["several-mistakes.yaml"])
        #expect(brokenCases.count == Set(brokenCases.map(\.file)).count, "a fixture is listed twice")
        #expect(onDisk.subtracting(expected).sorted() == [], "fixtures without an expectation in brokenCases")
        #expect(expected.subtracting(onDisk).sorted() == [], "expectations without a fixture file")
        #expect(onDisk.count >= 25)
    }

    @Test("each fixture's id is its file name", arguments: ["broken", "warnings"])
    func idsMatchFileNames(_ folder: String) throws {
        let directory = try fixtureFolder(folder)
        for name in try fixtureNames(in: folder) where name != "empty-file.yaml" {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let stem = String(name.dropLast(".yaml".count))
            let idLine = text.split(separator: "\n").first { $0.hasPrefix("id:") }
            #expect(idLine?.hasPrefix("id: \(stem) ") == true, "\(folder)/\(name): \(idLine ?? "no id line")")
        }
    }
}

@Suite("Scenario files with warnings")
struct ScenarioWarningTests {
    @Test("a file with only warnings loads, with exactly those warnings", arguments: warningCases)
    fileprivate func loadsWithWarnings(_ warning: WarningCase) throws {
        let (path, result) = try checkFixture("warnings", warning.file)
        #expect(result.errors.map(Expected.init) == [])
        let scenario = try #require(result.scenario, "\(warning.file) did not load")
        #expect(scenario.id == String(warning.file.dropLast(".yaml".count)))
        #expect(result.warnings.map(Expected.init) == warning.warnings)
        #expect(result.warnings.allSatisfy { $0.location.file == path && $0.description.contains(": warning: ") })
    }

    @Test("every warning fixture has an expectation")
    func tableCoversTheFolder() throws {
        #expect(try fixtureNames(in: "warnings") == Set(warningCases.map(\.file)))
    }
}
