import Foundation
/// The words that carry a trainee's intent when no values are named, in Chinese and English.
enum Keywords {
    static let accept = [
        "成交", "同意", "接受", "就这么定", "就这样定", "签吧", "没问题", "可以签", "就按你说的", "按你说的", "照你说的", "听你的", "签了", "就这么办", "就这么签", "deal",
        "accept", "agreed",
        "agree", "it's a deal", "sounds good", "we can sign", "let's sign", "as you said", "have it your way",
        "your terms are fine", "go with your package", "go with your numbers", "go with your figures",
        "take your package", "we'll take it",
    ]
    /// An ultimatum on the standing offer (DESIGN §6).
    static let final = [
        "最后报价", "最终报价", "最后的报价", "最终的报价", "最后方案", "最终方案", "最后的条件", "不接受就算了", "不能再让", "没法再让", "让不了了", "再也让不了", "要就签", "行就签",
        "不行就算了", "不接受就算了", "要不就算了", "不能再动",
        "没有再让的空间", "没有再让的余地", "没有空间了", "最后的价", "最后一次", "最后价", "到这儿了", "就到这了",
        "final offer", "take it or leave it", "last offer", "our final", "final", "best and final", "as far as we can go",
        "can't go any further", "cannot go any further", "this is our limit", "last and best", "best offer, final", "last word",
    ]
    /// Refusing a demand because a rule bars it.
    static let cite = [
        "违规", "违法", "违反", "不合规", "不合法", "法规", "法律", "规定不允许", "国家规定", "公平交易", "管理办法", "商务部", "按规定", "实际成本", "援引", "促销服务", "不让收",
        "不准收", "不许收",
        "不允许收", "illegal", "unlawful",
        "against the law", "the law", "against the rules", "breaks the rule", "not allowed by law", "legal max", "legal limit",
        "regulation", "by law", "fair trading", "fair trade", "forbid", "forbidden", "prohibited", "banned", "not allowed",
        "above our actual cost", "above cost", "cite",
    ]
    static let settle = [
        "定了", "就按", "就这么", "同意", "认了", "我们认", "按你报的", "你报的", "ok", "fine", "settle", "lock", "your number", "your figure",
        "as you proposed", "works for us",
    ]
    /// Said with a value (`进场费8000,可以`): the buyer's own figure is agreed; any other is an offer.
    static let fine = ["可以", "没问题", "行", "好的", "okay", "all right", "alright"]
    static let hold = [
        "不行", "不能再", "不可能", "不可以", "不同意", "不接受", "做不到", "没办法", "坚持", "维持", "太高", "太多", "太贵", "不划算", "都不能", "都不给", "也不给",
        "不能动", "条件不变", "按我们刚才说的", "还是按我们", "不变", "hold", "can't", "cannot", "not possible", "no way", "stay", "too much",
        "too high", "too expensive", "not even", "staying where we are", "hasn't changed", "has not changed",
        "doesn't work for us",
        "does not work for us", "not moving", "keep our current offer", "stand by our offer",
        "disagree", "don't agree", "do not agree", "not acceptable", "unacceptable",
    ]
    /// Words that refuse what stands in their clause (`账期75天我们不能接受`, `we can't do 5%`): the
    /// clause's values are what the trainee turns down, never an offer.
    static let refusal = [
        "不能", "不会", "不行", "做不到", "办不到", "接受不了", "不接受", "不可能", "没法", "无法", "不给", "不付", "不交", "不签", "拒绝", "不同意", "不答应",
        "没办法", "别想", "出不起", "给不起", "付不起", "出不了", "给不了", "做不了", "签不了", "太高", "太多", "太贵", "太低", "太少", "can't", "cannot",
        "can not", "won't", "will not", "no way", "refuse", "not accept", "don't accept", "do not accept", "unacceptable",
        "not acceptable", "never", "not going to", "impossible", "not pay", "not give", "too high", "too much", "too expensive",
        "too low", "out of the question", "not happening", "no chance", "not a chance", "not on the table", "can't afford",
        "cannot afford", "more than we can", "beyond what we can", "not possible", "isn't possible", "is not possible",
        "not paying",
        "aren't paying", "won't be paying",
    ]
    /// A refusal that points back at a cap or floor just named (`至少要5个,少于这个没法做`): the value stands.
    static let limitBackReferences = [
        "少于这个", "低于这个", "高于这个", "多于这个", "超过这个", "less than that", "below that", "more than that", "above that",
    ]
    /// Two negatives that say yes (`也不是不行`, `not impossible`): not a refusal.
    static let doubleNegatives = [
        "不行就算了", "不接受就算了", "要不就算了", "不能再动", "行不行", "可不可以", "好不好", "能不能", "是不是", "对不对", "也不是不行", "不是不行", "也不是不可以", "不是不可以", "不是不能",
        "也不是不能", "未尝不可", "not impossible",
        "not out of the question",
    ]
    /// A cap or a floor names a value the trainee stands on (`返利不能超过12个点`, `no more than 5%`),
    /// though it is worded with a refusal.
    static let limits = [
        "不能超过", "不能高于", "不能低于", "不能少于", "不会超过", "不会高于", "不超过", "不高于", "不低于", "不少于", "最多", "最少", "至多", "至少",
        "can't go above", "cannot go above", "can't go over", "cannot go over", "can't exceed", "cannot exceed", "won't exceed",
        "will not exceed", "can't go beyond", "cannot go beyond", "no more than", "not more than", "no less than",
        "not less than", "at most", "at least", "up to",
    ]
    /// A clause that tells of a third party or of the past is an argument the buyer hears, not an
    /// offer (`大润发才收我们10个点`, `last year it was 2,000`).
    static let argument = [
        "大润发", "沃尔玛", "永辉", "华润", "物美", "联华", "麦德龙", "欧尚", "家乐福", "苏宁", "国美", "京东", "天猫", "盒马", "别家", "别的超市", "其他超市",
        "其他家", "其他客户", "竞品", "竞争对手", "对手", "在你们这", "山姆", "开市客", "华联", "乐购", "永旺", "天虹", "步步高", "家家悦", "百联", "costco",
        "sam's club", "tesco", "aeon", "去年", "上一年", "rt-mart", "walmart", "carrefour", "yonghui", "metro",
        "other retailers", "other chains", "other accounts", "another retailer", "competitor", "competitors", "last year",
    ]
    /// A change against last year's figure (`比去年多三档`, `three more than last year`): not an argument.
    static let sinceLastYear = [
        "比去年", "在去年基础上", "在去年的基础上", "than last year", "over last year", "on top of last year", "vs last year",
    ]
    /// Words that take back what was just said (`if you give us 50 days... no wait`): nothing is sent.
    static let retraction = [
        "no wait", "wait, no", "scratch that", "never mind", "forget that", "forget it, ", "actually no", "actually, no",
        "ignore that",
        "disregard that", "说错了", "等一下", "等等", "收回", "不对不对", "我重说", "刚才那句不算", "当我没说", "不算数",
    ]
    /// Words that split two or more equal packages (MESO): `要么…要么…`, `either … or …`, `option a … option b …`.
    static let alternatives = [
        "要么", "或者", "也可以选", "第一种", "第二种", "第三种", "方案一", "方案二", "方案三", "方案a", "方案b", "方案c", "either", "or", "alternatively",
        "option a", "option b",
        "option c", "option 1", "option 2", "option 3", "option one", "option two", "option three", "package one", "package two",
        "package three", "package a", "package b",
    ]
    /// Words that announce a list of equal packages, each after the next `;` (`三个选择:A;B;C`, `three options: …`).
    static let choices = ["个选择", "个方案", "几个方案", "options", "choices", "packages"]
    static let why = [
        "为什么", "为何", "凭什么", "怎么涨", "怎么这么", "怎么要", "怎么会", "怎么突然", "怎么一下", "出于什么考虑", "什么理由", "说说理由", "理由是什么",
        "why", "how come", "reasoning", "what's driving", "what is driving", "explain why", "the reason",
    ]
    static let priorities = [
        "最看重", "最在乎", "最在意", "最重要", "关心什么", "重点是什么", "看重什么", "优先级", "哪一块", "主要看哪个", "考核", "what matters", "most important",
        "priorit", "what do you care",
        "what is important", "what's important", "pick one thing", "more important to you", "matters more", "which matters",
    ]
    static let challenge = [
        "证据", "给我看看", "证明", "拿出来", "真的吗", "哪家", "我不信", "不相信", "质疑", "算错", "算得不对", "算的不对", "账不对", "数字不对", "说的不对", "不是真的",
        "不属实", "不可能是", "算得有问题", "账有问题", "账算得有问题", "不是事实", "miscalculating", "miscalculated", "not correct", "incorrect", "is off",
        "nowhere near", "challenge", "prove", "proof", "show me", "evidence", "really?", "which competitor", "don't believe",
        "do not believe", "not true", "isn't true", "is wrong", "are wrong", "miscalculat", "doesn't add up", "don't add up",
        "not right", "got it wrong",
    ]
    static let escalate = [
        "请示", "领导", "我们经理", "我的经理", "我老板", "上级", "总监来", "回去商量", "商量一下", "内部商量", "跟团队", "汇报", "销售总监", "老板", "打个电话", "回去再研究",
        "研究研究", "escalate", "my manager", "my boss",
        "my director", "sales director", "call my", "bring in", "check with my team", "talk to my team", "discuss internally",
        "check internally",
    ]
    static let walk = [
        "不谈了", "到此为止", "结束谈判", "离开谈判", "我们走", "走了", "我们撤", "放弃", "不做了", "不合作了", "先不做", "那就算了", "walk away", "walking away",
        "walk out",
        "we walk", "i walk", "we're walking", "we are walking", "i'm walking", "we're done", "we are done",
        "no deal",
        "goodbye", "end the meeting", "end the talks", "pass on this",
    ]
    /// Probes a buyer never answers, and proposals with nothing in them: refused with what to say instead.
    static let bottomLine = [
        "底线是多少", "底线多少", "最低多少", "最低能接受", "你们的底线", "bottom line", "walk-away", "walk away point", "lowest you can",
    ]
    static let splitTheDifference = [
        "你让一步我让一步", "各让一步", "各退一步", "折中", "取个中间", "中间数", "meet halfway", "meet in the middle", "split the difference",
    ]
    /// Words that put the rest of their clause on the buyer: what it must give back (`你们账期得降到50天`,
    /// `DM要9档`, `your side: 4 rollbacks`, `give us 3 rollbacks and …`).
    static let ask = [
        "你们得", "你得", "您得", "你们要", "你们", "得降", "得加", "得给", "得提", "你要给", "你给我", "你们给我", "您给我", "你多给", "您多给", "必须", "得给", "要给我们",
        "给我们", "要", "your side",
        "you give", "give us", "you need to", "you have to", "you must", "we need", "we want", "we'd need", "in return", "for us",
        "our way",
    ]
    /// With values, a line that says it will not move further is an ultimatum (`返利12.5%,一分都不能再加`).
    static let finalWithValues = ["不能再加", "一分都不能", "一分都不会再", "nothing more", "not a cent more", "not a penny more"]
    /// Words right after a value (`一个点都不能加`, `5个点也不行`) or right before it (`not even 1%`)
    /// that refuse it rather than offer it.
    static let negatedAfter = ["都不", "也不"]
    static let negatedBefore = ["not even"]
    /// A proposal put as a question: not a probe of the buyer (`why not 5% off invoice?`).
    static let suggestion = ["why not", "为什么不", "何不", "怎么样", "如何", "how about", "what about"]
    /// Words joining two values of one term (`从16降到13`, `from 8 to 5`): the second replaces the first;
    /// without `从`/`from` before them (`3到3.5个点`, `between 3 and 3.5`) they give a range.
    static let range = ["到", "至", "to", "->", "~", "and", "-"]
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
