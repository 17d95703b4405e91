@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
import Testing

/// Random sessions on every shipped scenario, to exercise the reducer's debug invariant checks
/// (`SessionState+Invariants.swift`): a broken invariant stops the test run at its assertion.
@Suite struct InvariantTests {
    static let scenarios = ["carrefour-annual", "walmart-edlp", "suning-appliance", "no-deal-trap", "tutorial"]

    /// A random move: mostly proposals on the grid (sometimes past the buyer's own demand), holds,
    /// probes, challenges, agreements, accepts; rarely a walk.
    static func move(_ scenario: Scenario, _ generator: inout SeededGenerator) -> Move {
        func value() -> TermValue {
            let term = scenario.terms[generator.nextIndex(scenario.terms.count)]
            let steps = Int(((term.high - term.low) / term.step).rounded())
            return TermValue(term.id, term.low + Double(generator.nextIndex(steps + 1)) * term.step)
        }
        switch generator.nextIndex(23) {
        case 20: return .final(terms: generator.nextIndex(2) == 0 ? [] : [value()])
        case 21...22: return .cite(term: scenario.terms[generator.nextIndex(scenario.terms.count)].id)
        case 0...6: return .offer(terms: [value()])
        case 7...8: return .conditional(give: [value()], get: [value()])
        case 9: return .meso(options: [[value()], [value()]])
        case 10...11: return .hold
        case 12: return .ask(question: .priorities)
        case 13: return .challenge
        case 14: return .escalate
        case 15: return .agree(term: scenario.terms[generator.nextIndex(scenario.terms.count)].id)
        case 16...18: return .accept
        default: return generator.nextIndex(4) == 0 ? .walk : .hold
        }
    }

    @Test("random sessions keep the invariants", arguments: scenarios)
    func randomSessions(_ id: String) throws {
        let scenario = try ShippedScenarioTests.load(id)
        let context = SessionContext(scenario)
        var ended = 0
        for seed in UInt64(1)...150 {
            var generator = SeededGenerator(seed: seed &* 7919)
            var (state, _) = Session.start(context, seed: seed)
            var moves = 0
            while !state.isOver && moves < 60 {
                _ = Session.reduce(into: &state, Self.move(scenario, &generator), eager: generator.nextIndex(10) == 0)
                moves += 1
            }
            if state.isOver { ended += 1 }
        }
        #expect(ended > 100, "most random sessions reach an end")
    }

    @Test("every bot keeps the invariants on every shipped scenario", arguments: scenarios)
    func bots(_ id: String) throws {
        let context = SessionContext(try ShippedScenarioTests.load(id))
        for kind in BotKind.allCases {
            for seed in UInt64(1)...60 {
                let events = kind.play(context, seed: seed)
                #expect(events.contains { if case .ended = $0.kind { true } else { false } }, "\(kind) seed \(seed) never ended")
            }
        }
    }
}

/// DESIGN §6: the buyer never says the same line for a situation twice in a row.
@Suite struct LineVarietyTests {
    @Test("no situation's line is drawn twice in a row", arguments: InvariantTests.scenarios)
    func noLineTwiceInARow(_ id: String) throws {
        let context = SessionContext(try ShippedScenarioTests.load(id))
        for kind in BotKind.allCases {
            for seed in UInt64(1)...20 {
                var last: [LineKey: Int] = [:]
                for event in kind.play(context, seed: seed) {
                    guard let speech = event.kind.speech else { continue }
                    if context.lineCounts[speech.key.ordinal] > 1 {
                        #expect(last[speech.key] != speech.variant, "\(id) \(kind) seed \(seed): \(speech.key.name) repeated")
                    }
                    last[speech.key] = speech.variant
                }
            }
        }
    }
}
