/// How a trade term turns into money (DESIGN §4). The raw value is the name used in scenario files.
public enum TermKind: String, CaseIterable, Sendable, Codable {
    case priceDiscount = "price_discount"
    case percentOfPurchases = "percent_of_purchases"
    case fixed
    case perStore = "per_store"
    case perSKUPerStore = "per_sku_per_store"
    case promoSlots = "promo_slots"
    case perSlot = "per_slot"
    case paymentDays = "payment_days"

    /// The unit a value of this kind is written in.
    public var unit: TermUnit {
        switch self {
        case .priceDiscount, .percentOfPurchases: .percent
        case .fixed, .perStore, .perSKUPerStore, .perSlot: .rmb
        case .promoSlots: .slots
        case .paymentDays: .days
        }
    }

    /// Kinds whose cost is a fee F in the economics (everything but discounts, slots and days).
    public var isFee: Bool {
        switch self {
        case .percentOfPurchases, .fixed, .perStore, .perSKUPerStore, .perSlot: true
        case .priceDiscount, .promoSlots, .paymentDays: false
        }
    }
}

/// The unit of a term's value, for parsing and display.
public enum TermUnit: String, Sendable, Codable {
    case percent
    case rmb
    case slots
    case days
}
