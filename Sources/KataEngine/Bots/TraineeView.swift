import KataPersona
import KataTerms

/// What a trainee can see at the table: the public scenario (terms, targets, economics), the
/// standing offer and demand, what is agreed, what the buyer said. Never the persona's weights,
/// reservation or the truth of its claims — bots see the session only through this.
public struct TraineeView: Sendable {
    private let state: SessionState

    public init(_ state: SessionState) { self.state = state }

    public var terms: [Term] { state.context.scenario.terms }
    public var targets: Targets { state.context.scenario.targets }
    /// The scenario's round limit (public; the buyer's patience is not).
    public var rounds: Int { state.context.scenario.rounds }
    public var round: Int { state.round }
    public var offer: Package { state.offer }
    public var demand: Package { state.demand }
    public var agreed: [Bool] { state.agreed }
    public var statusQuo: Package { state.context.statusQuo }

    /// The buyer asked for a last extra before signing.
    public var nibbleExtra: Package? {
        if case .nibble(_, let extra) = state.phase { return extra }
        return nil
    }

    /// The tactic behind the buyer's open claim, if any (not whether it is true).
    /// The buyer's last package, when its patience ran out and it waits for one answer.
    public var lastPackage: Package? {
        if case .lastPackage(let package) = state.phase { return package }
        return nil
    }

    /// The first term whose demand breaks its rule (`legal_max`, `prohibited`): one to `cite`.
    public var unlawfulDemand: String? {
        terms.indices.first { state.demand[$0] > state.context.lawfulMax[$0] + 1e-9 }.map { terms[$0].id }
    }

    public var openClaim: TacticID? { state.openClaim?.tactic }

    /// The money of `package` for the supplier, as `kata calc` shows it.
    public func economics(_ package: Package) -> Economics { state.context.economics.economics(package) }

    /// How `package` stands against the supplier's targets and limits.
    public func check(_ package: Package) -> TargetCheck { state.context.economics.check(package, against: targets) }

    /// Whether `package` keeps within the supplier's own limits.
    public func acceptable(_ package: Package) -> Bool { check(package).acceptableToSupplier }

    /// The supplier's ambitious position: every fee, discount and payment day at the low end of its
    /// range, promotion slots enough to meet the promotions target.
    public var ambitious: Package { state.context.ambitious }

    /// `from` moved a share `t` (0…1) of the way to `to` on every unlocked term, each value on its
    /// grid and within the rules (nothing for a prohibited fee, at most a legal maximum): bots do not
    /// offer what the law bars.
    public func blend(_ from: Package, _ to: Package, _ t: Double) -> Package {
        var result = from
        blend(from, to, t, into: &result)
        return result
    }

    /// `blend` written into `result`, which must have a value per term (no allocation when unique).
    private func blend(_ from: Package, _ to: Package, _ t: Double, into result: inout Package) {
        let policy = state.context.policy
        let (lows, steps, highs, lawful) = (policy.lows, policy.steps, policy.highs, state.context.lawfulMax)
        let agreed = state.agreed
        let offer = state.offer.values
        for index in lows.indices {
            if agreed[index] {
                result[index] = offer[index]
                continue
            }
            let exact = from[index] + (to[index] - from[index]) * t
            let grid = lows[index] + ((exact - lows[index]) / steps[index]).rounded() * steps[index]
            result[index] = min(max(grid, lows[index]), highs[index], lawful[index])
        }
    }

    /// The most of the way from `from` towards `to` the supplier can go and stay within its limits
    /// (bisection on the share, in one reused buffer).
    public func furthestAcceptable(from: Package, towards to: Package) -> Package {
        if acceptable(to) { return to }
        var low = 0.0
        var high = 1.0
        var candidate = from
        for _ in 0..<7 {
            let middle = (low + high) / 2
            blend(from, to, middle, into: &candidate)
            if acceptable(candidate) { low = middle } else { high = middle }
        }
        blend(from, to, low, into: &candidate)
        return candidate
    }

    /// At the buyer's last call: `limit` (the most the supplier can give) as a final offer — the
    /// standing offer itself when it is already there.
    public func lastOffer(_ limit: Package) -> Move {
        .final(terms: changes(to: limit))
    }

    /// The one answer to the buyer's last package, if it has stated one: sign it when it is within
    /// the supplier's limits, else a final offer as far towards it as the limits allow.
    public var answerToLastPackage: Move? {
        guard let package = lastPackage else { return nil }
        return acceptable(package) ? .accept : lastOffer(furthestAcceptable(from: offer, towards: package))
    }

    /// The values of `package` that differ from the standing offer on unlocked terms, as a move's
    /// term list.
    public func changes(to package: Package) -> [TermValue] {
        terms.indices.compactMap { index in
            !agreed[index] && package[index] != state.offer[index] ? TermValue(terms[index].id, package[index]) : nil
        }
    }
}
