import Foundation
import KataTerms

/// A number as people type it for a term value, with its unit if one was written:
/// `5`, `5%`, `5个点`, `8千`, `8000元`, `1.5万`, `8k`, `60天`, `60 days`, `6档`.
public struct Quantity: Sendable, Hashable {
    public var value: Double
    /// The unit the text named, if any; `nil` for a bare number.
    public var unit: TermUnit?

    public init(value: Double, unit: TermUnit?) {
        self.value = value
        self.unit = unit
    }

    /// Suffixes that name a unit, longest first so `个点` wins over `点`.
    private static let units: [(String, TermUnit)] = [
        ("个百分点", .percent), ("个点", .percent), ("percent", .percent), ("pct", .percent), ("%", .percent), ("％", .percent), ("点", .percent),
        ("rmb", .rmb), ("yuan", .rmb), ("元", .rmb), ("块", .rmb),
        ("days", .days), ("day", .days), ("天", .days),
        ("slots", .slots), ("slot", .slots), ("档", .slots), ("期", .slots), ("个", .slots),
    ]

    /// Multipliers written after the number.
    private static let scales: [(String, Double)] = [("万", 10_000), ("千", 1_000), ("w", 10_000), ("k", 1_000)]

    /// Parses `text`, or returns `nil` when it is not a number with an optional scale and unit.
    public static func parse(_ text: String) -> Quantity? {
        var rest = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: ",", with: "")
        var unit: TermUnit?
        for (suffix, named) in units where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            unit = named
            break
        }
        var scale = 1.0
        for (suffix, factor) in scales where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            scale = factor
            if unit == nil { unit = .rmb }
            break
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Double(rest), number.isFinite
        else { return nil }
        return Quantity(value: number * scale, unit: unit)
    }
}
