@testable import KataEngine
@testable import KataLanguage
@testable import KataScenario
import Testing

/// Relative changes read against the trainee's standing offer (here carrefour-annual's last year:
/// rebate 12 %, listing fee 2,000, DM 6 slots, payment 60 days).
@Suite struct RelativeChangeTests {
    static let scenario: Scenario? = try? ShippedScenarioTests.load("carrefour-annual")

    @Test(
        arguments: [
            ("返利再让半个点", "rebate", 12.5),
            ("DM多给两档", "dm_slots", 8),
            ("账期少5天", "payment_days", 55),
            ("进场费再降一千", "listing_fee", 1_000),
            ("返利降到11个点", "rebate", 11),
            ("返利12.5个点", "rebate", 12.5),
            ("two more DM slots", "dm_slots", 8),
            ("cut the listing fee by 500", "listing_fee", 1_500),
            ("payment days 5 fewer", "payment_days", 55),
            ("rebate to 11%", "rebate", 11),
            ("返利最多给11个点", "rebate", 11),
            ("DM至少6档", "dm_slots", 6),
        ] as [(String, String, Double)])
    func readAgainstTheStandingOffer(text: String, term: String, value: Double) throws {
        let scenario = try #require(Self.scenario)
        let utterance = Utterance.parse(text, terms: scenario.terms, standing: scenario.referencePackage)
        #expect(utterance.move == .offer(terms: [TermValue(term, value)]))
    }

    @Test func withoutAStandingOfferTheNumberIsTheValue() throws {
        let scenario = try #require(Self.scenario)
        #expect(Utterance.parse("DM多给两档", terms: scenario.terms).move == .offer(terms: [TermValue("dm_slots", 2)]))
    }

    @Test(arguments: [
        ("店庆费免了", "anniversary_fee"), ("进场费不给", "listing_fee"), ("waive the listing fee", "listing_fee"),
        ("no anniversary fee", "anniversary_fee"),
    ])
    func aWaivedFeeIsItsLowEnd(text: String, term: String) throws {
        let scenario = try #require(Self.scenario)
        #expect(Utterance.parse(text, terms: scenario.terms).move == .offer(terms: [TermValue(term, 0)]))
    }

    @Test func aWaiverDoesNotHideAMissingValue() throws {
        let scenario = try #require(Self.scenario)
        #expect(Utterance.parse("返利", terms: scenario.terms).problem == .valueMissing(term: "年度返利"))
        #expect(
            Utterance.parse("返利5个点,店庆费免了", terms: scenario.terms).move
                == .offer(terms: [TermValue("rebate", 5), TermValue("anniversary_fee", 0)]))
    }

    @Test func aConditionalWhoseIfClauseIsTheTraineesGiveIsReadTheRightWayRound() throws {
        let scenario = try #require(Self.scenario)
        let standing = scenario.referencePackage
        // rebate 12 → 13 gives the buyer more; 6 → 8 DM slots asks it for more space
        #expect(
            Utterance.parse("如果返利13个点,DM要给8档", terms: scenario.terms, standing: standing).move
                == .conditional(give: [TermValue("rebate", 13)], get: [TermValue("dm_slots", 8)]))
        // the usual way round stays as it is
        #expect(
            Utterance.parse("如果给我们8档DM,返利可以到13个点", terms: scenario.terms, standing: standing).move
                == .conditional(give: [TermValue("rebate", 13)], get: [TermValue("dm_slots", 8)]))
    }
}
