/// The supplier company's goals and limits for the deal. Rates are fractions (24 % → 0.24).
public struct Targets: Sendable, Hashable {
    public var marginTarget: Double
    public var marginFloor: Double
    public var tradeSpendTarget: Double
    public var tradeSpendCap: Double
    public var promotionsTarget: Double
    public var promotionsMinimum: Double

    public init(
        marginTarget: Double, marginFloor: Double, tradeSpendTarget: Double, tradeSpendCap: Double,
        promotionsTarget: Double, promotionsMinimum: Double
    ) {
        self.marginTarget = marginTarget
        self.marginFloor = marginFloor
        self.tradeSpendTarget = tradeSpendTarget
        self.tradeSpendCap = tradeSpendCap
        self.promotionsTarget = promotionsTarget
        self.promotionsMinimum = promotionsMinimum
    }
}
