import Foundation

/// A free-text line cut into clauses at punctuation and at `但是`/`but`, so that what one clause
/// refuses or argues (`我们不能接受75天`, `大润发才收我们10个点`) never becomes an offer while another
/// clause of the same line still can (`75天不行,最多60天`).
struct Clauses {
    /// Why a clause's values are not offered.
    enum Role: Equatable {
        /// The clause states values (or nothing): read as usual.
        case plain
        /// The clause turns its values down (`75天不能接受`, `can't do 5%`): a refusal.
        case refused
        /// The clause tells of a competitor, another account or the past: an argument.
        case argument
    }

    struct Clause {
        var range: Range<Int>
        var role: Role
    }

    let characters: [Character]
    let clauses: [Clause]

    /// `others` are the competitors and retailers the scenario's buyer names: quoting one is arguing.
    init(_ text: String, others: [String] = [], account: String = "") {
        let characters = Array(text)
        self.characters = characters
        var found: [Clause] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            if end > start {
                let text = String(characters[start..<end])
                found.append(Clause(range: start..<end, role: Self.role(of: text, others: others, account: account)))
            }
        }
        while index < characters.count {
            let character = characters[index]
            let isDecimalPoint =
                character == "." && index > 0 && index + 1 < characters.count && characters[index - 1].isNumber
                && characters[index + 1].isNumber
            let isThousands =
                character == "," && index > 0 && index + 1 < characters.count && characters[index - 1].isNumber
                && characters[index + 1].isNumber
            if [",", ";", ".", "!", "?", "。", "，", "；", "！", "？"].contains(character), !isDecimalPoint, !isThousands {
                close(index)
                start = index + 1
            } else if let joint = Self.joints.first(where: { Numerals.matches($0, characters, at: index) }) {
                close(index)
                start = index
                index += joint.count
                continue
            }
            index += 1
        }
        close(characters.count)
        // `端架只给两个月?那肯定不行`, `2.5% rebate? Not happening`: a refusal with no value or term of
        // its own turns down the clause before it.
        for index in found.indices.dropFirst() where found[index].role == .plain {
            let text = String(characters[found[index].range])
            let previous = Array(characters[found[index - 1].range])
            // `少于这个没法做` restates a floor: the value before it stands
            let restatesLimit = (Keywords.limitBackReferences + Keywords.final).contains { Keywords.contains(text, $0) }
            if Numerals.scan(Array(text)).isEmpty, Self.refuses(text), !restatesLimit, found[index - 1].role == .plain,
                !Numerals.scan(previous).isEmpty
            {
                found[index - 1].role = .refused
            }
        }
        clauses = found
    }

    /// Words that open a new clause without punctuation.
    private static let joints = ["但是", "不过", "但", " but ", " however "]

    /// Whether any clause refuses, and whether any argues.
    var refuses: Bool { clauses.contains { $0.role == .refused } }
    var argues: Bool { clauses.contains { $0.role == .argument } }

    /// The text with every refused and arguing clause blanked out (replaced by a comma, so the clauses
    /// around it stay apart): what is left may still hold an offer.
    var offered: String {
        var kept = characters
        for clause in clauses where clause.role != .plain {
            for index in clause.range { kept[index] = " " }
            kept[clause.range.lowerBound] = ","
        }
        return String(kept).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",")))
    }

    /// The plain clauses that hold something, as text.
    var plainTexts: [String] {
        clauses.filter { $0.role == .plain }.map { String(characters[$0.range]).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The text of the clauses that refuse.
    var refusedText: String {
        clauses.filter { $0.role == .refused }.map { String(characters[$0.range]) }.joined(separator: ",")
    }

    private static func role(of clause: String, others: [String], account: String) -> Role {
        let sinceLastYear = Keywords.sinceLastYear.contains { Keywords.contains(clause, $0) }
        let third = (Keywords.argument + others.map { $0.lowercased() }).filter { !$0.isEmpty && !account.contains($0) }
        if !sinceLastYear, third.contains(where: { Keywords.contains(clause, $0) }) {
            return .argument
        }
        // A refusal with no value in it (`进场费不给`, `返利不能再加了`) waives a fee or holds: read as usual.
        guard !Numerals.scan(Array(clause)).isEmpty else { return .plain }
        return refuses(clause) ? .refused : .plain
    }

    /// Whether a clause refuses: a refusal word that is not part of a cap (`不能超过`) or of two
    /// negatives that say yes (`也不是不行`).
    private static func refuses(_ clause: String) -> Bool {
        var rest = clause
        for words in [Keywords.limits, Keywords.doubleNegatives] {
            for word in words { rest = rest.replacingOccurrences(of: word, with: " ") }
        }
        return Keywords.refusal.contains { Keywords.contains(rest, $0) }
    }
}
