import KataAnalysis
import KataPersona
import KataScenario
import KataTerms

/// The words for what a scorecard found, in the reader's language: the scorecard holds kinds and
/// figures only.
extension Scorecard.Loss.Kind {
    /// The loss explained with its figures (`margin 18.2% against a target of 24% (floor 20%)`).
    /// `name` names a term by its id (the scenario's name for it in the reader's language).
    func explained(_ text: UIText, name: (String) -> String = { $0 }) -> String {
        let percent = Format.percent
        let number = { (value: Double) in Format.number(value) }
        switch self {
        case .marginShort(let margin, let target, let floor):
            return text(
                "margin \(percent(margin)) against a target of \(percent(target)) (floor \(percent(floor)))",
                "毛利率 \(percent(margin)),目标 \(percent(target))(底线 \(percent(floor)))")
        case .tradeSpendOver(let rate, let target, let cap):
            return text(
                "trade spend \(percent(rate)) against a target of \(percent(target)) (cap \(percent(cap)))",
                "贸易费用率 \(percent(rate)),目标 \(percent(target))(上限 \(percent(cap)))")
        case .promotionsShort(let slots, let target, let minimum):
            return text(
                "\(number(slots)) promotion slots against a target of \(number(target)) (minimum \(number(minimum)))",
                "促销档期 \(number(slots)),目标 \(number(target))(最少 \(number(minimum)))")
        case .dealBeyondLimits(let margin, let rate, let promotions):
            return text(
                "the deal is past your company's own limits (margin \(percent(margin)), trade spend \(percent(rate)), \(number(promotions)) promotion slots): a deal it would refuse earns no outcome points",
                "成交条件突破了公司底线(毛利率 \(percent(margin)),贸易费用率 \(percent(rate)),促销档期 \(number(promotions))):公司不会接受的协议不得结果分")
        default:
            return summary(text, name: name)
        }
    }

    /// The kind of loss without its figures: how `kata team` names one mistake across sessions.
    func summary(_ text: UIText, name: (String) -> String = { $0 }) -> String {
        switch self {
        case .marginShort: text("margin short of its target", "毛利率未达目标")
        case .tradeSpendOver: text("trade spend above its target", "贸易费用率高于目标")
        case .promotionsShort: text("fewer promotion slots than the target", "促销档期少于目标")
        case .unfinished: text("the session is not finished", "谈判尚未结束")
        case .noDealThoughZOPA(let round):
            if let round {
                text(
                    "no deal, though the buyer's demand of round \(round) was within your limits and lawful: a deal was there to sign",
                    "未成交,但采购第\(round)轮的要求就在你的底线之内且合规:本可以签")
            } else {
                text("no deal, though a deal within your limits existed", "未成交,但本来存在符合你底线的方案")
            }
        case .ruleBroken(let term, let rule):
            text("the deal breaks the law on \(name(term))", "成交条件在\(name(term))上违规")
                + (rule.map { text(": \($0)", ":\($0)") } ?? "")
                + text(" — an unlawful deal earns no outcome points", "——违规的协议不得结果分")
        case .dealBeyondLimits: text("a deal past your company's own limits", "成交条件突破了公司底线")
        case .offerBeyondLimits:
            text(
                "an offer past your company's own limits (margin floor, trade-spend cap or promotion minimum)",
                "报出的方案突破了公司底线(毛利率底线、贸易费用上限或促销最少档期)")
        case .offerBreaksRule(let term): text("an offer that breaks the law on \(name(term))", "报出的方案在\(name(term))上违规")
        case .noProbing: text("proposed without asking first (priorities, why): probe before you open", "开价前没有先探询(优先级、原因):先问再开价")
        case .openingWithoutRoom:
            text("the opening offer left no room: it was already at what the buyer would settle for", "开价没有留空间:一开口就到了采购能接受的位置")
        case .insultingOpening:
            text("the opening offer was so far off that it insulted the buyer and hardened it", "开价离谱,激怒了采购,让对方更强硬")
        case .noOpening: text("never made an offer: the buyer's terms became the opening", "从未报价:采购的条件成了开局")
        case .uncitedUnlawfulDemand(let term):
            text(
                "the buyer asked an unlawful \(name(term)) and you never cited the rule: `\(text("cite \(term)", "\(name(term))违规"))` takes it off the table",
                "采购提出了违规的\(name(term)),你却没有援引法规:用 `\(text("cite \(term)", "\(name(term))违规"))` 让它下桌")
        case .lapsedSignablePackage:
            text(
                "the buyer's last package was within your limits and lawful, and you let it lapse: sign it or answer with a final offer",
                "采购的最后方案在你的底线之内且合规,你却让它作废了:应当签下,或用最终报价回应")
        case .signedPastLimits:
            text("signed the buyer's last package although it was past your limits or the law", "签下了超出底线或违规的采购最后方案")
        case .planOutsideLimits(let term):
            if let term {
                text("the plan's walk-away on \(name(term)) breaks the law", "计划中\(name(term))的底线违规")
            } else {
                text("the plan's walk-aways together go past your company's limits", "计划中的各项底线合起来突破了公司底线")
            }
        case .untradedConcession:
            text(
                "a concession with nothing asked in return (make it conditional: if you give X, we give Y)",
                "让步却没有要任何回报(用条件句:如果你们给X,我们就给Y)")
        case .gaveOnFirstDemand: text("gave ground on the buyer's first demand", "对采购的第一个要求就让了步")
        case .growingConcession:
            text("a concession as large as or larger than the one before: steps should shrink", "让步幅度不小于上一次:让步应当越来越小")
        case .gaveAfterPressure(let tactic, let bluff):
            text(
                "gave ground straight after a \(bluff ? "bluff" : tactic.isThreat ? "threat" : "claim") (\(tactic.name(text)))",
                "在对方\(bluff ? "虚张声势" : tactic.isThreat ? "威胁" : "施压")之后立刻让步(\(tactic.name(text)))")
        case .poorAnswer(let tactic, let answer): text("\(tactic.name(text)): ", "\(tactic.name(text)):") + answer.described(text)
        case .noPlan:
            text("no plan: opening, target and walk-away were not set before the first round", "没有计划:第一回合前没有设定开价、目标和底线")
        case .pastWalkAway(let term):
            text("the deal goes past your own walk-away on \(name(term))", "成交条件突破了你自己在\(name(term))上的底线")
        }
    }
}

