/// Opens at the supplier's ambitious end and moves little: a grid step every third round on the
/// term furthest from the buyer; accepts a demand within its limits only late or when it meets
/// the targets; brings in its manager once when the buyer will not move; walks at the buyer's last
/// call with a final offer at its limit otherwise.
struct AnchorAndHold: Bot {
    private var opened = false
    private var escalated = false

    mutating func move(_ view: TraineeView, after events: [Event]) -> Move {
        if view.nibbleExtra != nil { return .hold }
        if let answer = view.answerToLastPackage { return answer }
        if !opened {
            opened = true
            let changes = view.changes(to: view.ambitious)
            return changes.isEmpty ? .hold : .offer(terms: changes)
        }
        let check = view.check(view.demand)
        if events.hasLastChance {
            return check.acceptableToSupplier
                ? .accept : view.lastOffer(view.furthestAcceptable(from: view.offer, towards: view.demand))
        }
        if check.acceptableToSupplier && check.marginAtTarget { return .accept }
        if !escalated && view.round >= 6 {
            escalated = true
            return .escalate
        }
        guard view.round % 3 == 0, let index = widestGap(view) else { return .hold }
        let term = view.terms[index]
        let direction: Double = view.demand[index] > view.offer[index] ? 1 : -1
        let value = term.snapped(view.offer[index] + direction * term.step)
        var proposal = view.offer
        proposal[index] = value
        return view.acceptable(proposal) ? .offer(terms: [TermValue(term.id, value)]) : .hold
    }

    private func widestGap(_ view: TraineeView) -> Int? {
        view.terms.indices.filter { !view.agreed[$0] && view.demand[$0] != view.offer[$0] }.max { a, b in
            abs(view.demand[a] - view.offer[a]) / (view.terms[a].high - view.terms[a].low)
                < abs(view.demand[b] - view.offer[b]) / (view.terms[b].high - view.terms[b].low)
        }
    }
}
