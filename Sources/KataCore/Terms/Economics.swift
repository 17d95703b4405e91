/// The profit and loss of one package for supplier and retailer, by the definitions of DESIGN §4.
///
/// Money is in RMB a year; rates are fractions (a margin of 0.21 is 21 %).
public struct Economics: Sendable, Hashable {
    /// U: annual units, baseline plus the lift of every promotion slot.
    public var units: Double
    /// G: units at list price.
    public var grossSales: Double
    /// N: units at the invoice price after every price discount.
    public var netSales: Double
    /// The money each term costs the supplier a year, in term order (0 for kinds that are not fees).
    public var feeByTerm: [Double]
    /// F: the sum of every fee.
    public var fees: Double
    /// K: what the payment days cost the supplier in capital.
    public var financingCost: Double
    /// C = N − U × unit cost − F − K.
    public var contribution: Double
    /// P: promotion slots in all.
    public var promotions: Double
    /// Retailer: shelf revenue minus what it pays the supplier.
    public var retailerFrontMargin: Double
    /// Retailer's float: what holding the supplier's money for the payment days earns it.
    public var retailerFloat: Double

    /// C / N.
    public var margin: Double { netSales > 0 ? contribution / netSales : 0 }
    /// TS = (G − N) + F.
    public var tradeSpend: Double { grossSales - netSales + fees }
    /// TS / G.
    public var tradeSpendRate: Double { grossSales > 0 ? tradeSpend / grossSales : 0 }
    /// The retailer's back margin: every fee.
    public var retailerBackMargin: Double { fees }
    /// Front + back margin + float.
    public var retailerProfit: Double { retailerFrontMargin + retailerBackMargin + retailerFloat }

    public init(_ package: Package, in scenario: Scenario) {
        let line = scenario.productLine
        let terms = scenario.terms
        let stores = Double(scenario.account.stores)
        var units = line.baselineUnits
        var discount = 0.0
        var days = 0.0
        var promotions = 0.0
        for (index, term) in terms.enumerated() {
            let value = package[index]
            switch term.kind {
            case .promoSlots:
                promotions += value
                units += value * term.lift * term.weeks / 52 * line.baselineUnits
            case .priceDiscount:
                discount += value / 100
            case .paymentDays:
                days += value
            case .percentOfPurchases, .fixed, .perStore, .perSKUPerStore, .perSlot:
                break
            }
        }
        let gross = units * line.listPrice
        let net = gross * (1 - discount)
        var feeByTerm = [Double](repeating: 0, count: terms.count)
        for (index, term) in terms.enumerated() {
            let value = package[index]
            switch term.kind {
            case .percentOfPurchases:
                feeByTerm[index] = value / 100 * net
            case .fixed:
                feeByTerm[index] = value
            case .perStore:
                feeByTerm[index] = value * stores
            case .perSKUPerStore:
                feeByTerm[index] = value * Double(line.skus) * stores
            case .perSlot:
                let slots = term.slotTerm.map { package[$0] } ?? 0
                feeByTerm[index] = value * slots * (term.perStore ? stores : 1)
            case .priceDiscount, .promoSlots, .paymentDays:
                break
            }
        }
        let fees = feeByTerm.reduce(0, +)
        let financing = net * days / 365 * scenario.capitalRate.supplier
        self.units = units
        self.grossSales = gross
        self.netSales = net
        self.feeByTerm = feeByTerm
        self.fees = fees
        self.financingCost = financing
        self.contribution = net - units * line.unitCost - fees - financing
        self.promotions = promotions
        self.retailerFrontMargin = units * line.shelfPrice - net
        self.retailerFloat = net * days / 365 * scenario.capitalRate.retailer
    }
}

/// How a package stands against the supplier's targets and limits.
public struct TargetCheck: Sendable, Hashable {
    public var marginAtTarget: Bool
    public var marginAboveFloor: Bool
    public var tradeSpendAtTarget: Bool
    public var tradeSpendUnderCap: Bool
    public var promotionsAtTarget: Bool
    public var promotionsAtMinimum: Bool

    public init(_ economics: Economics, _ targets: Targets) {
        let slack = 1e-9
        marginAtTarget = economics.margin >= targets.marginTarget - slack
        marginAboveFloor = economics.margin >= targets.marginFloor - slack
        tradeSpendAtTarget = economics.tradeSpendRate <= targets.tradeSpendTarget + slack
        tradeSpendUnderCap = economics.tradeSpendRate <= targets.tradeSpendCap + slack
        promotionsAtTarget = economics.promotions >= targets.promotionsTarget - slack
        promotionsAtMinimum = economics.promotions >= targets.promotionsMinimum - slack
    }

    /// DESIGN §4: margin ≥ floor, trade-spend rate ≤ cap and promotions ≥ minimum.
    public var acceptableToSupplier: Bool { marginAboveFloor && tradeSpendUnderCap && promotionsAtMinimum }
}