extension Scorecard.Lesson {
    /// The parts the lesson cost, named (all three outcome parts: "outcome").
    func partNames(_ text: UIText) -> String {
        parts.count == 3 && parts.allSatisfy(\.isOutcome)
            ? text("outcome", "结果") : parts.map { $0.name(text) }.joined(separator: ", ")
    }
}

extension Scorecard.TacticAnswer.Answer {
    /// What the trainee did, in words.
    func described(_ text: UIText) -> String {
        switch self {
        case .challenged: text("challenged it", "当场质疑")
        case .checkedTheirFigure: text("checked the figure with calc", "用 calc 核对了数字")
        case .didNotCheckTheirFigure: text("did not check the buyer's figure", "没有核对采购给的数字")
        case .checkedFigures: text("checked the figures with calc", "用 calc 核对了数字")
        case .acceptedDemand: text("accepted the demand", "接受了对方的要求")
        case .gaveGround: text("gave ground right after it", "随即做了让步")
        case .held: text("held without giving", "守住了,没有让步")
        }
    }
}

extension TacticID {
    /// The tactic's name in the reader's language (its id in English, as scenario files write it).
    func name(_ text: UIText) -> String {
        let chinese: String =
            switch self {
            case .firstOfferFlinch: "对首次报价故作吃惊"
            case .competitorClaim: "拿竞品压价"
            case .delistThreat: "下架威胁"
            case .renamedFee: "换名目收费"
            case .matchOtherRetailer: "要求比照其他零售商"
            case .higherAuthority: "推给上级"
            case .bossSqueeze: "上级加码"
            case .timePressure: "时间压力"
            case .stall: "拖延"
            case .repeatObjection: "反复异议"
            case .volumePromise: "以销量许诺换条件"
            case .ownCalculation: "自己的算法"
            case .promotionPush: "强推促销"
            case .easyGiveProbe: "试探小让步"
            case .finalNibble: "临门加码"
            }
        return text(rawValue, chinese)
    }
}

extension ScorePart {
    /// The part's name in the reader's language.
    func name(_ text: UIText) -> String {
        switch self {
        case .margin: text("margin", "毛利率")
        case .tradeSpend: text("trade spend", "贸易费用")
        case .promotions: text("promotions", "促销档期")
        case .opening: text("opening", "开局")
        case .reciprocity: text("reciprocity", "互惠交换")
        case .discipline: text("concession discipline", "让步纪律")
        case .tacticHandling: text("tactic handling", "应对战术")
        case .preparation: text("preparation", "准备")
        }
    }
}
