/// A buyer line: which situation's lines, which variant, and the values its placeholders take. The
/// text itself is rendered on demand (`BuyerLines.text`), so sessions run without building strings.
public struct Speech: Sendable, Hashable, Codable {
    public var key: LineKey
    public var variant: Int
    public var term: String?
    public var value: Double?
    public var competitor: String?
    public var otherRetailer: String?
    public var fee: String?
    /// A margin in percent points (`own_calculation`).
    public var margin: Double?
    public var deadline: Int?
    public var roundsLeft: Int?
    /// Promised extra volume in percent (`volume_promise`).
    public var volume: Double?
    /// Who speaks: an index into the persona's `colleagues`, or nil for the buyer itself.
    public var speaker: Int?

    public init(
        key: LineKey, variant: Int = 0, term: String? = nil, value: Double? = nil, competitor: String? = nil,
        otherRetailer: String? = nil, fee: String? = nil, margin: Double? = nil, deadline: Int? = nil,
        roundsLeft: Int? = nil, volume: Double? = nil
    ) {
        self.key = key
        self.variant = variant
        self.term = term
        self.value = value
        self.competitor = competitor
        self.otherRetailer = otherRetailer
        self.fee = fee
        self.margin = margin
        self.deadline = deadline
        self.roundsLeft = roundsLeft
        self.volume = volume
    }

    /// Whether this speech has a value for `placeholder` (the scenario's names always do).
    func fills(_ placeholder: String) -> Bool {
        switch placeholder {
        case "term": term != nil
        case "value": value != nil
        case "competitor": competitor != nil
        case "other_retailer": otherRetailer != nil
        case "fee": fee != nil
        case "margin": margin != nil
        case "deadline": deadline != nil
        case "rounds_left": roundsLeft != nil
        case "volume": volume != nil
        default: true
        }
    }
}
