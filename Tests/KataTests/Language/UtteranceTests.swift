@testable import KataEngine
@testable import KataLanguage
import Testing

/// Free text and commands against the shipped scenarios' terms: every input must give exactly the
/// `Move` (and eagerness) of its row, or be refused with the row's `problem`.
///
/// `zh` rows read against `carrefour-annual` (Chinese names: 年度返利/返利/年返/返点, 进场费, 条码费,
/// DM档期/DM/海报/档期, DM费/海报费, 端架月数/端架, 端架费, 店庆费, 账期); `en` rows against
/// `walmart-edlp` (invoice_discount: price/discount/off invoice, dc_fee: dc/logistics, growth_rebate:
/// rebate, payment_days: payment/days, rollback_events: rollback(s)/events); `zhIDs` rows are English
/// text against `carrefour-annual`, naming its terms by id.
@Suite struct UtteranceTests {
    // MARK: Chinese

    static let chinese: [Row] = [
        // numbers: digits, decimals, %, 个点, 点, 个百分点, 百分之, Chinese numerals
        Row(zh, "返利5个点", offer(["rebate": 5])),
        Row(zh, "返利最多给5个点", offer(["rebate": 5])),
        Row(zh, "返点5点", offer(["rebate": 5])),
        Row(zh, "年返五个点", offer(["rebate": 5])),
        Row(zh, "年度返利五点五", offer(["rebate": 5.5])),
        Row(zh, "返利降到十二个百分点", offer(["rebate": 12])),
        Row(zh, "返利13.5%", offer(["rebate": 13.5])),
        Row(zh, "返利百分之十三", offer(["rebate": 13])),
        Row(zh, "返利百分之十二点五", offer(["rebate": 12.5])),
        Row(zh, "返利十三个半点", offer(["rebate": 13.5])),
        Row(zh, "13个点的返利", offer(["rebate": 13])),
        Row(zh, "进场费降到8千", offer(["listing_fee": 8_000])),
        Row(zh, "进场费8000元", offer(["listing_fee": 8_000])),
        Row(zh, "进场费1.5万", offer(["listing_fee": 15_000])),
        Row(zh, "进场费2千5", offer(["listing_fee": 2_500])),
        Row(zh, "¥8000进场费", offer(["listing_fee": 8_000])),
        Row(zh, "上架费一万五", offer(["listing_fee": 15_000])),
        Row(zh, "DM费三千五", offer(["dm_fee": 3_500])),
        Row(zh, "海报费2,500元", offer(["dm_fee": 2_500])),
        Row(zh, "端架费6万", offer(["endcap_fee": 60_000])),
        Row(zh, "条码费按成本300块", offer(["barcode_fee": 300])),
        Row(zh, "店庆费为零", offer(["anniversary_fee": 0])),
        Row(zh, "账期60天", offer(["payment_days": 60])),
        Row(zh, "最后报价", .final(terms: [])),
        Row(zh, "这是我们的最终报价,返利12个点", .final(terms: [TermValue("rebate", 12)])),
        Row(zh, "店庆费是违规收费,我们不能付", .cite(term: "anniversary_fee")),
        Row(zh, "条码费超过成本是违规的", .cite(term: "barcode_fee")),
        Row(zh, "账期超过60天违法", .cite(term: "payment_days")),
        Row(zh, "账期六十天", offer(["payment_days": 60])),
        Row(zh, "结款期45天", offer(["payment_days": 45])),
        Row(zh, "账期两个月", offer(["payment_days": 60])),
        // slots and months, the number before or after the term
        Row(zh, "6档DM", offer(["dm_slots": 6])),
        Row(zh, "DM给6档", offer(["dm_slots": 6])),
        Row(zh, "DM6档", offer(["dm_slots": 6])),
        Row(zh, "海报两档", offer(["dm_slots": 2])),
        Row(zh, "端架两个月", offer(["endcap_months": 2])),
        Row(zh, "3个月端架", offer(["endcap_months": 3])),
        Row(zh, "端架档期4个月", offer(["endcap_months": 4])),
        // several terms in one line; a later value for the same term replaces an earlier one
        Row(zh, "返利5个点,DM6档,账期60天", offer(["rebate": 5, "dm_slots": 6, "payment_days": 60])),
        Row(zh, "返利12%、进场费5千、条码费300元", offer(["rebate": 12, "listing_fee": 5_000, "barcode_fee": 300])),
        Row(zh, "返利从16降到13个点", offer(["rebate": 13])),
        Row(zh, "我们可以把返利提到13个点,账期也可以60天", offer(["rebate": 13, "payment_days": 60])),
        // conditionals: 如果…就, 如果…那么, 如果…的话, 只要…就, …的话, …前提是…, no joint word
        Row(zh, "如果给我们6档DM,返利可以到5.5%", when(get: ["dm_slots": 6], give: ["rebate": 5.5])),
        Row(zh, "如果DM给到8档,返利就给13个点", when(get: ["dm_slots": 8], give: ["rebate": 13])),
        Row(zh, "如果端架给4个月,那么账期可以60天", when(get: ["endcap_months": 4], give: ["payment_days": 60])),
        Row(zh, "要是DM能给8档的话,返利13个点", when(get: ["dm_slots": 8], give: ["rebate": 13])),
        Row(zh, "只要给够8档DM,我们就把返利提到13个点", when(get: ["dm_slots": 8], give: ["rebate": 13])),
        Row(zh, "只要端架3个月,返利就可以13.5%", when(get: ["endcap_months": 3], give: ["rebate": 13.5])),
        Row(zh, "DM给8档的话,返利13个点", when(get: ["dm_slots": 8], give: ["rebate": 13])),
        Row(zh, "返利可以到13个点,前提是DM给8档", when(get: ["dm_slots": 8], give: ["rebate": 13])),
        Row(zh, "如果你们给8档DM我们返利给13个点", when(get: ["dm_slots": 8], give: ["rebate": 13])),
        Row(
            zh, "如果DM8档、端架4个月,我们就返利13个点、账期60天",
            when(get: ["dm_slots": 8, "endcap_months": 4], give: ["rebate": 13, "payment_days": 60])),
        Row(zh, "如果你们给8档DM,我们可以把返利提到13个点,账期也可以60天", when(get: ["dm_slots": 8], give: ["rebate": 13, "payment_days": 60])),
        // MESO, agreeing one term
        Row(zh, "offers 返利13个点,DM8档 | 返利12个点,DM6档", meso(["rebate": 13, "dm_slots": 8], ["rebate": 12, "dm_slots": 6])),
        Row(zh, "agree 返利", .agree(term: "rebate")),
        Row(zh, "返利就这么定", .agree(term: "rebate")),
        Row(zh, "账期同意", .agree(term: "payment_days")),
        Row(zh, "DM档期可以,就按你说的", .agree(term: "dm_slots")),
        // intents with no values
        Row(zh, "成交", .accept),
        Row(zh, "同意", .accept),
        Row(zh, "好,就这么定了,签吧", .accept),
        Row(zh, "不行", .hold),
        Row(zh, "返利不能再加了", .hold),
        Row(zh, "返利不可以再高了", .hold),
        Row(zh, "返利一个点都不能再加", .hold),
        Row(zh, "不同意", .hold),
        Row(zh, "太高了", .hold),
        Row(zh, "为什么?", .ask(question: .why)),
        Row(zh, "你们为什么一定要16个点的返利?", .ask(question: .why)),
        Row(zh, "你们最看重什么?", .ask(question: .priorities)),
        Row(zh, "拿出证据来", .challenge),
        Row(zh, "给我看看蓝月亮的合同", .challenge),
        Row(zh, "我得请示一下领导", .escalate),
        Row(zh, "不谈了", .walk),
        Row(zh, "我们不做了,到此为止", .walk),
        // eagerness, alone and with an offer
        Row(zh, "我们非常希望尽快合作", .hold, eager: true),
        Row(zh, "我们非常希望尽快合作,返利可以给到13个点", offer(["rebate": 13]), eager: true),
        Row(zh, "拜托了,账期60天吧", offer(["payment_days": 60]), eager: true),
    ]

