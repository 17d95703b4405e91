/// Values for every term of a scenario, in the scenario's term order: an offer, a demand, or the deal.
///
/// Indexed by position rather than by id so that engines and analyses can evaluate millions of
/// packages without hashing.
public struct Package: Sendable, Hashable, Codable {
    public var values: [Double]

    @inlinable public init(_ values: [Double]) { self.values = values }

    @inlinable public subscript(index: Int) -> Double {
        get { values[index] }
        set { values[index] = newValue }
    }

    @inlinable public var count: Int { values.count }
}
