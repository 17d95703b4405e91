import Testing
@testable import KataEngine
@testable import KataPersona
import KataTerms

/// The tactic registry: every tactic of the playbook once, and what each declares about itself holds.
@Suite struct PlaybookTests {
    @Test("every tactic id has exactly one tactic in the table")
    func everyTacticRegisteredOnce() {
        let ids = Playbook.tactics.map { $0.id }
        #expect(ids.count == TacticID.allCases.count)
        #expect(Set(ids) == Set(TacticID.allCases))
        let byOrdinal = Playbook.byOrdinal.map { $0.id }
        #expect(byOrdinal == TacticID.allCases)
    }

    @Test("the counter tactics keep the playbook's priority order")
    func counterPriority() {
        let order = Playbook.onCounter.map { $0.id }
        #expect(
            order == [
                .easyGiveProbe, .delistThreat, .repeatObjection, .competitorClaim, .matchOtherRetailer,
                .volumePromise, .ownCalculation, .promotionPush, .timePressure, .stall,
            ])
    }

    @Test("the threats are delisting, the boss and a deadline")
    func threats() {
        #expect(Set(TacticID.allCases.filter(\.isThreat)) == [.delistThreat, .bossSqueeze, .timePressure])
    }

    @Test("a tactic that claims something has a default bluff rate in 0…1")
    func bluffRates() {
        let claiming: Set<TacticID> = [
            .competitorClaim, .matchOtherRetailer, .higherAuthority, .volumePromise, .ownCalculation, .timePressure,
            .delistThreat,
        ]
        for id in TacticID.allCases {
            if claiming.contains(id) {
                #expect(id.defaultBluffRate.map { (0...1).contains($0) } == true, "\(id)")
            } else {
                #expect(id.defaultBluffRate == nil, "\(id)")
            }
        }
    }

    @Test("each tactic's default lines use only the placeholders it fills", arguments: TacticID.allCases)
    func placeholdersDeclared(_ id: TacticID) {
        let allowed = id.placeholders.union(["buyer", "retailer", "product"])
        #expect(allowed.isSubset(of: LineKey.placeholders))
        for language in Language.allCases {
            for line in DefaultLines.lines(for: .tactic(id), in: language) {
                for name in BuyerLines.placeholders(in: line) {
                    #expect(allowed.contains(name), "\(id) \(language): {\(name)} in “\(line)”")
                }
            }
        }
    }
}

/// DESIGN §6: every tactic is used by a shipped persona and actually fires against the bots.
@Suite struct TacticCoverageTests {
    @Test("every tactic fires in spar on at least one shipped scenario")
    func everyTacticFires() throws {
        var fired: Set<TacticID> = []
        for id in InvariantTests.scenarios {
            let context = SessionContext(try ShippedScenarioTests.load(id))
            for bot in BotKind.allCases {
                let report = Spar.run(context, bot: bot, runs: 60, seed: 1)
                fired.formUnion(report.tactics.filter { $0.sessions > 0 }.map(\.tactic))
            }
        }
        #expect(Set(TacticID.allCases).subtracting(fired).isEmpty, "never fired: \(Set(TacticID.allCases).subtracting(fired))")
    }
}
