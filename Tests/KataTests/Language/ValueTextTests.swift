@testable import KataEngine
@testable import KataLanguage
@testable import KataScenario
import Testing

/// One number grammar: every way of writing a value reads the same through `kata calc TERM=VALUE`
/// (and the REPL's `calc`) as in what the trainee says in the REPL, against carrefour-annual
/// (返利 0–20 % step 0.5, 进场费 0–20,000 step 500, 账期 30–90 days step 5, DM 0–12, 端架 months).
@Suite struct ValueTextTests {
    static let scenario: Scenario? = try? ShippedScenarioTests.load("carrefour-annual")

    /// One way of writing a value for a term: `name=text` for calc, `nametext` said in the REPL.
    struct Form: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var term: String
        var value: Double

        init(_ name: String, _ text: String, _ term: String, _ value: Double) {
            self.name = name
            self.text = text
            self.term = term
            self.value = value
        }

        var testDescription: String { "\(name) \(text) = \(value)" }
    }

    static let forms: [Form] = [
        // percent: digits, %, 个点, 点, 个百分点, 百分之, Chinese numerals, halves
        Form("返利", "5", "rebate", 5), Form("返利", "5%", "rebate", 5), Form("返利", "5％", "rebate", 5),
        Form("返利", "5个点", "rebate", 5), Form("返利", "5点", "rebate", 5), Form("返利", "5个百分点", "rebate", 5),
        Form("返利", "5 percent", "rebate", 5), Form("返利", "13.5%", "rebate", 13.5), Form("返利", "五个点", "rebate", 5),
        Form("返利", "十二", "rebate", 12), Form("返利", "十二个点", "rebate", 12), Form("返利", "五点五", "rebate", 5.5),
        Form("返利", "百分之五", "rebate", 5), Form("返利", "半个点", "rebate", 0.5), Form("返利", "五个半点", "rebate", 5.5),
        Form("返利", "13个半点", "rebate", 13.5),
        // money: digits, 元, thousands commas, ¥, 千 and 万 after digits or numerals, 2千5, k
        Form("进场费", "8000", "listing_fee", 8_000), Form("进场费", "8000元", "listing_fee", 8_000),
        Form("进场费", "8,000元", "listing_fee", 8_000), Form("进场费", "¥8000", "listing_fee", 8_000),
        Form("进场费", "8千", "listing_fee", 8_000), Form("进场费", "八千", "listing_fee", 8_000),
        Form("进场费", "两千", "listing_fee", 2_000), Form("进场费", "2千5", "listing_fee", 2_500),
        Form("进场费", "1.5万", "listing_fee", 15_000), Form("进场费", "一万五", "listing_fee", 15_000),
        Form("进场费", "8k", "listing_fee", 8_000),
        // days: digits, 天, days, numerals, months as 30 days each, half months
        Form("账期", "60", "payment_days", 60), Form("账期", "60天", "payment_days", 60),
        Form("账期", "60 days", "payment_days", 60), Form("账期", "六十天", "payment_days", 60),
        Form("账期", "两个月", "payment_days", 60), Form("账期", "两个半月", "payment_days", 75),
        Form("账期", "三个月", "payment_days", 90),
        // slots and months of a slot term
        Form("DM", "6", "dm_slots", 6), Form("DM", "6档", "dm_slots", 6), Form("DM", "六档", "dm_slots", 6),
        Form("DM", "两", "dm_slots", 2), Form("DM", "十二", "dm_slots", 12), Form("DM", "6个", "dm_slots", 6),
        Form("端架", "两个月", "endcap_months", 2), Form("端架", "3个月", "endcap_months", 3),
    ]

    @Test(arguments: forms)
    func calcAndTheREPLReadTheSameValue(_ form: Form) throws {
        let scenario = try #require(Self.scenario)
        let assignment = try TermAssignment.parse("\(form.name)=\(form.text)", in: scenario)
        #expect(scenario.terms[assignment.term].id == form.term)
        #expect(assignment.value == form.value)
        let said = Utterance.parse("\(form.name)\(form.text)", terms: scenario.terms)
        #expect(said.move == .offer(terms: [TermValue(form.term, form.value)]), "\(said)")
    }

    @Test func planReadsItsValuesTheSameWay() throws {
        let terms = try #require(Self.scenario).terms
        let plan = PlanText.parse("账期 两个月/75天/三个月, 返利 十一/12.5/十三个半点", terms: terms)
        let entries = [
            PlanEntry(term: "payment_days", opening: 60, target: 75, walkAway: 90),
            PlanEntry(term: "rebate", opening: 11, target: 12.5, walkAway: 13.5),
        ]
        #expect(plan == .entries(entries))
        #expect(PlanText.parse("返利 11/12/13天", terms: terms) == .problem(.unitMismatch(term: "年度返利", value: "13天")))
    }
}
