import KataTerms

/// A term named in a text, where.
struct TermMention {
    var term: Int
    var range: Range<Int>
    /// The mention's position among the text's mentions.
    var offset: Int
}

/// Every way the trainee may name a term: its id (`listing_fee`, `listing fee`), its names in
/// both languages and its aliases, matched longest first so `DM费` wins over `DM`.
struct TermVocabulary {
    let terms: [Term]
    /// The trainee's standing offer, against which relative changes are read.
    var standing: Package?
    /// The buyer's standing demand: a value said to settle a term agrees only when it is this one.
    var demand: Package?
    /// The competitors and retailers the buyer names: a clause quoting one is an argument.
    var others: [String] = []
    /// The retailer across the table, lowercased.
    var account = ""
    /// The language terms are named in, in messages; by default a term's first name.
    var language: Language?
    private let names: [(name: [Character], term: Int)]

    init(_ terms: [Term]) {
        self.terms = terms
        var names: [(name: [Character], term: Int)] = []
        for (index, term) in terms.enumerated() {
            let spelled = [term.id, term.id.replacingOccurrences(of: "_", with: " ")] + term.name.all + term.aliases
            for name in Set(spelled.map { $0.lowercased() }) where !name.isEmpty {
                names.append((Array(name), index))
            }
        }
        self.names = names.sorted { $0.name.count > $1.name.count }
    }

    /// Term `index` as messages name it.
    func name(of index: Int) -> String {
        let term = terms[index]
        guard let language else { return term.name.all.first ?? term.id }
        return term.label(language)
    }

    /// The terms named in `text`, left to right, without overlaps.
    func mentions(in text: [Character]) -> [TermMention] {
        var taken = [Bool](repeating: false, count: text.count)
        var found: [(term: Int, range: Range<Int>)] = []
        for (name, term) in names {
            var start = 0
            while start + name.count <= text.count {
                let end = start + name.count
                if text[start] == name[0], text[start..<end].elementsEqual(name), !taken[start..<end].contains(true),
                    isWordBoundary(text, start, end, name)
                {
                    found.append((term, start..<end))
                    for position in start..<end { taken[position] = true }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }.enumerated().map {
            TermMention(term: $1.term, range: $1.range, offset: $0)
        }
    }

    /// Latin names must stand as words (`dm` is not in `random`); Chinese names need no spaces.
    private func isWordBoundary(_ text: [Character], _ start: Int, _ end: Int, _ name: [Character]) -> Bool {
        func isLatin(_ character: Character) -> Bool { character.isASCII && (character.isLetter || character == "_") }
        if let first = name.first, isLatin(first), start > 0, isLatin(text[start - 1]) { return false }
        if let last = name.last, isLatin(last), end < text.count, isLatin(text[end]) { return false }
        return true
    }
}
