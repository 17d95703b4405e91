import Foundation
import KataTerms

/// How the buyer moves (DESIGN §6): its aspiration falls from the opening's utility to the
/// reservation's over its patience along the persona's curve, shifted by how it reads the trainee;
/// its counters sit at that aspiration, as close to the trainee's proposal as they can. Immutable
/// and shared by every state of a session (a class, so copying a state copies no arrays).
public final class BuyerPolicy: Sendable {
    /// Under this share of its reservation's utility, a first proposal insults the buyer (it hardens
    /// and flinches); the scorecard's opening part reads anchors the same way.
    public static let insultShare = 0.5

    public let utility: BuyerUtility
    /// Each term's range and grid, as plain numbers: the counter runs every round of every session.
    public let lows: [Double]
    public let highs: [Double]
    public let steps: [Double]
    public let weights: [Double]
    public let better: [BuyerEnd]
    public let patience: Int
    public let concession: Concession
    /// Terms by weight, heaviest first: the order in which a counter asks for more.
    public let byWeight: [Int]

    public init(terms: [Term], persona: Persona) {
        utility = BuyerUtility(terms: terms, persona: persona)
        lows = terms.map(\.low)
        highs = terms.map(\.high)
        steps = terms.map(\.step)
        weights = persona.weights
        better = persona.better
        patience = max(1, persona.patience)
        concession = persona.concession
        byWeight = terms.indices.sorted { (persona.weights[$0], $1) > (persona.weights[$1], $0) }
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

    /// How far the buyer's reading of the trainee (`lean`) may go either way.
    public static let leanLimit = 0.3
    /// The share of the way from reservation to opening where a buyer that reads the trainee as
    /// weak ends (lean −`leanLimit`); one that reads a trainee at its limit (lean +`leanLimit`) ends at
    /// its reservation; a neutral reading ends half way between.
    public static let endSpread = 0.3

    /// The utility the buyer holds out for after `round` rounds. `lean` (±`leanLimit`) is how it reads
    /// the trainee: positive when it believes the trainee is near its limit (tapering steps, credible
    /// anchors, called bluffs), negative when it smells weakness (growing or unconditional gives, eager
    /// acceptance, an insulting anchor). It scales what is still left to concede and sets where the
    /// buyer ends when its patience runs out: between its reservation and `endSpread` of the way
    /// back to its opening, never below the reservation nor above the opening. Craft moves the deal,
    /// not only the clock.
    public func aspiration(round: Int, lean: Double) -> Double {
        let gap = utility.opening - utility.reservation
        let end = gap * endShare(lean: lean)
        let left = (gap - end) * (1 - conceded(round: round))
        return min(utility.opening, utility.reservation + end + left * (1 - lean))
    }

    /// Where the buyer ends, as a share of the way from its reservation to its opening.
    public func endShare(lean: Double) -> Double {
        let reading = min(Self.leanLimit, max(-Self.leanLimit, lean))
        return Self.endSpread * (Self.leanLimit - reading) / (2 * Self.leanLimit)
    }

    /// A counter at `aspiration` (or just above, by the rounding to each term's grid) that stays as
    /// close as it can to the trainee's `proposal`: the package of least squared distance (in shares
    /// of each range) that reaches the aspiration. Each term moves in proportion to the buyer's
    /// weight (a per-slot fee by the money it brings on the proposal's slots), so it presses on what it weighs
    /// most and gives on what it weighs little — a trade-off,
    /// not a uniform split. No term goes past `ceiling` (the buyer's last demand: it does not go back
    /// up on a term without a reason — tactics are its reasons); when that leaves it short of its
    /// aspiration, it concedes the rest. Locked terms do not move.
    ///
    /// - Complexity: O(terms × log terms) for the water level; no package is enumerated.
    public func counter(to proposal: Package, aspiration: Double, locked: [Bool], ceiling: Package) -> Package {
        var result = proposal
        var missing = aspiration - utility.utility(of: proposal)
        guard missing > 1e-12 else { return result }
        // worth[i]: the utility of moving term i across its whole range towards the buyer, at the
        // proposal (a per-slot fee is worth what its slots make it); room[i]: how far it may move, as a
        // share of its range. A term whose move would not pay the buyer stays.
        var worth = [Double](repeating: 0, count: lows.count)
        var room = [Double](repeating: 0, count: lows.count)
        for index in lows.indices where !locked[index] {
            let span = highs[index] - lows[index]
            let toward: Double = better[index] == .high ? 1 : -1
            worth[index] = utility.slope(ofTerm: index, in: proposal) * toward * span
            guard worth[index] > 1e-12 else { continue }
            room[index] = max(0, toward * (ceiling[index] - result[index]) / span)
        }
        let reachable = lows.indices.reduce(0.0) { $0 + worth[$1] * room[$1] }
        guard reachable > 1e-12 else { return result }
        let level = waterLevel(room: room, weights: worth, wanted: min(missing, reachable))
        var moved = [Bool](repeating: false, count: lows.count)
        for index in lows.indices where room[index] > 0 {
            let share = min(room[index], level * worth[index])
            guard share > 1e-12 else { continue }
            let exact = result[index] + (better[index] == .high ? 1 : -1) * share * (highs[index] - lows[index])
            result[index] = snapped(exact, index)
            moved[index] = true
        }
        // Rounding to the grid (and a fee moving with its slots) may leave the counter short: a step at
        // a time on the moved terms, heaviest first, until it reaches the aspiration, never past the
        // ceiling and never a step that costs the buyer.
        missing = aspiration - utility.utility(of: result)
        var stepped = true
        while missing > 1e-12 && stepped {
            stepped = false
            for index in byWeight where moved[index] && missing > 1e-12 {
                let next = stepTowardsBuyer(result[index], index: index)
                let beyond = better[index] == .high ? next > ceiling[index] + 1e-9 : next < ceiling[index] - 1e-9
                let gain = utility.change(ofTerm: index, to: next, in: result)
                guard next != result[index], !beyond, gain > 0 else { continue }
                missing -= gain
                result[index] = next
                stepped = true
            }
        }
        return result
    }

    /// The λ at which moving each term by `min(room, λ × weight)` (shares of its range) gains
    /// `wanted` utility: terms fill up in order of `room / weight`, the rest share the remainder.
    func waterLevel(room: [Double], weights: [Double], wanted: Double) -> Double {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: room.count) { order in
            // The terms that can move, by room / weight, by insertion sort (a handful of terms).
            var count = 0
            var squares = 0.0
            for index in room.indices where room[index] > 0 && weights[index] > 0 {
                let key = room[index] / weights[index]
                var position = count
                while position > 0 && room[order[position - 1]] / weights[order[position - 1]] > key {
                    order[position] = order[position - 1]
                    position -= 1
                }
                order[position] = index
                count += 1
                squares += weights[index] * weights[index]
            }
            var full = 0.0
            for position in 0..<count {
                let index = order[position]
                // With the terms before this one filled, the rest move together: full + λ × Σ w² = wanted.
                let level = squares > 0 ? (wanted - full) / squares : 0
                if level <= room[index] / weights[index] { return level }
                full += weights[index] * room[index]
                squares -= weights[index] * weights[index]
            }
            return .greatestFiniteMagnitude
        }
    }

