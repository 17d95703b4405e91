import KataAnalysis
import KataScenario
import KataTerms

/// The words for what a scorecard found, in the reader's language: the scorecard holds kinds and
/// figures only.
extension Scorecard.Loss.Kind {
    /// The loss explained with its figures (`margin 18.2% against a target of 24% (floor 20%)`).
    func explained(_ text: UIText) -> String {
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
        default:
            return summary(text)
        }
    }

    /// The kind of loss without its figures: how `kata team` names one mistake across sessions.
    func summary(_ text: UIText) -> String {
        switch self {
        case .marginShort: text("margin short of its target", "毛利率未达目标")
        case .tradeSpendOver: text("trade spend above its target", "贸易费用率高于目标")
        case .promotionsShort: text("fewer promotion slots than the target", "促销档期少于目标")
        case .unfinished: text("the session is not finished", "谈判尚未结束")
        case .noDealThoughZOPA: text("no deal, though a deal within your limits existed", "未成交,但本来存在符合你底线的方案")
        case .untradedConcession:
            text(
                "a concession with nothing asked in return (make it conditional: if you give X, we give Y)",
                "让步却没有要任何回报(用条件句:如果你们给X,我们就给Y)")
        case .gaveOnFirstDemand: text("gave ground on the buyer's first demand", "对采购的第一个要求就让了步")
        case .growingConcession:
            text("a concession as large as or larger than the one before: steps should shrink", "让步幅度不小于上一次:让步应当越来越小")
        case .gaveAfterPressure(let tactic, let bluff):
            text(
                "gave ground straight after a \(bluff ? "bluff" : tactic.isThreat ? "threat" : "claim") (\(tactic.rawValue))",
                "在对方\(bluff ? "虚张声势" : tactic.isThreat ? "威胁" : "施压")之后立刻让步(\(tactic.rawValue))")
        case .poorAnswer(let tactic, let answer): text("\(tactic.rawValue): ", "\(tactic.rawValue):") + answer.described(text)
        case .noPlan:
            text("no plan: opening, target and walk-away were not set before the first round", "没有计划:第一回合前没有设定开价、目标和底线")
        case .pastWalkAway(let term): text("the deal goes past your own walk-away on \(term)", "成交条件突破了你自己在\(term)上的底线")
        }
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

extension ScorePart {
    /// The part's name in the reader's language.
    func name(_ text: UIText) -> String {
        switch self {
        case .margin: text("margin", "毛利率")
        case .tradeSpend: text("trade spend", "贸易费用")
        case .promotions: text("promotions", "促销档期")
        case .reciprocity: text("reciprocity", "互惠交换")
        case .discipline: text("concession discipline", "让步纪律")
        case .tacticHandling: text("tactic handling", "应对战术")
        case .preparation: text("preparation", "准备")
        }
    }
}
