import Foundation
import KataTerms

/// A term's value as people type it, read with the one number grammar (`Numerals`) that the REPL's
/// free text, `plan` and `calc TERM=VALUE` share: `5`, `5%`, `五个点`, `十二`, `两`, `半个点`,
/// `五个半点`, `8千`, `2千5`, `1.5万`, `8,000元`, `60天`, `两个月` (30 days each for payment days),
/// `两个半月`, `6档`.
public enum ValueText {
    /// Why a text is not a value of a term.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Nothing in the text reads as a number.
        case notANumber(text: String)
        /// A number was read, but not all of the text: `left` is what remains (`5%%`, `-5`, `5 or 6`).
        case leftOver(text: String, left: String)
        /// The number's unit is not the term's (`rebate=5天`).
        case unitMismatch(term: String, unit: TermUnit, written: String)

        public var description: String {
            switch self {
            case .notANumber(let text):
                "'\(text)' is not a number (e.g. 5, 5%, 8000, 8千, 1.5万, 60天) — in words too: 五个点, 2千5, 两个月"
            case .leftOver(let text, let left):
                "'\(text)' is not one number: cannot read '\(left)'"
            case .unitMismatch(let term, let unit, let written):
                "\(term) is counted in \(unit.rawValue), not \(written)"
            }
        }
    }

    /// Reads all of `text` as one value of `term`, in the term's unit.
    public static func read(_ text: String, for term: Term) throws(Problem) -> Double {
        let characters = Array(Utterance.normalise(text))
        let numbers = Numerals.scan(characters)
        guard let number = numbers.first else { throw .notANumber(text: text) }
        var end = number.range.upperBound
        var unit = number.unit
        // a bare classifier after a count names slots (`DM=6个`); in free text it stays part of the sentence
        if unit == nil, Numerals.matches("个", characters, at: end) {
            unit = .slots
            end += 1
        }
        guard number.range.lowerBound == 0, end == characters.count else {
            let left = String(characters[..<number.range.lowerBound]) + String(characters[end...])
            throw .leftOver(text: text, left: left.trimmingCharacters(in: .whitespaces))
        }
        var counted = number
        counted.unit = unit
        guard let value = value(of: counted, for: term) else {
            let written = number.months ? "months" : counted.unit?.rawValue ?? ""
            throw .unitMismatch(term: term.id, unit: term.kind.unit, written: written)
        }
        return value
    }

    /// The value a number found in a text stands for in `term`'s unit, or `nil` when its unit does not
    /// fit the term. Months fit slot terms counted in months and days terms alike, 30 days each
    /// (`端架两个月`, `账期两个月`).
    static func value(of number: FoundNumber, for term: Term) -> Double? {
        guard number.fits(term) else { return nil }
        return number.months && term.kind.unit == .days ? number.value * 30 : number.value
    }
}

extension FoundNumber {
    /// Whether a value written with this number's unit may belong to `term` (a bare number fits any).
    func fits(_ term: Term) -> Bool {
        guard let unit else { return true }
        return unit == term.kind.unit || months && term.kind.unit == .days
    }
}
