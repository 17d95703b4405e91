import Foundation

/// What the trainee typed, understood: a move for the reducer, or why it could not be understood.
/// Commands (`offer rebate 5%`, `if dm_slots 6 then rebate 5.5`, `offers … | …`, `agree rebate`,
/// `accept`, `hold`, `ask why`, `challenge`, `escalate`, `walk`) and free text in Chinese or English
/// (`返利最多给5个点`, `如果给我们6档DM,返利可以到5.5%`, `we can do 60 days if you add two DM slots`) both
/// land here.
public struct Utterance: Sendable, Equatable {
    /// The move, when the text was understood.
    public var move: Move?
    /// The trainee sounded eager (`我们非常希望尽快合作`, `we really need this deal`): the buyer reads it.
    public var eager: Bool
    /// Why the text was not understood, when it was not.
    public var problem: Problem?

    /// Why a text could not become a move.
    public enum Problem: Sendable, Equatable {
        /// Nothing in it reads as a move.
        case notUnderstood
        /// A term is named without a value.
        case valueMissing(term: String)
        /// A value stands with no term it could belong to.
        case termMissing(value: String)
        /// A value's unit does not fit its term (`返利8千`).
        case unitMismatch(term: String, value: String)

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.notUnderstood, .en): "not understood"
            case (.notUnderstood, .zh): "没有听懂"
            case (.valueMissing(let term), .en): "how much for \(term)?"
            case (.valueMissing(let term), .zh): "\(term)给多少?"
            case (.termMissing(let value), .en): "which term is \(value) for?"
            case (.termMissing(let value), .zh): "\(value)指的是哪个条款?"
            case (.unitMismatch(let term, let value), .en): "\(value) does not fit \(term)"
            case (.unitMismatch(let term, let value), .zh): "\(value)和\(term)的单位对不上"
            }
        }
    }

    public init(move: Move?, eager: Bool = false, problem: Problem? = nil) {
        self.move = move
        self.eager = eager
        self.problem = problem
    }

    /// Reads `text` against the scenario's terms.
    public static func parse(_ text: String, terms: [Term]) -> Utterance {
        let normal = normalise(text)
        let eager = Keywords.eager.contains { normal.contains($0) }
        guard !normal.isEmpty else { return Utterance(move: nil, problem: .notUnderstood) }
        let vocabulary = TermVocabulary(terms)
        // The eager words themselves say nothing about the terms (`we really need this deal` is no `deal`).
        var plain = normal
        for phrase in Keywords.eager.sorted(by: { $0.count > $1.count }) { plain = plain.replacingOccurrences(of: phrase, with: " ") }
        let result = understand(plain.trimmingCharacters(in: .whitespaces), vocabulary)
        switch result {
        case .success(let move): return Utterance(move: move, eager: eager)
        case .failure(let problem):
            // Eagerness alone is still something said.
            return eager ? Utterance(move: .hold, eager: true) : Utterance(move: nil, problem: problem.problem)
        }
    }

    struct Failure: Error { var problem: Problem }

    private static func understand(_ text: String, _ vocabulary: TermVocabulary) -> Result<Move, Failure> {
        let words = text.split(separator: " ").map(String.init)
        switch words.first {
        case "offers":
            let options = text.dropFirst("offers".count).split(separator: "|").map { pairs(String($0), vocabulary) }
            var values: [[TermValue]] = []
            for option in options {
                switch option {
                case .success(let found) where !found.isEmpty: values.append(found)
                case .success: return .failure(Failure(problem: .notUnderstood))
                case .failure(let failure): return .failure(failure)
                }
            }
            return .success(.meso(options: values))
        case "agree", "agreed":
            let rest = words.dropFirst().joined(separator: " ")
            let mentions = vocabulary.mentions(in: Array(rest))
            if mentions.count == 1, Numerals.scan(Array(rest)).isEmpty { return .success(.agree(term: vocabulary.terms[mentions[0].term].id)) }
        case "ask":
            return .success(.ask(question: Keywords.why.contains { text.contains($0) } ? .why : .priorities))
        default:
            break
        }
        if let (condition, consequence) = conditional(text) {
            let get = pairs(condition, vocabulary)
            let give = pairs(consequence, vocabulary)
            switch (give, get) {
            case (.success(let give), .success(let get)) where !give.isEmpty && !get.isEmpty:
                return .success(.conditional(give: give, get: get))
            case (.failure(let failure), _), (_, .failure(let failure)):
                return .failure(failure)
            default:
                break
            }
        }
        switch pairs(text, vocabulary) {
        case .success(let found) where !found.isEmpty:
            return .success(.offer(terms: found))
        case .failure(let failure) where failure.problem != .notUnderstood:
            // A named term with an intent word (`返利就这么定`, `agree on rebate`) settles that term.
            if case .valueMissing = failure.problem, let term = agreedTerm(text, vocabulary) { return .success(.agree(term: term)) }
            if let move = intent(text) { return .success(move) }
            return .failure(failure)
        default:
            if let move = intent(text) { return .success(move) }
            return .failure(Failure(problem: .notUnderstood))
        }
    }

    /// The single term of a text that agrees to settle it.
    private static func agreedTerm(_ text: String, _ vocabulary: TermVocabulary) -> String? {
        let mentions = vocabulary.mentions(in: Array(text))
        guard mentions.count == 1, Keywords.accept.contains(where: { text.contains($0) }) || Keywords.settle.contains(where: { text.contains($0) })
        else { return nil }
        return vocabulary.terms[mentions[0].term].id
    }

    /// A move with no values: accept, hold, ask, challenge, escalate, walk.
    private static func intent(_ text: String) -> Move? {
        func has(_ words: [String]) -> Bool { words.contains { Keywords.contains(text, $0) } }
        if has(Keywords.walk) { return .walk }
        if has(Keywords.challenge) { return .challenge }
        if has(Keywords.escalate) { return .escalate }
        if has(Keywords.why) { return .ask(question: .why) }
        if has(Keywords.priorities) { return .ask(question: .priorities) }
        if has(Keywords.hold) { return .hold }
        if has(Keywords.accept) { return .accept }
        return nil
    }

    /// The condition (what the buyer gives) and the consequence (what the trainee gives) of an
    /// if–then sentence, if it is one.
    static func conditional(_ text: String) -> (String, String)? {
        // 如果 A，(就|那么) B / 只要 A 就 B / 要是 A 的话 B
        for opener in ["如果", "假如", "要是", "只要"] {
            guard let start = text.range(of: opener) else { continue }
            let rest = text[start.upperBound...]
            for joint in ["的话", "那么", "就", ",", ";"] {
                if let split = rest.range(of: joint) {
                    let condition = String(rest[..<split.lowerBound])
                    let consequence = String(text[..<start.lowerBound]) + String(rest[split.upperBound...])
                    if !condition.isEmpty && !consequence.isEmpty { return (condition, consequence) }
                }
            }
        }
        // if A then B / if A, B / B if A
        let words = " " + text + " "
        if let start = words.range(of: " if ") {
            let before = String(words[..<start.lowerBound])
            let after = String(words[start.upperBound...])
            for joint in [" then ", ", ", ","] {
                if let split = after.range(of: joint), before.trimmingCharacters(in: .whitespaces).isEmpty {
                    return (String(after[..<split.lowerBound]), String(after[split.upperBound...]))
                }
            }
            if !before.trimmingCharacters(in: .whitespaces).isEmpty { return (after, before) }
        }
        return nil
    }

    /// Term–value pairs in a text: each value belongs to the nearest term named before it (or just
    /// after it, `5% rebate`, `6档DM`), or, with no term named, to the one term its unit fits.
    static func pairs(_ text: String, _ vocabulary: TermVocabulary) -> Result<[TermValue], Failure> {
        let characters = Array(text)
        let mentions = vocabulary.mentions(in: characters)
        var numbers = Numerals.scan(characters).filter { number in
            // a word-number with no unit only counts next to a term (`请示一下`, `no one` are not values)
            !number.inWords || mentions.contains { abs($0.range.lowerBound - number.range.upperBound) <= 2 || abs(number.range.lowerBound - $0.range.upperBound) <= 2 }
        }
        // Numbers inside a term's own name (`DM1`) are not values.
        numbers.removeAll { number in mentions.contains { $0.range.overlaps(number.range) } }
        var used = Set<Int>()
        var result: [TermValue] = []
        for (position, number) in numbers.enumerated() {
            let previousEnd = position > 0 ? numbers[position - 1].range.upperBound : 0
            let nextStart = position + 1 < numbers.count ? numbers[position + 1].range.lowerBound : characters.count
            let before = mentions.last { $0.range.upperBound <= number.range.lowerBound && $0.range.lowerBound >= previousEnd && !used.contains($0.offset) }
            let after = mentions.first { $0.range.lowerBound >= number.range.upperBound && $0.range.upperBound <= nextStart && !used.contains($0.offset) }
            let chosen: TermMention?
            if let before, let after {
                // the closer one; a term before wins a tie (`返利5个点`)
                chosen = (number.range.lowerBound - before.range.upperBound) <= (after.range.lowerBound - number.range.upperBound) ? before : after
            } else {
                chosen = before ?? after
            }
            let written = String(characters[number.range]).trimmingCharacters(in: .whitespaces)
            var termIndex = chosen?.term
            if termIndex == nil, let unit = number.unit {
                let fitting = vocabulary.terms.indices.filter { vocabulary.terms[$0].kind.unit == unit }
                if fitting.count == 1 { termIndex = fitting[0] }
            }
            guard let index = termIndex else { return .failure(Failure(problem: .termMissing(value: written))) }
            if let chosen { used.insert(chosen.offset) }
            let term = vocabulary.terms[index]
            if let unit = number.unit, unit != term.kind.unit {
                return .failure(Failure(problem: .unitMismatch(term: term.name.all.first ?? term.id, value: written)))
            }
            if !result.contains(where: { $0.term == term.id }) { result.append(TermValue(term.id, number.value)) }
        }
        if let unpaired = mentions.first(where: { !used.contains($0.offset) }), !result.contains(where: { $0.term == vocabulary.terms[unpaired.term].id }) {
            let term = vocabulary.terms[unpaired.term]
            return .failure(Failure(problem: .valueMissing(term: term.name.all.first ?? term.id)))
        }
        if result.isEmpty { return .failure(Failure(problem: .notUnderstood)) }
        return .success(result)
    }

    /// Lowercased, full-width punctuation and digits made half-width, `=` and `:` spaced out, runs
    /// of spaces squeezed.
    static func normalise(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3001: result.append(",")
            case 0x3002: result.append(".")
            default: result.unicodeScalars.append(scalar)
            }
        }
        result = result.replacingOccurrences(of: "=", with: " ").replacingOccurrences(of: ":", with: " ")
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
