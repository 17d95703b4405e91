import Foundation
import KataEngine
import KataPersona
import KataTerms

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
        /// Longer than anything said across a table (`Utterance.maximumLength` characters): refused
        /// before reading, so no line can make the reader slow.
        case tooLong(characters: Int)

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
            case (.tooLong(let count), .en):
                "too long (\(count) characters; at most \(Utterance.maximumLength)): say one move at a time"
            case (.tooLong(let count), .zh): "太长了(\(count)个字符,最多\(Utterance.maximumLength)个):一次说一个动作"
            }
        }
    }

    /// The longest line read as a move, in characters.
    public static let maximumLength = 500

    public init(move: Move?, eager: Bool = false, problem: Problem? = nil) {
        self.move = move
        self.eager = eager
        self.problem = problem
    }

    /// Reads `text` against the scenario's terms.
    /// With `standing` (the trainee's standing offer), relative changes become values: `返利再让半个点`,
    /// `DM多给两档`, `账期少5天`, `two more slots`, `cut the fee by 1,000`.
    public static func parse(_ text: String, terms: [Term], standing: Package? = nil) -> Utterance {
        guard text.count <= maximumLength else { return Utterance(move: nil, problem: .tooLong(characters: text.count)) }
        let normal = normalise(text)
        let eager = Keywords.eager.contains { normal.contains($0) }
        guard !normal.isEmpty else { return Utterance(move: nil, problem: .notUnderstood) }
        var vocabulary = TermVocabulary(terms)
        vocabulary.standing = standing
        // The eager words themselves say nothing about the terms (`we really need this deal` is no `deal`).
        var plain = normal
        for phrase in Keywords.eager.sorted(by: { $0.count > $1.count }) {
            plain = plain.replacingOccurrences(of: phrase, with: " ")
        }
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
            if mentions.count == 1, Numerals.scan(Array(rest)).isEmpty {
                return .success(.agree(term: vocabulary.terms[mentions[0].term].id))
            }
        case "ask":
            return .success(.ask(question: Keywords.why.contains { text.contains($0) } ? .why : .priorities))
        default:
            break
        }
        // Naming the rule a demand breaks (`店庆费是违规收费,我们不能付`, `cite barcode_fee`) refuses it.
        if has(text, Keywords.cite) {
            let mentions = vocabulary.mentions(in: Array(text))
            if let first = mentions.first, mentions.allSatisfy({ $0.term == first.term }) {
                return .success(.cite(term: vocabulary.terms[first.term].id))
            }
        }
        // An ultimatum, with the values it puts on the table (`最后报价:返利12个点`, `final offer: rebate 11`).
        if has(text, Keywords.final) {
            switch pairs(text, vocabulary) {
            case .success(let found): return .success(.final(terms: found))
            case .failure(let failure) where failure.problem != .notUnderstood: return .failure(failure)
            case .failure: return .success(.final(terms: []))
            }
        }
        // A question stays a question even when it quotes values (`为什么要16个点?`, `why 8% off invoice?`).
        if let question = question(text) { return .success(question) }
        for (condition, consequence) in conditionalSplits(text, vocabulary) {
            if case .success(let get) = pairs(condition, vocabulary), case .success(let give) = pairs(consequence, vocabulary) {
                // Usually the if-clause is what the buyer gives; when, against the standing offer, it is
                // plainly the trainee's give and the other clause the ask (`如果返利13个点,DM要给8档`), swap.
                if leaning(get, vocabulary) > 0 && leaning(give, vocabulary) < 0 {
                    return .success(.conditional(give: get, get: give))
                }
                return .success(.conditional(give: give, get: get))
            }
        }
        // An if–then with no reading that names values on both sides is read as a whole: its values
        // are an offer (`what if we do 5%…`), or what is missing is said (`如果多给DM档期,返利可以商量`).
        switch pairs(text, vocabulary) {
        case .success(let found) where !found.isEmpty:
            return .success(.offer(terms: found))
        case .failure(let failure) where failure.problem != .notUnderstood:
            // A named term with an intent word (`返利就这么定`, `agree on rebate`) settles that term.
            if case .valueMissing = failure.problem, let term = agreedTerm(text, vocabulary) {
                return .success(.agree(term: term))
            }
            if let move = intent(text) { return .success(move) }
            return .failure(failure)
        default:
            if let move = intent(text) { return .success(move) }
            return .failure(Failure(problem: .notUnderstood))
        }
    }

    private static func has(_ text: String, _ words: [String]) -> Bool { words.contains { Keywords.contains(text, $0) } }

    /// The single term of a text that agrees to settle it; a refusal (`返利不可以`) settles nothing.
    private static func agreedTerm(_ text: String, _ vocabulary: TermVocabulary) -> String? {
        let mentions = vocabulary.mentions(in: Array(text))
        guard mentions.count == 1, !has(text, Keywords.hold), has(text, Keywords.accept) || has(text, Keywords.settle) else {
            return nil
        }
        return vocabulary.terms[mentions[0].term].id
    }

    /// A probe of the buyer (why, what matters, prove it), whatever values it quotes; a suggestion put
    /// as a question (`why not 5%?`, `为什么不试试5个点`) is not one, and walking away outranks it.
    private static func question(_ text: String) -> Move? {
        if has(text, Keywords.suggestion) || has(text, Keywords.walk) { return nil }
        if has(text, Keywords.challenge) { return .challenge }
        if has(text, Keywords.why) { return .ask(question: .why) }
        if has(text, Keywords.priorities) { return .ask(question: .priorities) }
        return nil
    }

    /// A move with no values: accept, hold, ask, challenge, escalate, walk.
    private static func intent(_ text: String) -> Move? {
        if has(text, Keywords.walk) { return .walk }
        if has(text, Keywords.challenge) { return .challenge }
        if has(text, Keywords.escalate) { return .escalate }
        if has(text, Keywords.why) { return .ask(question: .why) }
        if has(text, Keywords.priorities) { return .ask(question: .priorities) }
        if has(text, Keywords.hold) { return .hold }
        if has(text, Keywords.accept) { return .accept }
        return nil
    }

    /// Words that open a condition: `如果 A 就 B`, `B, 前提是 A`, `if A then B`, `B if A`.
    private static let conditionOpeners = [
        "如果", "假如", "要是", "只要", "前提是", "条件是", "if", "as long as", "provided that", "provided", "on condition that",
    ]
    /// Words that end a condition and open its consequence, most telling first.
    private static let conditionJoints = ["的话", "那么", "就", "then", ",", ";", "我们", "我方", "we", "i"]

    /// The ways an if–then sentence may split into its condition (what the buyer gives) and its
    /// consequence (what the trainee gives), likeliest first; the caller keeps the first whose halves
    /// both name values, so `如果DM给到8档,返利就给13个点` splits at the comma, not at `就`. Empty
    /// when the text has no conditional word. A sentence has one or two conditions: only the first
    /// `openersRead` places of each opener and the first `cutsRead` cuts after each are tried, so a
    /// line of 500 repeated `如果，` costs no more than a real sentence (each split is read in linear
    /// time: the whole stays linear in the length).
    static func conditionalSplits(_ text: String, _ vocabulary: TermVocabulary) -> [(condition: String, consequence: String)] {
        let characters = Array(text)
        var splits: [(condition: String, consequence: String)] = []
        func add(_ condition: ArraySlice<Character>, _ consequence: [Character]) {
            let condition = String(condition).trimmingCharacters(in: .whitespaces)
            let consequence = String(consequence).trimmingCharacters(in: .whitespaces)
            if !condition.isEmpty, !consequence.isEmpty { splits.append((condition, consequence)) }
        }
        for opener in conditionOpeners {
            for start in occurrences(of: opener, in: characters[...]).prefix(Self.openersRead) {
                let lead = Array(characters[..<start])
                let rest = characters[(start + opener.count)...]
                // `B if A` / `B,前提是A`: what comes before the opener is the consequence, all that follows the condition.
                if !String(lead).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).isEmpty { add(rest, lead) }
                // Or the condition ends at a joint word, or failing that just before a term or a value.
                var cuts: [(end: Int, next: Int)] = []
                for joint in conditionJoints {
                    cuts += occurrences(of: joint, in: rest).map { ($0, $0 + joint.count) }
                }
                cuts += valueStarts(Array(rest), vocabulary).map { (rest.startIndex + $0, rest.startIndex + $0) }
                for cut in cuts.prefix(Self.cutsRead) { add(rest[..<cut.end], lead + rest[cut.next...]) }
            }
        }
        // `A的话, B` needs no opener.
        for end in occurrences(of: "的话", in: characters[...]).prefix(Self.openersRead) {
            add(characters[..<end], Array(characters[(end + 2)...]))
        }
        return splits
    }

    static let openersRead = 2
    static let cutsRead = 16

    /// Offsets where `word` stands in `text`, left to right.
    private static func occurrences(of word: String, in text: ArraySlice<Character>) -> [Int] {
        let characters = Array(word)
        let length = characters.count
        guard let head = characters.first, length <= text.count else { return [] }
        func isLetter(_ index: Int) -> Bool { text.indices.contains(index) && text[index].isASCII && text[index].isLetter }
        return (text.startIndex...(text.endIndex - length)).filter { start in
            guard text[start] == head, text[start..<(start + length)].elementsEqual(characters) else { return false }
            // a Latin word must stand alone (`if` is not in `diff`); Chinese words and punctuation need not
            guard let first = word.first, first.isASCII, first.isLetter else { return true }
            return !isLetter(start - 1) && !isLetter(start + length)
        }
    }

    /// Offsets in `text` where a term's name or a value starts.
    private static func valueStarts(_ text: [Character], _ vocabulary: TermVocabulary) -> [Int] {
        let mentions = vocabulary.mentions(in: text)
        let numbers = Numerals.scan(text, nameEnds: Set(mentions.map(\.range.upperBound)))
        return Set(mentions.map(\.range.lowerBound) + numbers.map(\.range.lowerBound)).sorted()
    }

    /// Term–value pairs in a text: each value belongs to the nearest term named before it (or just
    /// after it, `5% rebate`, `6档DM`); with no term named, to the term of the value before it when a
    /// range word joins them (`返利从16降到13`, `from 8 to 5`), else to the one term its unit fits.
    static func pairs(_ text: String, _ vocabulary: TermVocabulary) -> Result<[TermValue], Failure> {
        let characters = Array(text)
        var mentions = vocabulary.mentions(in: characters)
        let found = Numerals.scan(characters, nameEnds: Set(mentions.map(\.range.upperBound)))
        // A term named by a value's own unit word (`60 days`, `6档期`) is that value's term only when no
        // other term stands by it (`dc fee 60 days` is a days value for the DC fee).
        var unitTerms: [Int: Int] = [:]
        var numbers: [FoundNumber] = []
        for var number in found {
            let overlapping = mentions.filter { $0.range.overlaps(number.range) }
            // Numbers inside a term's own name (`DM1`) are not values.
            if overlapping.contains(where: { $0.range.lowerBound < number.numeral.upperBound }) { continue }
            for mention in overlapping {
                unitTerms[number.range.lowerBound] = mention.term
                number.range = number.range.lowerBound..<max(number.range.upperBound, mention.range.upperBound)
            }
            mentions.removeAll { mention in overlapping.contains { $0.offset == mention.offset } }
            numbers.append(number)
        }
        numbers.removeAll { number in
            // a word-number with no unit only counts next to a term (`请示一下`, `no one` are not values)
            (number.inWords
                && !mentions.contains { mention in
                    abs(mention.range.lowerBound - number.range.upperBound) <= 2
                        || abs(number.range.lowerBound - mention.range.upperBound) <= 2
                        // `two more slots`, `one extra flyer`: only a change word between the number and the term
                        || (mention.range.lowerBound > number.range.upperBound
                            && ["more", "fewer", "extra", "less"].contains(
                                String(characters[number.range.upperBound..<mention.range.lowerBound]).trimmingCharacters(
                                    in: .whitespaces)))
                })
                || isNegated(number, characters)
        }
        var used = Set<Int>()
        var result: [TermValue] = []
        var previousTerm: Int?
        for (position, number) in numbers.enumerated() {
            let previousEnd = position > 0 ? numbers[position - 1].range.upperBound : 0
            let nextStart = position + 1 < numbers.count ? numbers[position + 1].range.lowerBound : characters.count
            let before = mentions.last {
                $0.range.upperBound <= number.range.lowerBound && $0.range.lowerBound >= previousEnd && !used.contains($0.offset)
            }
            // a term after the value belongs to it only within the same clause (`6档DM`, not `13个点,账期`)
            let after = mentions.first { mention in
                mention.range.lowerBound >= number.range.upperBound && mention.range.upperBound <= nextStart
                    && !used.contains(mention.offset)
                    && !characters[number.range.upperBound..<mention.range.lowerBound].contains { $0 == "," || $0 == ";" }
            }
            let chosen: TermMention?
            if let before, let after {
                // the one the unit fits, else the closer one; a term before wins a tie (`返利5个点`)
                let fits = { (mention: TermMention) in number.fits(vocabulary.terms[mention.term]) }
                if fits(before) != fits(after) {
                    chosen = fits(before) ? before : after
                } else {
                    chosen =
                        (number.range.lowerBound - before.range.upperBound) <= (after.range.lowerBound - number.range.upperBound)
                        ? before : after
                }
            } else {
                chosen = before ?? after
            }
            let written = String(characters[number.range]).trimmingCharacters(in: .whitespaces)
            var termIndex = chosen?.term ?? unitTerms[number.range.lowerBound]
            if termIndex == nil, let previousTerm, number.fits(vocabulary.terms[previousTerm]),
                has(String(characters[min(previousEnd, number.range.lowerBound)..<number.range.lowerBound]), Keywords.range)
            {
                termIndex = previousTerm
            }
            if termIndex == nil, let unit = number.unit {
                let fitting = vocabulary.terms.indices.filter { vocabulary.terms[$0].kind.unit == unit }
                if fitting.count == 1 { termIndex = fitting[0] }
            }
            guard let index = termIndex else { return .failure(Failure(problem: .termMissing(value: written))) }
            if let chosen { used.insert(chosen.offset) }
            let term = vocabulary.terms[index]
            guard var value = ValueText.value(of: number, for: term) else {
                return .failure(Failure(problem: .unitMismatch(term: term.name.all.first ?? term.id, value: written)))
            }
            if let standing = vocabulary.standing,
                let direction = relativeDirection(number, characters, from: previousEnd, term: term)
            {
                value = standing[index] + direction * value
            }
            // A later value for the same term replaces the earlier one (`返利从16降到13个点`).
            if let earlier = result.firstIndex(where: { $0.term == term.id }) {
                result[earlier].value = value
            } else {
                result.append(TermValue(term.id, value))
            }
            previousTerm = index
        }
        for unpaired in mentions where !used.contains(unpaired.offset) {
            let term = vocabulary.terms[unpaired.term]
            guard !result.contains(where: { $0.term == term.id }) else { continue }
            // A fee waived (`店庆费免了`, `进场费不给`, `waive the listing fee`) is its range's low end.
            guard isWaived(unpaired, characters) else {
                return .failure(Failure(problem: .valueMissing(term: term.name.all.first ?? term.id)))
            }
            result.append(TermValue(term.id, term.low))
        }
        if result.isEmpty { return .failure(Failure(problem: .notUnderstood)) }
        return .success(result)
    }

    /// Which way values lean against the standing offer: above 0 when they give the buyer more
    /// (towards each kind's default better end for the buyer), below 0 when they ask it for more;
    /// 0 without a standing offer.
    private static func leaning(_ values: [TermValue], _ vocabulary: TermVocabulary) -> Double {
        guard let standing = vocabulary.standing else { return 0 }
        return values.reduce(0.0) { sum, item in
            guard let index = vocabulary.terms.firstIndex(where: { $0.id == item.term }) else { return sum }
            let term = vocabulary.terms[index]
            let towardsBuyer: Double = BuyerEnd.defaultEnd(for: term.kind) == .high ? 1 : -1
            let change = (item.value - standing[index]) / (term.high - term.low)
            return sum + (change > 0 ? 1 : change < 0 ? -1 : 0) * towardsBuyer
        }
    }

    /// Whether a term named without a value is being waived: `免了`, `不给`, `不收`, `取消` right after it,
    /// or `waive`, `drop`, `no` right before it (`no anniversary fee`).
    private static func isWaived(_ mention: TermMention, _ characters: [Character]) -> Bool {
        let after = String(characters[mention.range.upperBound...].prefix(4))
        if ["免了", "免掉", "全免", "不给", "不收", "不交", "取消", "砍掉", "就免"].contains(where: {
            after.hasPrefix($0) || after.hasPrefix("也" + $0) || after.hasPrefix("就" + $0)
        }) {
            return true
        }
        let before = String(characters[..<mention.range.lowerBound]).trimmingCharacters(in: .whitespaces)
        let words = before.split(separator: " ").suffix(2).map(String.init)
        return ["waive", "drop", "no", "without"].contains { word in
            words.last == word || (words.last == "the" && words.first == word)
        }
    }

    /// +1 or −1 when the value is a change to the standing offer rather than a value (`再降一个点`,
    /// `多给两档`, `two more slots`, `reduce it by 1%`), nil when it is a value (`降到8千`, `to 5%`).
    private static func relativeDirection(_ number: FoundNumber, _ characters: [Character], from start: Int, term: Term)
        -> Double?
    {
        let before = String(characters[min(start, number.range.lowerBound)..<number.range.lowerBound])
        let after = String(characters[number.range.upperBound...].prefix(12))
        // a target, a cap or a floor is a value: `降到8千`, `最多给11个点`, `至少6档`, `to 5%`
        if ["到", "至", "最多", "最少", "不超过", "不低于"].contains(where: { before.contains($0) }) || Keywords.contains(before, "to") {
            return nil
        }
        let towardsBuyer: Double = BuyerEnd.defaultEnd(for: term.kind) == .high ? 1 : -1
        let nearBefore = String(before.suffix(4))
        if ["再让", "让"].contains(where: { nearBefore.hasSuffix($0) }) { return towardsBuyer }
        if ["再降", "再减", "降", "减", "少给", "少", "下调", "砍"].contains(where: { nearBefore.hasSuffix($0) }) { return -1 }
        if ["再加", "再给", "多给", "加", "多", "提高", "增加", "上调"].contains(where: { nearBefore.hasSuffix($0) }) { return 1 }
        let afterWords = after.trimmingCharacters(in: .whitespaces)
        if ["more", "extra"].contains(where: { afterWords.hasPrefix($0) }) { return 1 }
        if ["fewer", "less"].contains(where: { afterWords.hasPrefix($0) }) { return -1 }
        let beforeWords = before.trimmingCharacters(in: .whitespaces)
        if ["another", "add", "add another", "up by", "raise by", "increase by", "raise it by", "increase it by"].contains(
            where: { beforeWords.hasSuffix($0) })
        {
            return 1
        }
        if ["down by", "reduce by", "cut by", "lower by", "reduce it by", "cut it by", "lower it by", "by"].contains(where: {
            beforeWords.hasSuffix($0)
        })
            && ["reduce", "cut", "lower", "down"].contains(where: { Keywords.contains(before, $0) })
        {
            return -1
        }
        return nil
    }

    /// Whether a value is named only to be refused: `一个点都不能加`, `5个点也不行`, `not even 1%`.
    private static func isNegated(_ number: FoundNumber, _ characters: [Character]) -> Bool {
        let after = String(characters[number.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        let before = String(characters[..<number.range.lowerBound]).trimmingCharacters(in: .whitespaces)
        return Keywords.negatedAfter.contains { after.hasPrefix($0) } || Keywords.negatedBefore.contains { before.hasSuffix($0) }
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