    // MARK: English

    static let english: [Row] = [
        // commands and ids against the Chinese scenario: rmb in every form, slots in words
        Row(zhIDs, "offer rebate 5%", offer(["rebate": 5])),
        Row(zhIDs, "offer listing_fee 8000", offer(["listing_fee": 8_000])),
        Row(zhIDs, "listing fee 8k", offer(["listing_fee": 8_000])),
        Row(zhIDs, "listing fee 8,000", offer(["listing_fee": 8_000])),
        Row(zhIDs, "listing fee 8000 yuan", offer(["listing_fee": 8_000])),
        Row(zhIDs, "dm fee 2.5k", offer(["dm_fee": 2_500])),
        Row(zhIDs, "endcap fee 60 thousand", offer(["endcap_fee": 60_000])),
        Row(zhIDs, "6 dm slots", offer(["dm_slots": 6])),
        Row(zhIDs, "two dm slots", offer(["dm_slots": 2])),
        Row(zhIDs, "endcap_months 4", offer(["endcap_months": 4])),
        Row(zhIDs, "rebate 5, dm_slots 6, payment_days 60", offer(["rebate": 5, "dm_slots": 6, "payment_days": 60])),
        Row(zhIDs, "if dm_slots 6 then rebate 5.5", when(get: ["dm_slots": 6], give: ["rebate": 5.5])),
        Row(
            zhIDs, "offers rebate 5, dm_slots 6 | rebate 4, dm_slots 3",
            meso(["rebate": 5, "dm_slots": 6], ["rebate": 4, "dm_slots": 3])),
        Row(zhIDs, "we can do 60 days if you add two DM slots", when(get: ["dm_slots": 2], give: ["payment_days": 60])),
        Row(zhIDs, "agree rebate", .agree(term: "rebate")),
        // numbers: %, percent, points, percentage points, pct, words, days
        Row(en, "offer invoice_discount 4.5%", offer(["invoice_discount": 4.5])),
        Row(en, "invoice discount 4.5", offer(["invoice_discount": 4.5])),
        Row(en, "price cut 4 percent", offer(["invoice_discount": 4])),
        Row(en, "discount 5 points", offer(["invoice_discount": 5])),
        Row(en, "4.5 percentage points off invoice", offer(["invoice_discount": 4.5])),
        Row(en, "5% discount", offer(["invoice_discount": 5])),
        Row(en, "dc fee 3.5%", offer(["dc_fee": 3.5])),
        Row(en, "logistics fee three percent", offer(["dc_fee": 3])),
        Row(en, "growth rebate 1.5 pct", offer(["growth_rebate": 1.5])),
        Row(en, "rebate one point five percent", offer(["growth_rebate": 1.5])),
        Row(en, "dc fee 3 and a half percent", offer(["dc_fee": 3.5])),
        Row(en, "payment 60 days", offer(["payment_days": 60])),
        Row(en, "60 days", offer(["payment_days": 60])),
        Row(en, "sixty days", offer(["payment_days": 60])),
        Row(en, "payment terms 45 days", offer(["payment_days": 45])),
        Row(en, "two rollbacks", offer(["rollback_events": 2])),
        Row(en, "4 rollback events", offer(["rollback_events": 4])),
        Row(en, "two slots", offer(["rollback_events": 2])),
        // several terms
        Row(en, "price 4.5, dc fee 3, rebate 1.5", offer(["invoice_discount": 4.5, "dc_fee": 3, "growth_rebate": 1.5])),
        Row(en, "we can go to 5% off invoice and 3% dc fee", offer(["invoice_discount": 5, "dc_fee": 3])),
        Row(en, "price from 8 down to 5 percent", offer(["invoice_discount": 5])),
        // conditionals: if … then, if …, …, … if …, no joint word, as long as
        Row(en, "if you give us 4 rollbacks then price cut 5%", when(get: ["rollback_events": 4], give: ["invoice_discount": 5])),
        Row(
            en, "if you add two rollback events, we can do 5% off invoice",
            when(get: ["rollback_events": 2], give: ["invoice_discount": 5])),
        Row(
            en, "we can do 60 days if you add two rollback events", when(get: ["rollback_events": 2], give: ["payment_days": 60])),
        Row(en, "5% discount if payment is 45 days", when(get: ["payment_days": 45], give: ["invoice_discount": 5])),
        Row(
            en, "if you give us 4 rollbacks we can do 5% off invoice",
            when(get: ["rollback_events": 4], give: ["invoice_discount": 5])),
        Row(en, "as long as we get 4 rollbacks, price 5%", when(get: ["rollback_events": 4], give: ["invoice_discount": 5])),
        // MESO, agreeing one term
        Row(
            en, "offers price 5, rollbacks 4 | price 4, rollbacks 2",
            meso(["invoice_discount": 5, "rollback_events": 4], ["invoice_discount": 4, "rollback_events": 2])),
        Row(en, "agree dc_fee", .agree(term: "dc_fee")),
        Row(en, "agree payment terms", .agree(term: "payment_days")),
        Row(en, "the dc fee is fine", .agree(term: "dc_fee")),
        // intents with no values
        Row(en, "accept", .accept),
        Row(en, "deal", .accept),
        Row(en, "it's a deal", .accept),
        Row(en, "hold", .hold),
        Row(en, "no", .hold),
        Row(en, "we can't go lower", .hold),
        Row(en, "I don't agree", .hold),
        Row(en, "the price is too high", .hold),
        Row(en, "not even 1% off invoice", .hold),
        Row(en, "ask why", .ask(question: .why)),
        Row(en, "why?", .ask(question: .why)),
        Row(en, "why do you need 8% off invoice?", .ask(question: .why)),
        Row(en, "why not 5% off invoice?", offer(["invoice_discount": 5])),
        Row(en, "ask priorities", .ask(question: .priorities)),
        Row(en, "what matters most to you?", .ask(question: .priorities)),
        Row(en, "challenge", .challenge),
        Row(en, "prove it", .challenge),
        Row(en, "show me the numbers", .challenge),
        Row(en, "escalate", .escalate),
        Row(en, "let me bring in my manager", .escalate),
        // closing: an ultimatum, with or without values
        Row(en, "final", .final(terms: [])),
        Row(en, "this is our final offer: 4% off invoice", .final(terms: [TermValue("invoice_discount", 4)])),
        Row(en, "take it or leave it", .final(terms: [])),
        // citing a rule
        Row(en, "cite payment_days", .cite(term: "payment_days")),
        Row(en, "90 payment days is illegal", .cite(term: "payment_days")),
        Row(en, "walk", .walk),
        Row(en, "we walk", .walk),
        Row(en, "we're walking away", .walk),
        Row(en, "no deal, we're done", .walk),
        // eagerness, alone and with an offer
        Row(en, "we really need this deal", .hold, eager: true),
        Row(en, "we really need this deal, 5% off invoice", offer(["invoice_discount": 5]), eager: true),
    ]

