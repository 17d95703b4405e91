import KataTerms

/// A number found in free text, where it stands and the unit written with it.
struct FoundNumber: Equatable {
    var value: Double
    var unit: TermUnit?
    /// Offsets (in characters) of the number and its unit in the normalised text.
    var range: Range<Int>
    /// Offsets of the number alone (with its scale), without the unit: a term named by its unit
    /// word (`60 days` where `days` is an alias of payment days) starts at or after its end.
    var numeral: Range<Int>
    /// Counted in months (`两个月`, `3 months`): a days term reads each as 30 days.
    var months: Bool = false
    /// Written in words (`五`, `two`) rather than digits: a bare word-number is only a number when a
    /// unit or a term stands next to it (`一下`, `no one` are not offers).
    var inWords: Bool
}

/// Finds numbers as people type them in a negotiation: `5`, `5.5%`, `5个点`, `五个点`, `五点五`,
/// `百分之五`, `半个点`, `8千`, `2千5`, `1.5万`, `8k`, `8,000元`, `¥8000`, `60天`, `60 days`, `6档`, `两个月`,
/// `两个半月`, `two slots`, `one point five percent`.
enum Numerals {
    static let chineseDigits: [Character: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let chineseScales: [Character: Double] = ["十": 10, "百": 100, "千": 1_000]
    static let englishWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Unit words after a number, longest first.
    static let units: [(String, TermUnit)] = [
        ("个百分点", .percent), ("percentage points", .percent), ("percent", .percent), ("points", .percent), ("point", .percent),
        ("个点", .percent), ("pct", .percent), ("%", .percent), ("点", .percent),
        ("rmb", .rmb), ("yuan", .rmb), ("元", .rmb), ("块", .rmb),
        ("days", .days), ("day", .days), ("天", .days),
        ("slots", .slots), ("slot", .slots), ("months", .slots), ("month", .slots), ("个月", .slots), ("档", .slots),
        ("期", .slots),
    ]
    /// The unit words that count months: slots for an end-cap, 30 days each for payment terms.
    static let monthWords: Set<String> = ["months", "month", "个月"]
    static let scales: [(String, Double)] = [("thousand", 1_000), ("万", 10_000), ("千", 1_000), ("k", 1_000), ("w", 10_000)]
    /// Unit words before a number: `百分之五` is 5 %, `¥8000` and `rmb 8000` are money.
    static let prefixes: [(String, TermUnit)] = [("百分之", .percent), ("¥", .rmb), ("￥", .rmb), ("rmb", .rmb)]

    /// Every number in `text` (already lowercased and normalised), left to right. Digits right after
    /// Latin letters are part of a word (`q3`, `sku2`) unless a term's name ends there (`dm6档`):
    /// `nameEnds` holds those offsets.
    static func scan(_ text: [Character], nameEnds: Set<Int> = []) -> [FoundNumber] {
        var found: [FoundNumber] = []
        var index = 0
        while index < text.count {
            let (prefixUnit, start) = prefix(text, at: index)
            guard
                let (value, end, inWords) = arabic(text, at: start, afterName: nameEnds.contains(start)).map({
                    ($0.0, $0.1, false)
                })
                    ?? chinese(text, at: start).map({ ($0.0, $0.1, true) })
                    ?? (matches("半个", text, at: start) ? (0.5, start + 1, true) : nil)  // 半个点, 半个月
                    ?? english(text, at: start).map({ ($0.0, $0.1, true) })
            else {
                index += 1
                continue
            }
            let (scaled, afterScale) = scale(value, text, from: end, arabic: !inWords)
            let (halved, afterHalf) = half(scaled, text, from: afterScale)
            let (suffixUnit, afterUnit, months) =
                prefixUnit == nil
                ? unit(text, from: afterHalf, afterHalf: afterHalf > afterScale) : (nil, afterHalf, false)
            let unit = prefixUnit ?? suffixUnit
            found.append(
                FoundNumber(
                    value: halved.rounded(toPlaces: 6), unit: unit ?? (afterScale > end ? .rmb : nil),
                    range: index..<afterUnit, numeral: index..<afterHalf, months: months,
                    inWords: inWords && unit == nil && afterScale == end))
            index = max(afterUnit, index + 1)
        }
        return found
    }

    /// The unit written before a number at `start`, and where the number itself starts.
    private static func prefix(_ text: [Character], at start: Int) -> (TermUnit?, Int) {
        for (word, unit) in prefixes where matches(word, text, at: start) {
            if word.first?.isASCII == true, start > 0, text[start - 1].isASCII, text[start - 1].isLetter { continue }
            var position = start + word.count
            while position < text.count, text[position] == " " { position += 1 }
            if position < text.count, isDigit(text[position]) || chineseDigits[text[position]] != nil || text[position] == "十" {
                return (unit, position)
            }
        }
        return (nil, start)
    }

    /// Digits with an optional decimal part and thousands commas: `8,000.5`.
    private static func arabic(_ text: [Character], at start: Int, afterName: Bool) -> (Double, Int)? {
        guard isDigit(text[start]) else { return nil }
        if start > 0, text[start - 1].isASCII,
            isDigit(text[start - 1]) || !afterName && (text[start - 1].isLetter || text[start - 1] == "_")
        {
            return nil
        }
        var end = start
        var digits = ""
        var seenPoint = false
        while end < text.count {
            let character = text[end]
            if isDigit(character) {
                digits.append(character)
            } else if character == ".", !seenPoint, end + 1 < text.count, isDigit(text[end + 1]) {
                seenPoint = true
                digits.append(character)
            } else if character == ",", !seenPoint, (1...3).allSatisfy({ end + $0 < text.count && isDigit(text[end + $0]) }),
                end + 4 >= text.count || !isDigit(text[end + 4])
            {
                // a thousands separator: exactly three digits follow
            } else {
                break
            }
            end += 1
        }
        guard let value = Double(digits) else { return nil }
        return (value, end)
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// Chinese numerals: `五`, `十二`, `二十`, `一百二十`, `八千`, `一万五`, `三千五`, `五点五`. A lone
    /// `一` with no unit is left to the caller to discard (`请示一下`).
    private static func chinese(_ text: [Character], at start: Int) -> (Double, Int)? {
        guard chineseDigits[text[start]] != nil || text[start] == "十" else { return nil }
        var end = start
        var total = 0.0
        var section = 0.0
        var digit: Double?
        var lastScale: Double?
        while end < text.count {
            let character = text[end]
            if let value = chineseDigits[character] {
                if digit != nil { break }
                digit = value
                if value == 0 { lastScale = nil }
            } else if let scale = chineseScales[character] {
                section += (digit ?? 1) * scale
                digit = nil
                lastScale = scale
            } else if character == "万",
                end + 1 >= text.count || !(text[end + 1] == "元" || text[end + 1] == "块") || digit != nil || section > 0
            {
                // 万 inside a numeral multiplies what came before; a trailing 万 is left to `scale`.
                guard end + 1 < text.count, chineseDigits[text[end + 1]] != nil || chineseScales[text[end + 1]] != nil else {
                    break
                }
                total = (section + (digit ?? 0)) * 10_000
                section = 0
                digit = nil
                lastScale = 10_000
            } else if character == "点", end + 1 < text.count, let decimal = chineseDigits[text[end + 1]],
                digit != nil || section > 0
            {
                return (total + section + (digit ?? 0) + decimal / 10, end + 2)
            } else {
                break
            }
            end += 1
        }
        // 一万五 = 15,000, 三千五 = 3,500: a digit right after a scale counts one step below it.
        if let digit, let lastScale, end >= 2, chineseScales[text[end - 2]] != nil || text[end - 2] == "万" {
            return (total + section + digit * lastScale / 10, end)
        }
        return (total + section + (digit ?? 0), end)
    }

    /// English number words: `two`, `sixty`, `twenty five`.
    private static func english(_ text: [Character], at start: Int) -> (Double, Int)? {
        guard text[start].isASCII, text[start].isLetter, start == 0 || !(text[start - 1].isASCII && text[start - 1].isLetter)
        else { return nil }
        var end = start
        while end < text.count, text[end].isASCII, text[end].isLetter { end += 1 }
        guard var value = englishWords[String(text[start..<end])] else { return nil }
        if value >= 20, end + 1 < text.count, text[end] == " " || text[end] == "-" {
            var next = end + 1
            while next < text.count, text[next].isASCII, text[next].isLetter { next += 1 }
            if let ones = englishWords[String(text[(end + 1)..<next])], ones < 10, ones > 0 {
                value += ones
                end = next
            }
        }
        // `one point five`, `two point two five`: digit words after `point` are the decimals.
        if matches(" point ", text, at: end) {
            var wordStart = end + " point ".count
            var place = 0.1
            var decimals = 0.0
            var decimalsEnd = end
            while true {
                var wordEnd = wordStart
                while wordEnd < text.count, text[wordEnd].isASCII, text[wordEnd].isLetter { wordEnd += 1 }
                guard let digit = englishWords[String(text[wordStart..<wordEnd])], digit < 10 else { break }
                decimals += digit * place
                place /= 10
                decimalsEnd = wordEnd
                guard wordEnd < text.count, text[wordEnd] == " " else { break }
                wordStart = wordEnd + 1
            }
            if decimalsEnd > end {
                value += decimals
                end = decimalsEnd
            }
        }
        return (value, end)
    }

    /// A scale after the number: `8千`, `1.5万`, `8k`, `60 thousand`. After digits, a single digit right
    /// after `千` or `万` counts one step below it, as in speech: `2千5` = 2,500, `1万5` = 15,000.
    private static func scale(_ value: Double, _ text: [Character], from start: Int, arabic: Bool) -> (Double, Int) {
        var position = start
        while position < text.count, text[position] == " " { position += 1 }
        for (word, factor) in scales where matches(word, text, at: position) {
            let end = position + word.count
            if word.first?.isASCII == true, end < text.count, text[end].isASCII, text[end].isLetter { continue }
            if arabic, word == "千" || word == "万", end < text.count, isDigit(text[end]), let digit = Double(String(text[end])),
                end + 1 >= text.count || !(isDigit(text[end + 1]) || text[end + 1] == ".")
            {
                return (value * factor + digit * factor / 10, end + 1)
            }
            return (value * factor, end)
        }
        return (value, start)
    }

    /// Half a unit more: `13个半点`, `两个半月`, `3 and a half percent`.
    private static func half(_ value: Double, _ text: [Character], from start: Int) -> (Double, Int) {
        for word in ["个半", " and a half"] where matches(word, text, at: start) {
            let end = start + word.count
            if word.last?.isASCII == true, end < text.count, text[end].isASCII, text[end].isLetter { continue }
            return (value + 0.5, end)
        }
        return (value, start)
    }

    /// The unit after a number, where it ends and whether it counts months. After `个半` the unit
    /// drops its `个`: `两个半月`.
    private static func unit(_ text: [Character], from start: Int, afterHalf: Bool) -> (TermUnit?, Int, Bool) {
        var position = start
        while position < text.count, text[position] == " " { position += 1 }
        if afterHalf, matches("月", text, at: position) { return (.slots, position + 1, true) }
        for (word, unit) in units where matches(word, text, at: position) {
            let end = position + word.count
            if word.first?.isASCII == true, word != "%", end < text.count, text[end].isASCII, text[end].isLetter { continue }
            return (unit, end, monthWords.contains(word))
        }
        return (nil, start, false)
    }

    static func matches(_ word: String, _ text: [Character], at position: Int) -> Bool {
        let characters = Array(word)
        guard position + characters.count <= text.count else { return false }
        return Array(text[position..<(position + characters.count)]) == characters
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
}
