import Foundation

/// How the buyer moves (DESIGN §6): its aspiration falls from the opening's utility to the
/// reservation's over its patience along the persona's curve, shifted by how it reads the trainee;
/// its counters sit at that aspiration, as close to the trainee's proposal as they can.
public struct BuyerPolicy: Sendable {
    public let utility: BuyerUtility
    public let terms: [Term]
    public let weights: [Double]
    public let better: [BuyerEnd]
    public let patience: Int
    public let concession: Concession
    /// Terms by weight, heaviest first: the order in which a counter asks for more.
    public let byWeight: [Int]

    public init(_ scenario: Scenario) {
        utility = BuyerUtility(scenario)
        terms = scenario.terms
        weights = scenario.persona.weights
        better = scenario.persona.better
        patience = max(1, scenario.persona.patience)
        concession = scenario.persona.concession
        byWeight = scenario.terms.indices.sorted { (scenario.persona.weights[$0], $1) > (scenario.persona.weights[$1], $0) }
    }

    /// The share of the way from opening to reservation the curve has conceded after `round`
    /// rounds, 0…1: boulware holds then gives late, conceder gives early (Faratin et al.'s
    /// time-dependent tactics, `t^(1/β)`).
    public func conceded(round: Int) -> Double {
        let time = min(1, max(0, Double(round) / Double(patience)))
        switch concession.curve {
        case .linear:
            return time
        case .boulware:
            let beta = concession.exponent < 1 ? concession.exponent : 1 / concession.exponent
            return pow(time, 1 / beta)
        case .conceder:
            let beta = concession.exponent > 1 ? concession.exponent : 1 / concession.exponent
            return pow(time, 1 / beta)
        }
    }

    /// The utility the buyer holds out for after `round` rounds. `lean` (−0.3…0.3) scales what is
    /// still left to concede: positive when the buyer believes the trainee is near its limit (it asks
    /// less), negative when it smells weakness (it asks more, never above its opening). Whatever the
    /// lean, the aspiration meets the reservation when patience runs out, and never goes below it.
    public func aspiration(round: Int, lean: Double) -> Double {
        let left = (utility.opening - utility.reservation) * (1 - conceded(round: round))
        return min(utility.opening, utility.reservation + left * (1 - lean))
    }

    /// A counter at `aspiration` (or just above, by the rounding to each term's grid) that stays as
    /// close as it can to the trainee's `proposal`: the package of least squared distance (in shares
    /// of each range) that reaches the aspiration. Each term moves in proportion to the buyer's
    /// weight, so it presses on what it weighs most and gives on what it weighs little — a trade-off,
    /// not a uniform split. It asks no term beyond its opening demand unless locked terms leave no
    /// other way; locked terms do not move.
    ///
    /// - Complexity: O(terms × 60): the water level λ of `x = min(room, λ × weight)` is found by
    ///   bisection; no package is enumerated.
    public func counter(to proposal: Package, aspiration: Double, locked: [Bool], opening: Package) -> Package {
        var result = proposal
        var missing = aspiration - utility.utility(of: proposal)
        for useOpening in [true, false] where missing > 1e-12 {
            // room[i]: how far term i may move towards the buyer, as a share of its range.
            var room = [Double](repeating: 0, count: terms.count)
            for index in terms.indices where !locked[index] && weights[index] > 0 {
                let term = terms[index]
                let span = term.high - term.low
                let goal = useOpening ? opening[index] : (better[index] == .high ? term.high : term.low)
                room[index] = max(0, (better[index] == .high ? goal - result[index] : result[index] - goal) / span)
            }
            let reachable = terms.indices.reduce(0.0) { $0 + weights[$1] * room[$1] }
            guard reachable > 1e-12 else { continue }
            let wanted = min(missing, reachable)
            var low = 0.0
            var high = 1.0
            while terms.indices.reduce(0.0, { $0 + weights[$1] * min(room[$1], high * weights[$1]) }) < wanted - 1e-12 && high < 1e12 {
                high *= 2
            }
            for _ in 0..<60 {
                let middle = (low + high) / 2
                let gained = terms.indices.reduce(0.0) { $0 + weights[$1] * min(room[$1], middle * weights[$1]) }
                if gained < wanted { low = middle } else { high = middle }
            }
            var moved: [Int] = []
            for index in terms.indices where room[index] > 0 {
                let share = min(room[index], high * weights[index])
                guard share > 1e-12 else { continue }
                let term = terms[index]
                let exact = result[index] + (better[index] == .high ? 1 : -1) * share * (term.high - term.low)
                result[index] = term.snapped(exact)
                moved.append(index)
            }
            // Rounding to the grid may leave the counter short: a step at a time on the moved terms,
            // heaviest first, until it reaches the aspiration.
            missing = aspiration - utility.utility(of: result)
            var stepped = true
            while missing > 1e-12 && stepped {
                stepped = false
                for index in byWeight where moved.contains(index) && missing > 1e-12 {
                    let next = stepTowardsBuyer(result[index], index: index)
                    guard next != result[index] else { continue }
                    missing -= utility.slopes[index] * (next - result[index])
                    result[index] = next
                    stepped = true
                }
            }
        }
        return result
    }

    /// The grid value at or beyond `value` on the buyer's better side, within the range.
    public func snapTowardsBuyer(_ value: Double, term: Term, index: Int) -> Double {
        let steps = (value - term.low) / term.step
        let k = better[index] == .high ? (steps - 1e-9).rounded(.up) : (steps + 1e-9).rounded(.down)
        return min(max(term.low + k * term.step, term.low), term.high)
    }

    /// `value` moved `steps` grid steps towards the buyer's better end, within the range.
    public func stepTowardsBuyer(_ value: Double, index: Int, steps: Int = 1) -> Double {
        let term = terms[index]
        let moved = value + Double(better[index] == .high ? steps : -steps) * term.step
        return min(max(moved, term.low), term.high)
    }
}
