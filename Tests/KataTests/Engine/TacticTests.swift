@testable import KataEngine
@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// Each tactic, triggered by a scripted session against a persona that has only that tactic (weight
/// 1): its effect on the session, its line, and its truth flag.
@Suite struct TacticTests {
    typealias F = EngineFixture

    /// The one use of `tactic` among the last events, with its line rendered.
    static func use(_ tactic: TacticID, in driver: Driver, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> TacticUse
    {
        let use = try #require(
            driver.tactics.first { $0.tactic == tactic }, "\(tactic) did not fire", sourceLocation: sourceLocation)
        // the tactic's own lines, or a colleague's when one speaks
        #expect(use.speech.key == .tactic(tactic) || use.speech.speaker != nil, sourceLocation: sourceLocation)
        let text = driver.text(use.speech)
        #expect(!text.isEmpty && !text.contains("{"), "unfilled line: \(text)", sourceLocation: sourceLocation)
        return use
    }

    @Test func firstOfferFlinchRefusesEveryFirstOfferOnATerm() throws {
        var driver = Driver(F.only(.firstOfferFlinch))
        let before = driver.state.demand
        driver.play(.offer(("rebate", 3)))
        let use = try Self.use(.firstOfferFlinch, in: driver)
        #expect(use.effect == .refused)
        #expect(use.truthful == nil)
        #expect(use.speech.term == "rebate" && use.speech.value == 3)
        #expect(driver.state.demand == before, "a flinch does not move")
        driver.play(.hold)
        driver.play(.offer(("rebate", 4)))
        #expect(driver.tactics.isEmpty, "not on a term already offered")
        driver.play(.hold)
        driver.play(.offer(("listing_fee", 3_000)))
        #expect(try Self.use(.firstOfferFlinch, in: driver).effect == .refused, "again on a new term")
    }