    // MARK: Refused

    static let refused: [Row] = [
        Row(zh, "", refused: .notUnderstood),
        Row(zh, "   ", refused: .notUnderstood),
        Row(zh, "你好", refused: .notUnderstood),
        Row(zh, "今天天气不错", refused: .notUnderstood),
        Row(zh, "asdf qwer", refused: .notUnderstood),
        Row(zh, "返利", refused: .valueMissing(term: "年度返利")),
        Row(zh, "进场费再商量", refused: .valueMissing(term: "进场费")),
        Row(zh, "如果多给DM档期,返利可以商量", refused: .valueMissing(term: "DM档期")),
        Row(zh, "6档", refused: .termMissing(value: "6档")),
        Row(zh, "8千", refused: .termMissing(value: "8千")),
        Row(zhIDs, "two slots", refused: .termMissing(value: "two slots")),
        Row(zh, "返利8千", refused: .unitMismatch(term: "年度返利", value: "8千")),
        Row(zh, "账期5个点", refused: .unitMismatch(term: "账期", value: "5个点")),
        Row(zh, "进场费60天", refused: .unitMismatch(term: "进场费", value: "60天")),
        Row(en, "hello", refused: .notUnderstood),
        Row(en, "lorem ipsum dolor", refused: .notUnderstood),
        Row(en, "can we talk about something else", refused: .notUnderstood),
        Row(en, "price", refused: .valueMissing(term: "Invoice discount")),
        Row(en, "if you give us more rollbacks, we can lower the price", refused: .valueMissing(term: "Rollback events")),
        Row(en, "5", refused: .termMissing(value: "5")),
        Row(en, "5%", refused: .termMissing(value: "5%")),
        Row(en, "8k", refused: .termMissing(value: "8k")),
        Row(en, "dc fee 60 days", refused: .unitMismatch(term: "DC logistics fee", value: "60 days")),
        Row(en, "payment 5%", refused: .unitMismatch(term: "Payment days", value: "5%")),
    ]

