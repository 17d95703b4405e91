/// A scenario's economics (its terms, product line, store count and capital rates) compiled once into per-term coefficients, so a package's money can be
/// worked out millions of times (bots, spar, analysis) without touching the scenario's text. It is
/// the one place DESIGN §4's definitions are written. Immutable and shared.
public final class EconomicsModel: Sendable {
    @usableFromInline let kinds: [TermKind]
    /// Promotion slots: extra units per slot (lift × weeks/52 × baseline).
    @usableFromInline let unitsPerSlot: [Double]
    /// Per-slot fees: the slot term they are paid for (−1 for none) and the store factor.
    @usableFromInline let slotTerm: [Int]
    @usableFromInline let slotFactor: [Double]
    @usableFromInline let stores: Double
    @usableFromInline let skus: Double
    @usableFromInline let unitCost: Double
    @usableFromInline let listPrice: Double
    @usableFromInline let shelfPrice: Double
    @usableFromInline let baseline: Double
    @usableFromInline let supplierCapital: Double
    @usableFromInline let retailerCapital: Double

    public init(terms: [Term], productLine line: ProductLine, stores: Int, capitalRate: CapitalRate) {
        kinds = terms.map(\.kind)
        unitsPerSlot = terms.map { $0.kind == .promoSlots ? $0.lift * $0.weeks / 52 * line.baselineUnits : 0 }
        slotTerm = terms.map { $0.kind == .perSlot ? ($0.slotTerm ?? -1) : -1 }
        slotFactor = terms.map { $0.perStore ? Double(stores) : 1 }
        self.stores = Double(stores)
        skus = Double(line.skus)
        unitCost = line.unitCost
        listPrice = line.listPrice
        shelfPrice = line.shelfPrice
        baseline = line.baselineUnits
        supplierCapital = capitalRate.supplier
        retailerCapital = capitalRate.retailer
    }

    /// Units, discount share, payment days and promotion slots of a package.
    @inlinable func volume(_ package: Package) -> (units: Double, discount: Double, days: Double, promotions: Double) {
        var units = baseline
        var discount = 0.0
        var days = 0.0
        var promotions = 0.0
        for index in kinds.indices {
            let value = package[index]
            switch kinds[index] {
            case .promoSlots:
                promotions += value
                units += value * unitsPerSlot[index]
            case .priceDiscount: discount += value / 100
            case .paymentDays: days += value
            case .percentOfPurchases, .fixed, .perStore, .perSKUPerStore, .perSlot: break
            }
        }
        return (units, discount, days, promotions)
    }

    /// What term `index` at `package`'s value costs the supplier a year (0 for non-fees).
    @inlinable func fee(_ index: Int, _ package: Package, netSales: Double) -> Double {
        let value = package[index]
        switch kinds[index] {
        case .percentOfPurchases: return value / 100 * netSales
        case .fixed: return value
        case .perStore: return value * stores
        case .perSKUPerStore: return value * skus * stores
        case .perSlot:
            let slots = slotTerm[index] >= 0 ? package[slotTerm[index]] : 0
            return value * slots * slotFactor[index]
        case .priceDiscount, .promoSlots, .paymentDays: return 0
        }
    }

    /// RMB a year per unit of term `index`'s value at `package` (0 for non-fees).
    @inlinable public func feeRate(_ index: Int, _ package: Package) -> Double {
        var unit = package
        unit[index] = 1
        let v = volume(package)
        return fee(index, unit, netSales: v.units * listPrice * (1 - v.discount))
    }

    public func economics(_ package: Package) -> Economics {
        let v = volume(package)
        let gross = v.units * listPrice
        let net = gross * (1 - v.discount)
        var feeByTerm = [Double](repeating: 0, count: kinds.count)
        var fees = 0.0
        for index in kinds.indices {
            feeByTerm[index] = fee(index, package, netSales: net)
            fees += feeByTerm[index]
        }
        let financing = net * v.days / 365 * supplierCapital
        return Economics(
            units: v.units, grossSales: gross, netSales: net, feeByTerm: feeByTerm, fees: fees, financingCost: financing,
            contribution: net - v.units * unitCost - fees - financing, promotions: v.promotions,
            retailerFrontMargin: v.units * shelfPrice - net, retailerFloat: net * v.days / 365 * retailerCapital)
    }

    /// Margin, trade-spend rate and promotions only, without building the fee breakdown: the test a
    /// bot or a search runs on every candidate.
    @inlinable public func check(_ package: Package, against targets: Targets) -> TargetCheck {
        let v = volume(package)
        let gross = v.units * listPrice
        let net = gross * (1 - v.discount)
        var fees = 0.0
        for index in kinds.indices { fees += fee(index, package, netSales: net) }
        let contribution = net - v.units * unitCost - fees - net * v.days / 365 * supplierCapital
        return TargetCheck(
            margin: net > 0 ? contribution / net : 0, tradeSpendRate: gross > 0 ? (gross - net + fees) / gross : 0,
            promotions: v.promotions, targets)
    }
}
