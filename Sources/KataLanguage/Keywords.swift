import Foundation
/// The words that carry a trainee's intent when no values are named, in Chinese and English.
enum Keywords {
    static let accept = [
        "成交", "同意", "接受", "就这么定", "就这样定", "签吧", "没问题", "可以签", "deal", "accept", "agreed", "agree", "it's a deal", "sounds good",
        "we can sign", "let's sign",
    ]
    /// An ultimatum on the standing offer (DESIGN §6).
    static let final = [
        "最后报价", "最终报价", "最后的报价", "最终的报价", "最后方案", "最终方案", "最后的条件", "不接受就算了", "final offer", "take it or leave it",
        "last offer", "our final", "final",
    ]
    /// Refusing a demand because a rule bars it.
    static let cite = [
        "违规", "违法", "不合规", "不合法", "法规不允许", "规定不允许", "国家规定", "公平交易管理办法", "illegal", "unlawful", "against the law",
        "against the rules", "breaks the rule", "not allowed by law", "cite",
    ]
    static let settle = ["定了", "就按", "就这么", "同意", "可以", "ok", "fine", "settle", "lock"]
    static let hold = [
        "不行", "不能再", "不可能", "不可以", "不同意", "不接受", "做不到", "没办法", "坚持", "维持", "太高", "太多", "太贵", "不划算", "都不能", "都不给", "也不给",
        "no", "hold", "can't", "cannot", "not possible", "no way", "stay", "too much", "too high", "too expensive", "not even",
        "disagree", "don't agree", "do not agree", "not acceptable", "unacceptable",
    ]
    static let why = ["为什么", "为何", "凭什么", "why"]
    static let priorities = [
        "最看重", "最在乎", "最重要", "关心什么", "重点是什么", "看重什么", "what matters", "most important", "priorit", "what do you care",
        "what is important", "what's important",
    ]
    static let challenge = [
        "证据", "给我看看", "证明", "拿出来", "真的吗", "哪家", "我不信", "不相信", "challenge", "prove", "proof", "show me", "evidence", "really?",
        "which competitor", "don't believe", "do not believe",
    ]
    static let escalate = [
        "请示", "领导", "我们经理", "我的经理", "我老板", "上级", "总监来", "escalate", "my manager", "my boss", "my director", "bring in",
    ]
    static let walk = [
        "不谈了", "到此为止", "结束谈判", "我们走", "走了", "放弃", "不做了", "walk", "walking", "we're done", "we are done", "no deal", "goodbye",
        "leave it", "end the meeting",
    ]
    /// Words right after a value (`一个点都不能加`, `5个点也不行`) or right before it (`not even 1%`)
    /// that refuse it rather than offer it.
    static let negatedAfter = ["都不", "也不"]
    static let negatedBefore = ["not even"]
    /// A proposal put as a question: not a probe of the buyer (`why not 5% off invoice?`).
    static let suggestion = ["why not", "为什么不", "何不"]
    /// Words joining two values of one term (`从16降到13`, `from 8 to 5`): the second replaces the first.
    static let range = ["到", "至", "to", "->", "~"]
    static let eager = [
        "非常希望", "尽快合作", "一定要拿下", "很需要", "急需", "拜托", "求求", "really need", "need this deal", "desperate", "as soon as possible",
        "asap", "we must close",
    ]

    /// Whether `text` has `word`: as a whole word for Latin words, anywhere for Chinese. Searched on
    /// UTF-8 bytes (a free-text line is read against a hundred keywords, many times over
    /// when it is split into parts).
    static func contains(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        let latin = word.first?.isASCII == true
        return text.withUTF8 { text in
            word.withUTF8 { word in
                guard let base = text.baseAddress, let needle = word.baseAddress, !word.isEmpty else { return word.isEmpty }
                func isLetter(_ offset: Int) -> Bool {
                    guard offset >= 0, offset < text.count else { return false }
                    return (0x41...0x5A).contains(text[offset]) || (0x61...0x7A).contains(text[offset])
                }
                var offset = 0
                while offset + word.count <= text.count {
                    guard base[offset] == needle[0], memcmp(base + offset, needle, word.count) == 0 else {
                        offset += 1
                        continue
                    }
                    let end = offset + word.count
                    if !latin || (!isLetter(offset - 1) && (!isLetter(end) || priorit(word))) { return true }
                    offset = end
                }
                return false
            }
        }
    }

    /// `priorit…` matches as a prefix (priority, priorities, prioritise).
    private static func priorit(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count >= 7 && word[word.count - 7..<word.count].elementsEqual("priorit".utf8)
    }
}
