/// The disciplined trainee: probes first, opens ambitiously, then only trades — every concession
/// is conditional on something back, each smaller than the last — challenges every claim, holds
/// against threats, cites every unlawful demand, refuses the nibble, answers the buyer's last package
/// with its limit as a final offer, and walks when no deal fits its limits.
struct GiveGet: Bot {
    private var probed = false
    private var opened = false
    private var priorities: [String] = []

    mutating func move(_ view: TraineeView, after events: [Event]) -> Move {
        if view.nibbleExtra != nil { return .hold }
        if let answer = view.answerToLastPackage { return answer }
        if let revealed = events.revealedTerms { priorities = revealed }
        if !probed {
            probed = true
            return .ask(question: .priorities)
        }
        let check = view.check(view.demand)
        // At the last call there is no round to spend on a challenge: sign or make the final offer.
        if events.hasLastChance {
            return check.acceptableToSupplier
                ? .accept : view.lastOffer(view.furthestAcceptable(from: view.offer, towards: view.demand))
        }
        if view.openClaim != nil { return .challenge }
        if let term = view.unlawfulDemand { return .cite(term: term) }
        if !opened {
            opened = true
            let changes = view.changes(to: view.blend(view.ambitious, view.demand, 0.25))
            return changes.isEmpty ? .hold : .offer(terms: changes)
        }
        if check.acceptableToSupplier && (check.marginAtTarget || view.round * 3 >= view.rounds * 2) { return .accept }
        let threatened = events.tactics.contains(where: \.isThreat)
        if threatened { return .hold }
        return trade(view) ?? .hold
    }

    /// Moves a tapering share of the way from where it stands to the furthest it can go within its
    /// limits (30 %, 21 %, 15 % … of what is left), and asks one grid step back on the term the buyer
    /// said matters least, or an extra promotion slot while below target — so every give is a trade.
    private mutating func trade(_ view: TraineeView) -> Move? {
        let limit = view.furthestAcceptable(from: view.ambitious, towards: view.demand)
        var proposal = view.blend(view.offer, limit, 0.3)
        let priorities = self.priorities
        let rank = { (index: Int) in priorities.firstIndex(of: view.terms[index].id) ?? priorities.count }
        let open = view.terms.indices.filter { !view.agreed[$0] }
        var get: TermValue?
        if view.economics(proposal).promotions < view.targets.promotionsTarget,
            let slot = open.first(where: {
                view.terms[$0].kind == .promoSlots && proposal[$0] + view.terms[$0].step <= view.terms[$0].high
            })
        {
            proposal[slot] += view.terms[slot].step
            get = TermValue(view.terms[slot].id, proposal[slot])
        } else if let lightest = open.filter({
            view.terms[$0].kind != .promoSlots && proposal[$0] - view.terms[$0].step >= view.terms[$0].low
        })
        .max(by: { (rank($0), $0) < (rank($1), $1) }) {
            proposal[lightest] -= view.terms[lightest].step
            get = TermValue(view.terms[lightest].id, proposal[lightest])
        }
        let give = view.changes(to: proposal).filter { $0.term != get?.term }
        guard view.acceptable(proposal), !give.isEmpty else { return nil }
        if let get { return .conditional(give: give, get: [get]) }
        return .offer(terms: give)
    }
}