    // MARK: Tests

    @Test(arguments: chinese) func chineseInput(_ row: Row) throws { try check(row) }
    @Test(arguments: english) func englishInput(_ row: Row) throws { try check(row) }
    @Test(arguments: refused) func refusedInput(_ row: Row) throws { try check(row) }

    /// The table is as large as the issue asks and each half is in its own language.
    @Test func tableCoversBothLanguages() {
        func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        #expect(Self.chinese.count >= 45)
        #expect(Self.english.count >= 45)
        #expect(Self.refused.count >= 15)
        #expect(Self.chinese.allSatisfy { isChinese($0.text) })
        #expect(Self.english.allSatisfy { !isChinese($0.text) })
        #expect((Self.chinese + Self.english).allSatisfy { $0.move != nil })
        #expect(Self.refused.allSatisfy { $0.move == nil && $0.problem != nil })
    }

    private func check(_ row: Row) throws {
        let terms = try ShippedScenarioTests.load(row.scenario).terms
        let utterance = Utterance.parse(row.text, terms: terms)
        #expect(utterance.move == row.move)
        #expect(utterance.eager == row.eager)
        #expect(utterance.problem == row.problem)
    }

    // MARK: Table helpers

    /// One input and what it must give.
    struct Row: Sendable, CustomTestStringConvertible {
        var scenario: String
        var text: String
        var move: Move?
        var eager = false
        var problem: Utterance.Problem?

