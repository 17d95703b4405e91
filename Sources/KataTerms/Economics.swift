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

    init(
        units: Double, grossSales: Double, netSales: Double, feeByTerm: [Double], fees: Double, financingCost: Double,
        contribution: Double, promotions: Double, retailerFrontMargin: Double, retailerFloat: Double
    ) {
        self.units = units
        self.grossSales = grossSales
        self.netSales = netSales
        self.feeByTerm = feeByTerm
        self.fees = fees
        self.financingCost = financingCost
        self.contribution = contribution
        self.promotions = promotions
        self.retailerFrontMargin = retailerFrontMargin
        self.retailerFloat = retailerFloat
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
        self.init(margin: economics.margin, tradeSpendRate: economics.tradeSpendRate, promotions: economics.promotions, targets)
    }

    @inlinable public init(margin: Double, tradeSpendRate: Double, promotions: Double, _ targets: Targets) {
        let slack = 1e-9
        marginAtTarget = margin >= targets.marginTarget - slack
        marginAboveFloor = margin >= targets.marginFloor - slack
        tradeSpendAtTarget = tradeSpendRate <= targets.tradeSpendTarget + slack
        tradeSpendUnderCap = tradeSpendRate <= targets.tradeSpendCap + slack
        promotionsAtTarget = promotions >= targets.promotionsTarget - slack
        promotionsAtMinimum = promotions >= targets.promotionsMinimum - slack
    }

    /// DESIGN §4: margin ≥ floor, trade-spend rate ≤ cap and promotions ≥ minimum.
    @inlinable public var acceptableToSupplier: Bool { marginAboveFloor && tradeSpendUnderCap && promotionsAtMinimum }
}
