@testable import KataEngine
@testable import KataPersona
import KataTerms
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

    /// A speech without the values a drawn line needs takes the next line that needs none: no holes
    /// such as `我要，回去好好算算。`.
    @Test(arguments: [Language.zh, .en])
    func aLineNeverHasAHole(_ language: Language) {
        let scenario = EngineFixture.scenario()
        let count = DefaultLines.lines(for: .reply(.counter), in: language).count
        for variant in 0..<count {
            let text = BuyerLines.text(Speech(key: .reply(.counter), variant: variant), scenario: scenario, language: language)
            let whole = DefaultLines.lines(for: .reply(.counter), in: language).filter { BuyerLines.placeholders(in: $0).isEmpty }
            #expect(whole.contains(text), "variant \(variant): “\(text)”")
        }
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
