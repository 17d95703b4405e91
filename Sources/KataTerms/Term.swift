/// One negotiable trade term of a scenario: its kind, its range and grid, and what the rules allow.
///
/// Values are in the term's unit as written in the scenario file: percent points for percent kinds,
/// RMB for fees, a count for promotion slots, days for payment days.
public struct Term: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var aliases: [String]
    public var kind: TermKind
    public var low: Double
    public var high: Double
    public var step: Double
    public var lastYear: Double?
    /// Promotion slots only: extra sales during a slot, as a fraction of baseline (60 % → 0.6).
    public var lift: Double
    /// Promotion slots only: weeks one slot lasts.
    public var weeks: Double
    /// Per-slot fees only: the index of the `promo_slots` term whose slots the fee is paid for.
    public var slotTerm: Int?
    /// Per-slot fees only: the fee is paid in every store.
    public var perStore: Bool
    /// A value above this breaks a rule (e.g. 60 payment days).
    public var legalMax: Double?
    /// The term itself is barred when not zero (e.g. an anniversary fee with no promotion service).
    public var prohibited: Bool
    /// The rule a prohibited term or a legal maximum comes from, for the trainee to cite.
    public var rule: String?

    public init(
        id: String, name: LocalizedText, aliases: [String] = [], kind: TermKind,
        low: Double, high: Double, step: Double, lastYear: Double? = nil,
        lift: Double = 0, weeks: Double = 0, slotTerm: Int? = nil, perStore: Bool = false,
        legalMax: Double? = nil, prohibited: Bool = false, rule: String? = nil
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.low = low
        self.high = high
        self.step = step
        self.lastYear = lastYear
        self.lift = lift
        self.weeks = weeks
        self.slotTerm = slotTerm
        self.perStore = perStore
        self.legalMax = legalMax
        self.prohibited = prohibited
        self.rule = rule
    }

    /// Number of grid points in the range.
    public var gridCount: Int { Int(((high - low) / step).rounded()) + 1 }

    /// The value at grid index `index` (0 is `low`).
    public func value(atGrid index: Int) -> Double { low + Double(index) * step }

    /// Whether `value` lies inside the range.
    public func contains(_ value: Double) -> Bool {
        value >= low - Term.tolerance && value <= high + Term.tolerance
    }

    /// Whether `value` sits on the step grid that starts at `low`.
    public func isOnStep(_ value: Double) -> Bool {
        let k = (value - low) / step
        return abs(k - k.rounded()) < 1e-6
    }

    /// The nearest grid value to `value`, clamped to the range.
    public func snapped(_ value: Double) -> Double {
        let k = ((value - low) / step).rounded()
        return min(max(low + k * step, low), high)
    }

    /// Whether `value` breaks the term's rule: above a legal maximum, or any amount of a prohibited fee.
    public func breaksRule(_ value: Double) -> Bool {
        if prohibited && value > Term.tolerance { return true }
        if let legalMax, value > legalMax + Term.tolerance { return true }
        return false
    }

    /// This term with its range cut to the values no rule forbids: up to the last grid value at or below
    /// its legal maximum, or only its low end when it is prohibited. Analyses search over these ranges
    /// (DESIGN §4: every analysis is over lawful packages) while utility stays normalised on the full range.
    public var lawful: Term {
        var copy = self
        if prohibited {
            copy.high = low
        } else if let legalMax, legalMax < high {
            copy.high = max(low, low + ((legalMax - low) / step + 1e-9).rounded(.down) * step)
        }
        return copy
    }

    /// How a message in `language` names this term: its name in that language, else (a Chinese-only
    /// term in an English session) its id — never words of the other language in a sentence.
    public func label(_ language: Language) -> String {
        switch language {
        case .zh: name.zh ?? name.en ?? id
        case .en: name.en ?? id
        }
    }

    /// Whether `text` names this term: its id, its name in any language or one of its aliases.
    public func isNamed(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return ([id] + name.all + aliases).contains { $0.lowercased() == wanted }
    }

    /// Why `value` is not a valid value of this term (off its range or its step grid), or `nil`.
    public func problem(with value: Double) -> ValueProblem? {
        guard contains(value) else { return .outsideRange(value: value, low: low, high: high) }
        guard isOnStep(value) else {
            let below = self.value(atGrid: Int(((value - low) / step).rounded(.down)))
            return .offStep(value: value, step: step, below: below)
        }
        return nil
    }

    static let tolerance = 1e-9
}

/// Why a value is not one of a term's values: data, worded at the edge in the user's language.
public enum ValueProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    case outsideRange(value: Double, low: Double, high: Double)
    /// Off the step grid; `below` is the grid value under it.
    case offStep(value: Double, step: Double, below: Double)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.outsideRange(let value, let low, let high), .en):
            "\(Format.number(value)) is outside the range \(Format.number(low))…\(Format.number(high))"
        case (.outsideRange(let value, let low, let high), .zh):
            "\(Format.number(value))不在范围 \(Format.number(low))…\(Format.number(high)) 之内"
        case (.offStep(let value, let step, let below), .en):
            "\(Format.number(value)) is off the step \(Format.number(step)): nearest \(Format.number(below)) or \(Format.number(below + step))"
        case (.offStep(let value, let step, let below), .zh):
            "\(Format.number(value))不是步长 \(Format.number(step)) 的整数倍:最近的是 \(Format.number(below)) 或 \(Format.number(below + step))"
        }
    }

    public var description: String { message(.en) }
}