        init(_ scenario: String, _ text: String, _ move: Move, eager: Bool = false) {
            self.scenario = scenario
            self.text = text
            self.move = move
            self.eager = eager
        }

        init(_ scenario: String, _ text: String, refused problem: Utterance.Problem) {
            self.scenario = scenario
            self.text = text
            self.problem = problem
        }

        var testDescription: String { "\(scenario): \"\(text)\"" }
    }

    static let zh = "carrefour-annual"
    static let zhIDs = "carrefour-annual"
    static let en = "walmart-edlp"

    static func offer(_ values: KeyValuePairs<String, Double>) -> Move { .offer(terms: list(values)) }

    static func when(get: KeyValuePairs<String, Double>, give: KeyValuePairs<String, Double>) -> Move {
        .conditional(give: list(give), get: list(get))
    }

    static func meso(_ options: KeyValuePairs<String, Double>...) -> Move { .meso(options: options.map(list)) }

    private static func list(_ values: KeyValuePairs<String, Double>) -> [TermValue] {
        values.map { TermValue($0.key, $0.value) }
    }
}

/// Issue 10 part 4: no line can make the reader slow; an over-long one is refused with a message.
@Suite struct UtteranceBoundsTests {
    @Test func aLineOfRepeatedConditionsIsReadQuickly() throws {
        let terms = try ShippedScenarioTests.load("carrefour-annual").terms
        let line = String(repeating: "如果，", count: 166)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Utterance.parse(line, terms: terms) }
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test func anOverlongLineIsRefusedWithItsLength() throws {
        let line = String(repeating: "返", count: Utterance.maximumLength + 1)
        let utterance = Utterance.parse(line, terms: try ShippedScenarioTests.load("carrefour-annual").terms)
        #expect(utterance.move == nil)
        #expect(utterance.problem == .tooLong(characters: Utterance.maximumLength + 1))
        #expect(utterance.problem?.message(.zh).contains("太长") == true)
    }
}
