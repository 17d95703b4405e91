/// "Did you mean …?" suggestions for misspelt keys, ids and term names.
public enum Spelling {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if lowered.count >= 3,
            let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased()) })
        {
            return prefixed
        }
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let distance = editDistance(Array(lowered), Array(candidate.lowercased()))
            if distance < (best?.distance ?? .max) { best = (distance, candidate) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, max(word.count, best.candidate.count) / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// `" (did you mean 'x'?)"` or nothing, ready to append to a message.
    public static func hint(for word: String, among candidates: [String]) -> String {
        suggestion(for: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