    /// Whether `value` is in term `index`'s range and on its grid (the fast test; `Term.problem`
    /// says what is wrong).
    @inlinable public func isValid(_ value: Double, _ index: Int) -> Bool {
        guard value >= lows[index] - 1e-9, value <= highs[index] + 1e-9 else { return false }
        let k = (value - lows[index]) / steps[index]
        return abs(k - k.rounded()) < 1e-6
    }

    /// The grid value nearest `value` for term `index`, within its range.
    @inlinable public func snapped(_ value: Double, _ index: Int) -> Double {
        let k = ((value - lows[index]) / steps[index]).rounded()
        return min(max(lows[index] + k * steps[index], lows[index]), highs[index])
    }

    /// The grid value at or beyond `value` on the buyer's better side, within the range.
    @inlinable public func snapTowardsBuyer(_ value: Double, index: Int) -> Double {
        let grid = (value - lows[index]) / steps[index]
        let k = better[index] == .high ? (grid - 1e-9).rounded(.up) : (grid + 1e-9).rounded(.down)
        return min(max(lows[index] + k * steps[index], lows[index]), highs[index])
    }

    /// `value` moved `steps` grid steps towards the buyer's better end, within the range.
    @inlinable public func stepTowardsBuyer(_ value: Double, index: Int, steps count: Int = 1) -> Double {
        let moved = value + Double(better[index] == .high ? count : -count) * steps[index]
        return min(max(moved, lows[index]), highs[index])
    }
}
