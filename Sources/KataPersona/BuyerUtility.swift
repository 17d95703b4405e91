import KataTerms

/// The buyer's additive utility (DESIGN §4): each term normalised to 0…1 from the buyer's worse end of
/// its range to its better end, times the persona's weight. A `per_slot` fee is worth the money it
/// brings, (fee × slots) ÷ (top fee × top slots), so a fee on zero slots is worth nothing: that one
/// product is the only place where a term's worth depends on another term.
public final class BuyerUtility: Sendable {
    /// Utility per unit of each term's value (signed by the better end), in term order; 0 for a
    /// `per_slot` fee, whose worth is in `coupled`.
    public let slopes: [Double]
    /// Utility at value 0 of each term, in term order.
    public let offsets: [Double]
    /// Each `per_slot` fee with its slot term: it adds `scale × fee × slots`.
    public let coupled: [Coupling]
    /// The utility of the persona's reservation package: the least it accepts.
    public let reservation: Double
    /// The utility of the persona's opening demand.
    public let opening: Double

    /// A `per_slot` fee term and the `promo_slots` term it is paid on.
    public struct Coupling: Sendable {
        public let fee: Int
        public let slots: Int
        public let scale: Double
    }

    public init(terms: [Term], persona: Persona) {
        var slopes: [Double] = []
        var offsets: [Double] = []
        var coupled: [Coupling] = []
        for (index, term) in terms.enumerated() {
            let weight = persona.weights[index]
            if term.kind == .perSlot, let slotIndex = term.slotTerm, terms.indices.contains(slotIndex) {
                let top = term.high * terms[slotIndex].high
                let scale = top > 0 ? weight / top : 0
                let high = persona.better[index] == .high
                slopes.append(0)
                offsets.append(high ? 0 : weight)
                coupled.append(Coupling(fee: index, slots: slotIndex, scale: high ? scale : -scale))
                continue
            }
            let span = term.high - term.low
            guard span > 0 else {
                slopes.append(0)
                offsets.append(weight)
                continue
            }
            switch persona.better[index] {
            case .high:
                slopes.append(weight / span)
                offsets.append(-weight * term.low / span)
            case .low:
                slopes.append(-weight / span)
                offsets.append(weight * term.high / span)
            }
        }
        self.slopes = slopes
        self.offsets = offsets
        self.coupled = coupled
        let value = { (package: Package) in
            package.values.indices.reduce(0.0) { $0 + offsets[$1] + slopes[$1] * package[$1] }
                + coupled.reduce(0.0) { $0 + $1.scale * package[$1.fee] * package[$1.slots] }
        }
        reservation = value(persona.reservation)
        opening = value(persona.opening)
    }

    /// The buyer's utility of `package`, 0…1.
    @inlinable public func utility(of package: Package) -> Double {
        var sum = 0.0
        for index in slopes.indices {
            sum += offsets[index] + slopes[index] * package[index]
        }
        for pair in coupled {
            sum += pair.scale * package[pair.fee] * package[pair.slots]
        }
        return sum
    }

    /// The utility per unit of term `index` with every other term as in `package` (the utility is
    /// linear in each term alone).
    @inlinable public func slope(ofTerm index: Int, in package: Package) -> Double {
        var slope = slopes[index]
        for pair in coupled {
            if pair.fee == index { slope += pair.scale * package[pair.slots] }
            if pair.slots == index { slope += pair.scale * package[pair.fee] }
        }
        return slope
    }

    /// What moving term `index` from its value in `package` to `value` changes in utility.
    @inlinable public func change(ofTerm index: Int, to value: Double, in package: Package) -> Double {
        slope(ofTerm: index, in: package) * (value - package[index])
    }

    /// The utility term `index` contributes at `value`, with every other term as in `package`.
    @inlinable public func utility(ofTerm index: Int, value: Double, in package: Package) -> Double {
        var sum = offsets[index] + slopes[index] * value
        for pair in coupled where pair.fee == index {
            sum += pair.scale * value * package[pair.slots]
        }
        return sum
    }

    /// DESIGN §4: at least as good for the buyer as its reservation package.
    @inlinable public func acceptable(_ package: Package) -> Bool {
        utility(of: package) >= reservation - 1e-9
    }
}
