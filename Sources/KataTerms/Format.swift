import Foundation

/// How numbers read in messages, tables and JSON-free text: `5`, `5.5`, `1,200,000`, `21.3%`.
public enum Format {
    /// A number with no trailing zeros and at most `decimals` decimals: `5`, `0.25`, `1200000`.
    public static func number(_ value: Double, decimals: Int = 4) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        if !value.isFinite || abs(value) >= 1e15 || abs(value) < 1e-4 { return String(format: "%g", value) }
        var text = String(format: "%.\(decimals)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A money amount with thousands separators and no decimals: `1,234,567`.
    public static func money(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(format: "%.3g", value) }
        let rounded = Int(value.rounded())
        let digits = String(abs(rounded))
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (rounded < 0 ? "-" : "") + grouped
    }

    /// A fraction as percent with one decimal: 0.2134 → `21.3%`.
    public static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }

    /// A term value in its unit: `5%`, `8,000 RMB`, `6 slots`, `60 days`.
    public static func value(_ value: Double, unit: TermUnit, language: Language = .en) -> String {
        switch (unit, language) {
        case (.percent, _): "\(number(value))%"
        case (.rmb, .en): "\(money(value)) RMB"
        case (.rmb, .zh): "\(money(value))元"
        case (.slots, .en): "\(number(value)) slot\(value == 1 ? "" : "s")"
        case (.slots, .zh): "\(number(value))档"
        case (.days, .en): "\(number(value)) days"
        case (.days, .zh): "\(number(value))天"
        }
    }
}
