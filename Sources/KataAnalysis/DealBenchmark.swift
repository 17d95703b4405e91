import KataEngine
import KataPersona
import KataScenario
import KataTerms

/// How good a deal was beyond the scorecard: the most contribution the supplier could have had at
/// the same utility for the buyer (a bound, since the space is too large to enumerate), and where
/// the deal's margin falls among disciplined bots' deals on the same scenario (the ghost benchmark).
public enum DealBenchmark {
    /// An upper bound on the supplier's contribution over all lawful packages the buyer values at
    /// least `utility`: for every lawful promotion, discount and payment-day choice, the fees are
    /// filled continuously up to their legal maximum (a prohibited fee stays at nothing) in order of
    /// buyer utility per RMB (the linear relaxation, which can only do better than the grid). `nil`
    /// when no lawful package reaches that utility.
    ///
    /// - Complexity: the product of the promotion, discount and payment-day grids, times the fee terms.
    public static func contributionBound(_ scenario: Scenario, buyerUtility utility: Double) -> Double? {
        let model = EconomicsModel(scenario)
        let buyer = BuyerUtility(scenario)
        let terms = scenario.terms
        let outer = terms.indices.filter { !terms[$0].kind.isFee }
        let fees = terms.indices.filter { terms[$0].kind.isFee }
        var best: Double?
        for choice in Grid(terms: terms, indices: outer) {
            var package = Package(terms.map(\.low))
            for (position, index) in outer.enumerated() { package[index] = terms[index].value(atGrid: choice[position]) }
            if outer.contains(where: { terms[$0].breaksRule(package[$0]) }) { continue }
            var needed = utility - buyer.utility(of: package)
            let base = model.economics(package)
            var cost = 0.0
            let order = fees.map { ($0, model.feeRate($0, package), buyer.slope(ofTerm: $0, in: package)) }
                .filter { $0.2 > 0 }
                .sorted { $0.2 * $1.1 > $1.2 * $0.1 }
            for (index, rate, slope) in order where needed > 1e-12 {
                let lawfulTop =
                    terms[index].prohibited ? terms[index].low : min(terms[index].high, terms[index].legalMax ?? .infinity)
                let span = max(0, lawfulTop - terms[index].low)
                let step = min(span, needed / slope)
                cost += rate * step
                needed -= slope * step
            }
            guard needed <= 1e-9 else { continue }
            // contribution at the fees' low ends, less the money the relaxation spends
            let contribution = base.contribution - cost
            best = max(best ?? contribution, contribution)
        }
        return best
    }

    /// The share (0…1) of `margins` strictly below `margin`.
    public static func beats(_ margin: Double, among margins: [Double]) -> Double {
        guard !margins.isEmpty else { return 0 }
        return Double(margins.filter { $0 < margin }.count) / Double(margins.count)
    }

    /// The margins (percent points) of the give-get bot's deals within the supplier's limits over
    /// `runs` seeded sessions: the disciplined ghost a trainee's deal is placed against.
    public static func ghostMargins(_ context: SessionContext, runs: Int = 200, seed: UInt64 = 20_261_124) -> [Double] {
        var margins: [Double] = []
        for index in 0..<runs {
            BotKind.giveGet.play(context, seed: Spar.seed(seed, session: index)) { event in
                guard case .ended(let outcome) = event.kind, outcome.ending == .deal, let package = outcome.package else {
                    return
                }
                let check = context.economics.check(package, against: context.scenario.targets)
                if check.acceptableToSupplier { margins.append(context.economics.economics(package).margin * 100) }
            }
        }
        return margins
    }
}
