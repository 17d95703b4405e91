@testable import KataEngine
@testable import KataPersona
import Testing

@Suite struct BuyerLinesTests {
    @Test func aScenarioLineReplacesTheDefaultsAndFillsItsPlaceholders() {
        var scenario = EngineFixture.scenario()
        scenario.persona.lines[.tactic(.competitorClaim)] = LocalizedLines(zh: ["{competitor}给{retailer}的{term}是{value}。"])
        let speech = Speech(key: .tactic(.competitorClaim), variant: 7, term: "rebate", value: 6.5, competitor: "维达")
        #expect(BuyerLines.text(speech, scenario: scenario, language: .zh) == "维达给家乐福的年度返利是6.5%。")
        // the other language keeps the built-in lines, with units in that language
        let english = BuyerLines.text(speech, scenario: scenario, language: .en)
        #expect(english.contains("维达") && english.contains("6.5%") && english.contains("annual rebate"))
    }

    @Test func valuesRenderInTheirUnits() {
        let scenario = EngineFixture.scenario()
        let lines = DefaultLines.lines(for: .reply(.termAgreed), in: .zh)
        let speech = Speech(key: .reply(.termAgreed), variant: 0, term: "listing_fee", value: 8_000)
        let text = BuyerLines.text(speech, scenario: scenario, language: .zh)
        #expect(text.contains("8,000元"))
        #expect(text.contains("进场费"))
        #expect(!lines.isEmpty)
    }

    @Test func aSessionUsesTheScenarioLines() throws {
        var scenario = EngineFixture.scenario()
        scenario.persona.lines[.reply(.greet)] = LocalizedLines(zh: ["欢迎,{buyer}在此。"])
        let (_, events) = Session.start(scenario, seed: 1)
        guard case .demand(_, let speech)? = events.last?.kind else {
            Issue.record("no greeting")
            return
        }
        #expect(BuyerLines.text(speech, scenario: scenario, language: .zh) == "欢迎,王经理在此。")
    }
}
