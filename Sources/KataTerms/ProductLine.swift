/// The supplier's product line at this account: the inputs of every money figure.
public struct ProductLine: Sendable, Hashable {
    public var name: String
    public var skus: Int
    public var unitCost: Double
    public var listPrice: Double
    public var shelfPrice: Double
    public var baselineUnits: Double

    public init(name: String, skus: Int, unitCost: Double, listPrice: Double, shelfPrice: Double, baselineUnits: Double) {
        self.name = name
        self.skus = skus
        self.unitCost = unitCost
        self.listPrice = listPrice
        self.shelfPrice = shelfPrice
        self.baselineUnits = baselineUnits
    }
}

/// Annual cost of capital for each side, as fractions (6 % → 0.06): prices the payment days.
public struct CapitalRate: Sendable, Hashable {
    public var supplier: Double
    public var retailer: Double

    public init(supplier: Double, retailer: Double) {
        self.supplier = supplier
        self.retailer = retailer
    }
}
