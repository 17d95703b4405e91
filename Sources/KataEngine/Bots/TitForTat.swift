import KataTerms

/// Mirrors the buyer: when the buyer's demand moves towards the supplier by some share of the
/// ranges, it moves as much towards the buyer; when the buyer stands still, it holds.
struct TitForTat: Bot {
    private var lastDemand: Package?

    mutating func move(_ view: TraineeView, after events: [Event]) -> Move {
        if view.nibbleExtra != nil { return .hold }
        if let answer = view.answerToLastPackage { return answer }
        let acceptable = view.acceptable(view.demand)
        if events.hasLastChance {
            return acceptable ? .accept : view.lastOffer(view.furthestAcceptable(from: view.offer, towards: view.demand))
        }
        defer { lastDemand = view.demand }
        guard let previous = lastDemand else {
            let opening = view.blend(view.ambitious, view.demand, 0.3)
            let changes = view.changes(to: opening)
            return changes.isEmpty ? .hold : .offer(terms: changes)
        }
        let gap = distance(view.offer, view.demand, view)
        if acceptable && gap < 0.05 { return .accept }
        // How far the buyer came towards the offer, in shares of the ranges.
        let buyerStep = distance(previous, view.offer, view) - distance(view.demand, view.offer, view)
        guard buyerStep > 1e-9, gap > 1e-9 else { return .hold }
        let proposal = view.blend(view.offer, view.demand, min(1, buyerStep / gap))
        guard view.acceptable(proposal) else { return acceptable ? .accept : .hold }
        let changes = view.changes(to: proposal)
        return changes.isEmpty ? .hold : .offer(terms: changes)
    }

    private func distance(_ a: Package, _ b: Package, _ view: TraineeView) -> Double {
        view.terms.indices.reduce(0) { sum, index in
            sum + abs(a[index] - b[index]) / (view.terms[index].high - view.terms[index].low)
        }
    }
}