    @Test func competitorBluffRaisesTheDemandAndChallengingItWeakensTheBuyer() throws {
        var driver = Driver(F.only(.competitorClaim, bluffs: true))
        driver.play(.offer(("rebate", 3)))
        let use = try Self.use(.competitorClaim, in: driver)
        #expect(use.truthful == false)
        guard case .raised(let term, let from, let to) = use.effect else {
            Issue.record("a bluff names more than the demand: \(use.effect)")
            return
        }
        #expect(to > from && use.speech.term == term && use.speech.value == to && use.speech.competitor != nil)
        let leanBefore = driver.state.lean
        let claimed = driver.utility.utility(of: driver.state.demand)
        driver.play(.challenge)
        #expect(
            driver.last.contains {
                $0.kind == .challenged(tactic: .competitorClaim, truthful: false, speech: Self.speech(in: driver.last))
            })
        #expect(driver.state.lean > leanBefore)
        #expect(driver.utility.utility(of: driver.state.demand) < claimed)
        #expect(driver.state.openClaim == nil)
    }

    @Test func aTrueCompetitorClaimChallengedStandsFirm() throws {
        var driver = Driver(F.only(.competitorClaim, bluffs: false))
        driver.play(.offer(("rebate", 3)))
        let use = try Self.use(.competitorClaim, in: driver)
        #expect(use.truthful == true)
        let demand = driver.state.demand
        let lean = driver.state.lean
        driver.play(.challenge)
        #expect(driver.last.contains { if case .challenged(.competitorClaim, true, _) = $0.kind { true } else { false } })
        #expect(driver.state.demand == demand)
        #expect(driver.state.lean <= lean)
    }

    @Test func delistThreatFollowsHoldsAndRaisesThePressure() throws {
        var driver = Driver(F.only(.delistThreat, afterHolds: 2))
        driver.play(.offer(("rebate", 3)))
        driver.play(.hold)
        #expect(driver.tactics.isEmpty)
        let lean = driver.state.lean
        driver.play(.hold)
        let use = try Self.use(.delistThreat, in: driver)
        guard case .raised(_, let from, let to) = use.effect else {
            Issue.record("a threat asks for more: \(use.effect)")
            return
        }
        #expect(to > from)
        // the buyer's own threat does not change how it reads the trainee; the answer to it will
        #expect(driver.state.lean == lean)
        #expect(use.truthful == false)
        // a bluff is never carried out
        let slots = driver.state.offer[F.dmSlots]
        driver.play(.hold)
        #expect(driver.state.offer[F.dmSlots] == slots)
    }

    /// DESIGN §6: a true threat is carried out when the trainee keeps holding — a promotion slot comes
    /// off the table, in the offer and the demand; giving something answers it.
    @Test func aTrueDelistThreatIsCarriedOutWhenTheTraineeKeepsHolding() throws {
        let scenario = F.only(.delistThreat, bluffs: false, afterHolds: 2)
        var holding = Driver(scenario)
        holding.play(.offer(("rebate", 3), ("dm_slots", 6)))
        holding.play(.hold)
        holding.play(.hold)
        #expect(try Self.use(.delistThreat, in: holding).truthful == true)
        holding.play(.hold)
        let cut = try #require(holding.tactics.first { if case .cut = $0.effect { true } else { false } })
        #expect(cut.effect == .cut(term: "dm_slots", from: 6, to: 5))
        #expect(holding.state.offer[F.dmSlots] == 5 && holding.state.demand[F.dmSlots] <= 5)
        #expect(cut.speech.key == .reply(.threatCarriedOut) && holding.text(cut.speech).contains("5"))

        var trading = Driver(scenario)
        trading.play(.offer(("rebate", 3), ("dm_slots", 6)))
        trading.play(.hold)
        trading.play(.hold)
        trading.play(.offer(("rebate", 3.5)))
        #expect(!trading.tactics.contains { if case .cut = $0.effect { true } else { false } })
        #expect(trading.state.offer[F.dmSlots] == 6)
    }

    @Test func renamedFeeAsksForSettledMoneyUnderAnotherName() throws {
        var driver = Driver(F.only(.renamedFee))
        driver.play(.offer(("listing_fee", 2_000)))
        driver.play(.agree(term: "listing_fee"))
        let use = try Self.use(.renamedFee, in: driver)
        guard case .renamed(let settled, let term, let from, let to, let amount) = use.effect else {
            Issue.record("\(use.effect)")
            return
        }
        #expect(settled == "listing_fee")
        #expect(term == "dm_fee", "the money goes to a lawful fee: the anniversary fee is barred")
        #expect(to > from && amount > 0)
        #expect(driver.state.demand[F.dmFee] == to)
        #expect(use.speech.fee != nil)
    }

    @Test func matchOtherRetailerClaimsWhatAnotherChainGot() throws {
        var driver = Driver(F.only(.matchOtherRetailer, bluffs: true))
        driver.play(.offer(("rebate", 3)))
        let use = try Self.use(.matchOtherRetailer, in: driver)
        #expect(use.truthful == false && use.speech.otherRetailer != nil)
        let before = driver.utility.utility(of: driver.state.demand)
        driver.play(.challenge)
        #expect(driver.utility.utility(of: driver.state.demand) < before)
    }

    /// With the supplier's own terms elsewhere in the scenario, the buyer quotes one that beats the
    /// offer: truly (the demand rises to it and a challenge leaves it), or one step too high (a bluff).
    @Test func matchOtherRetailerQuotesTheSuppliersOwnTerms() throws {
        func scenario(bluffs: Bool) -> Scenario {
            var scenario = F.only(.matchOtherRetailer, bluffs: bluffs)
            scenario.persona.tactics[0].elsewhere = [OtherContract(retailer: "大润发", term: F.listing, value: 16_000)]
            return scenario
        }
        var honest = Driver(scenario(bluffs: false))
        honest.play(.offer(("rebate", 3), ("listing_fee", 4_000)))
        let use = try Self.use(.matchOtherRetailer, in: honest)
        #expect(use.truthful == true && use.speech.otherRetailer == "大润发")
        #expect(use.speech.term == "listing_fee" && use.speech.value == 16_000)
        #expect(honest.state.demand[F.listing] >= 16_000)
        #expect(honest.text(use.speech).contains("大润发"))

        var bluffing = Driver(scenario(bluffs: true))
        bluffing.play(.offer(("rebate", 3), ("listing_fee", 4_000)))
        let misquote = try Self.use(.matchOtherRetailer, in: bluffing)
        #expect(misquote.truthful == false && misquote.speech.value == 16_500)
        // challenged, the buyer gives the true figure of the supplier's own contract
        let corrected = bluffing.play(.challenge)
        let correction = try #require(
            corrected.compactMap { if case .challenged(_, false, let speech) = $0.kind { speech } else { nil } }.first)
        #expect(correction.key == .reply(.quoteCorrected) && correction.value == 16_000 && correction.otherRetailer == "大润发")
        let confirmed = honest.play(.challenge)
        #expect(
            confirmed.contains {
                if case .challenged(_, true, let speech) = $0.kind { speech.key == .reply(.quoteConfirmed) } else { false }
            })
        // nothing to quote once the offer matches what the supplier gave elsewhere
        var matched = Driver(scenario(bluffs: false))
        matched.play(.offer(("rebate", 3), ("listing_fee", 16_000)))
        #expect(!matched.tactics.contains { $0.tactic == .matchOtherRetailer })
    }

    /// Issue 9: a claim never cites an unlawful value as true (85 days when the law says 60).
    @Test func aTrueClaimNeverCitesAnUnlawfulValue() throws {
        var unlawfulClaims = 0
        for seed in UInt64(1)...30 {
            // the buyer's hardest push is its 90 payment days, past the legal 60; its claims are never true
            var driver = Driver(F.only(.competitorClaim, bluffs: false), seed: seed)
            driver.play(
                .offer(("rebate", 8), ("listing_fee", 15_000), ("dm_fee", 4_000), ("anniversary_fee", 0), ("payment_days", 30)))
            for use in driver.tactics {
                let index = try #require(driver.state.scenario.terms.firstIndex { $0.id == use.speech.term })
                let term = driver.state.scenario.terms[index]
                if term.breaksRule(use.speech.value ?? 0) {
                    unlawfulClaims += 1
                    #expect(use.truthful == false, "true claim of \(term.id) at \(use.speech.value ?? 0)")
                }
            }
        }
        #expect(unlawfulClaims > 0)
    }

    @Test func higherAuthorityAsksMoreInsteadOfAccepting() throws {
        var driver = Driver(F.only(.higherAuthority, bluffs: true))
        let opening = driver.state.scenario.persona.opening
        let everything = driver.state.scenario.terms.indices.map { TermValue(driver.state.scenario.terms[$0].id, opening[$0]) }
        driver.play(.offer(("rebate", 3)))
        driver.play(.offer(terms: everything))
        let use = try Self.use(.higherAuthority, in: driver)
        #expect(use.truthful == false)
        #expect(!driver.state.isOver)
        #expect(driver.utility.utility(of: driver.state.demand) > driver.utility.utility(of: driver.state.offer))
        // called out, the buyer signs the trainee's proposal after all
        driver.play(.challenge)
        #expect(driver.state.outcome?.ending == .deal)
        #expect(driver.state.outcome?.package == driver.state.offer)
    }

    @Test func bossSqueezeDemandsMoreWhenTheManagerComes() throws {
        var driver = Driver(F.only(.bossSqueeze))
        driver.play(.offer(("rebate", 3)))
        let before = driver.state.demand
        driver.play(.escalate)
        let use = try Self.use(.bossSqueeze, in: driver)
        guard case .raised(let term, let from, let to) = use.effect else {
            Issue.record("\(use.effect)")
            return
        }
        #expect(before[F.rebate] == from || term != "rebate")
        #expect(to > from)
        #expect(driver.play(.escalate).first?.kind == .rejected(move: .escalate, reason: .alreadyEscalated))
        // without the tactic, bringing the manager softens the buyer a little
        var plain = Driver(F.scenario())
        plain.play(.offer(("rebate", 3)))
        plain.play(.escalate)
        #expect(plain.state.lean > 0)
    }

    @Test func trueTimePressureWalksAtTheDeadline() throws {
        var driver = Driver(F.only(.timePressure, bluffs: false, afterRound: 2))
        driver.play(.offer(("rebate", 3)))
        driver.play(.hold)
        let use = try Self.use(.timePressure, in: driver)
        #expect(use.truthful == true)
        #expect(use.effect == .deadline(round: 4))
        while !driver.state.isOver { driver.play(.hold) }
        #expect(driver.state.outcome?.ending == .buyerWalked)
        #expect(driver.state.outcome?.rounds == 5)
    }

    @Test func aDeadlineBluffCalledIsLifted() throws {
        var driver = Driver(F.only(.timePressure, bluffs: true, afterRound: 2))
        driver.play(.offer(("rebate", 3)))
        driver.play(.hold)
        #expect(try Self.use(.timePressure, in: driver).truthful == false)
        driver.play(.challenge)
        #expect(driver.state.deadline == nil)
        #expect(
            driver.state.walkRound == driver.state.scenario.persona.patience
                + SessionState.patienceJitter(seed: driver.state.seed))
    }

    /// DESIGN §6: `stall` and `higher_authority` bring a colleague who speaks in their own name and
    /// reopens or re-asks a named term.
    @Test func aColleagueComesInAndSpeaksInTheirOwnVoice() throws {
        var scenario = F.only(.stall, afterRound: 3)
        scenario.persona.colleagues = [Colleague(name: "刘总监", role: "采购总监")]
        var reopened = Driver(scenario)
        reopened.play(.agree(term: "rebate"))
        reopened.play(.offer(("listing_fee", 3_000)))
        reopened.play(.hold)
        let reopen = try Self.use(.stall, in: reopened)
        #expect(reopen.effect == .reopened(term: "rebate"))
        #expect(reopen.speech.speaker == 0 && reopen.speech.key == .reply(.colleagueReopens))
        #expect(reopened.text(reopen.speech).contains("年度返利"))

        var asked = Driver(scenario)
        asked.play(.offer(("rebate", 3)))
        asked.play(.hold)
        asked.play(.hold)
        let ask = try Self.use(.stall, in: asked)
        guard case .raised(let term, let from, let to) = ask.effect else {
            Issue.record("with nothing settled, the colleague asks more: \(ask.effect)")
            return
        }
        #expect(to > from && ask.speech.term == term && ask.speech.value == to)
        #expect(ask.speech.key == .reply(.colleagueAsks) && ask.speech.speaker == 0)

        var director = F.only(.higherAuthority)
        director.persona.colleagues = [Colleague(name: "Mark Chen", role: "Merchandise Director")]
        var approval = Driver(director)
        let opening = director.persona.opening
        approval.play(.offer(("rebate", 3)))
        approval.play(.offer(terms: director.terms.indices.map { TermValue(director.terms[$0].id, opening[$0]) }))
        let use = try Self.use(.higherAuthority, in: approval)
        #expect(use.speech.speaker == 0 && use.speech.key == .reply(.colleagueAsks))
    }

    @Test func stallReopensASettledTermOrLosesARound() throws {
        var driver = Driver(F.only(.stall, afterRound: 3))
        driver.play(.agree(term: "rebate"))
        driver.play(.offer(("listing_fee", 3_000)))
        driver.play(.hold)
        let use = try Self.use(.stall, in: driver)
        #expect(use.effect == .reopened(term: "rebate"))
        #expect(!driver.state.agreed[F.rebate])

        var postponed = Driver(F.only(.stall, afterRound: 2))
        postponed.play(.offer(("rebate", 3)))
        let demand = postponed.state.demand
        postponed.play(.hold)
        #expect(try Self.use(.stall, in: postponed).effect == .postponed)
        #expect(postponed.state.demand == demand)
    }

    @Test func repeatObjectionSaysTheSameThingAgain() throws {
        var driver = Driver(F.only(.repeatObjection, afterHolds: 1))
        driver.play(.offer(("rebate", 3)))
        driver.play(.hold)
        let first = try Self.use(.repeatObjection, in: driver)
        driver.play(.hold)
        let second = try Self.use(.repeatObjection, in: driver)
        #expect(first.speech == second.speech)
        #expect(first.effect == .pressed)
    }

    @Test func volumePromiseAsksForADeeperRebate() throws {
        var driver = Driver(F.only(.volumePromise, bluffs: true))
        driver.play(.offer(("rebate", 3)))
        driver.play(.hold)
        let use = try Self.use(.volumePromise, in: driver)
        #expect(use.truthful == false)
        #expect(use.speech.volume != nil)
        guard case .raised(let term, let from, let to) = use.effect else {
            Issue.record("\(use.effect)")
            return
        }
        #expect(term == "rebate" && to == from + 1)
    }

    @Test func ownCalculationStatesAWrongMarginThatCalcDisproves() throws {
        var driver = Driver(F.only(.ownCalculation))
        driver.play(.offer(("rebate", 3)))
        driver.play(.hold)
        let use = try Self.use(.ownCalculation, in: driver)
        #expect(use.truthful == false)
        guard case .miscalculated(let claimed, let actual) = use.effect else {
            Issue.record("\(use.effect)")
            return
        }
        let margin = Economics(driver.state.offer, in: driver.state.scenario).margin * 100
        #expect(abs(actual - margin) < 1e-9)
        #expect(claimed >= actual + 4 - 1e-9)
        #expect(use.speech.margin == claimed)
        driver.play(.challenge)
        #expect(driver.last.contains { if case .challenged(.ownCalculation, false, _) = $0.kind { true } else { false } })
    }

    @Test func promotionPushSellsPaidPromotionSpace() throws {
        var driver = Driver(F.only(.promotionPush))
        driver.play(.offer(("dm_slots", 6)))
        let use = try Self.use(.promotionPush, in: driver)
        #expect(use.effect == .raised(term: "dm_fee", from: driver.state.demand[F.dmFee] - 200, to: driver.state.demand[F.dmFee]))
    }

    @Test func easyGiveProbeAsksForMoreAfterAnEasyGive() throws {
        var driver = Driver(F.only(.easyGiveProbe))
        driver.play(.offer(("rebate", 6)))
        let use = try Self.use(.easyGiveProbe, in: driver)
        guard case .raised(_, let from, let to) = use.effect else {
            Issue.record("\(use.effect)")
            return
        }
        #expect(to > from)
        #expect(driver.state.lean < -0.01)
    }

    @Test func finalNibbleAsksOneMoreThingAfterDeal() throws {
        var refused = Driver(F.only(.finalNibble))
        let demand = refused.state.demand
        refused.play(.accept)
        let use = try Self.use(.finalNibble, in: refused)
        guard case .nibbled(let term, let from, let to) = use.effect, case .nibble(let base, let extra) = refused.state.phase
        else {
            Issue.record("\(use.effect) \(refused.state.phase)")
            return
        }
        #expect(base == demand && to > from && extra != base)
        #expect(use.speech.term == term)
        refused.play(.hold)
        #expect(refused.state.outcome?.package == base, "refused, the buyer signs the deal as it was")

        var given = Driver(F.only(.finalNibble))
        given.play(.accept)
        given.play(.accept)
        #expect(given.state.outcome?.package == extra)
    }

    @Test func everyTacticHasATestAbove() {
        // the fifteen ids of DESIGN §6
        #expect(TacticID.allCases.count == 15)
    }

    static func speech(in events: [Event]) -> Speech {
        for event in events { if case .challenged(_, _, let speech) = event.kind { return speech } }
        return Speech(key: .reply(.bluffCalled))
    }
}
