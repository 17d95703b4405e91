import KataTerms

/// The buyer's linear-additive utility (DESIGN §4): each term normalised to 0…1 from the buyer's worse
/// end of its range to its better end, times the persona's weight.
public final class BuyerUtility: Sendable {
    /// Utility per unit of each term's value (signed by the better end), in term order.
    public let slopes: [Double]
    /// Utility at value 0 of each term, in term order.
    public let offsets: [Double]
    /// The utility of the persona's reservation package: the least it accepts.
    public let reservation: Double
    /// The utility of the persona's opening demand.
    public let opening: Double

    public init(terms: [Term], persona: Persona) {
        var slopes: [Double] = []
        var offsets: [Double] = []
        for (index, term) in terms.enumerated() {
            let weight = persona.weights[index]
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
        let value = { (package: Package) in
            package.values.indices.reduce(0.0) { $0 + offsets[$1] + slopes[$1] * package[$1] }
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
        return sum
    }

    /// The utility one term's value contributes.
    @inlinable public func utility(ofTerm index: Int, value: Double) -> Double {
        offsets[index] + slopes[index] * value
    }

    /// DESIGN §4: at least as good for the buyer as its reservation package.
    @inlinable public func acceptable(_ package: Package) -> Bool {
        utility(of: package) >= reservation - 1e-9
    }
}
