import KataTerms

/// The buyer's built-in lines, at least five per situation in each language; a scenario's
/// `persona.lines` replaces them per situation. Placeholders are filled by `BuyerLines`.
enum DefaultLines {
    /// The lines for `key` in `language`.
    static func lines(for key: LineKey, in language: Language) -> [String] {
        switch (key, language) {
        // MARK: Replies

        case (.reply(.greet), .zh):
            [
                "我是{retailer}的采购{buyer}。{product}今年要续约，条件都在表上，先看，别跟我讲困难。",
                "坐吧。{product}去年在我们这儿卖得一般，今年的条件只能往上走，不能往下走。表你自己看。",
                "{buyer}，{retailer}，负责你们这个品类。我时间不多，直说了：{product}想继续上架，就按表上的来谈。",
                "你们{product}的年度合同到期了。{retailer}今年所有供应商都在调条件，不是针对你一家，你先表个态。",
                "{buyer}。长话短说，{product}明年还想在{retailer}卖，表上的条件一条都不能少。",
                "来了？{product}的续约直接开始。{retailer}今年的政策你应该听说了，条件只会更严。",
            ]
        case (.reply(.greet), .en):
            [
                "I'm {buyer}, category buyer at {retailer}. Your {product} contract is up for renewal. Our terms are on the sheet. Let's not waste each other's time.",
                "Sit down. {product} was soft for us last year, so this year the terms move one way: up. The sheet is in front of you.",
                "{retailer} is reviewing every supplier this year, not just you. This is what it takes for {product} to stay on our shelves.",
                "{buyer}, {retailer}. I have three more suppliers after you today. Those are our numbers for {product}. Tell me where you stand.",
                "{buyer} from {retailer}. Let's get straight to {product}. This year's terms are tougher, and they're not up for debate.",
                "Come in. {product} is up for renewal and {retailer} has new targets. Every supplier is paying more; you won't be the exception.",
            ]

        case (.reply(.counter), .zh):
            [
                "不行。{term}至少要{value}，这是底线。",
                "你这个方案我没法往上报。{term}给到{value}，其他的可以再聊。",
                "说来说去，关键还是{term}。{value}，少一点都不行。",
                "别绕圈子了。{term}按{value}来，你同意我们就往下谈。",
                "你们的诚意我没看到。{term}我要{value}，回去好好算算。",
                "这个方案离我的要求还差得远，回去再算算。",
            ]
        case (.reply(.counter), .en):
            [
                "No. {term} has to be {value}. That's the floor.",
                "I can't take this upstairs. Get {term} to {value} and we can talk about the rest.",
                "It all comes back to {term}. {value}, and not a bit less.",
                "Stop dancing around it. {term} at {value}, then we move on.",
                "You'll have to do better than that. I need {value} on {term}.",
                "That's still a long way from what I need. Go back and run your numbers again.",
            ]

        case (.reply(.accept), .zh):
            [
                "行吧，这个方案我能接受。",
                "好，就按你说的来，这次算你过关。",
                "可以。我不太满意，但这个我认了。",
                "行，就这么办。别让我后悔。",
                "算了，这个我接了。下不为例。",
                "可以，这个条件我能报上去。",
            ]
        case (.reply(.accept), .en):
            [
                "Fine. I can live with that.",
                "All right, we'll go with your proposal. Don't expect this every year.",
                "Okay. It's not what I wanted, but I'll take it.",
                "Fine, let's go with it. Don't make me regret this.",
                "All right, I'll accept that. Just this once.",
                "Okay. That I can take to my director.",
            ]

        case (.reply(.walkOut), .zh):
            [
                "今天就到这儿吧。{retailer}不缺供应商，你们想清楚了再约。",
                "谈不下去了。合同先不续，货架我另外安排。",
                "我没时间陪你耗。{retailer}的门给你开过了，是你们自己不进来。",
                "我看没必要再谈了。{retailer}的货架不等人，你们回去吧。",
                "就这样吧。你们的位置我明天就安排别的品牌。",
                "话我说到这儿，{retailer}这边到此为止。想通了再来找我。",
            ]
        case (.reply(.walkOut), .en):
            [
                "We're done for today. {retailer} has plenty of suppliers. Call me when you're serious.",
                "This isn't going anywhere. No renewal for now; I'll find something else for that shelf.",
                "I gave you every chance. {retailer} doesn't need this.",
                "There's no point going on. {retailer}'s shelves don't wait for anyone. You can go.",
                "That's it. Your space goes to another brand tomorrow.",
                "I've said all I have to say. {retailer} is done here. Come back when you've thought it over.",
            ]

        case (.reply(.lastChance), .zh):
            [
                "我最后给你{rounds_left}轮机会，再拿不出像样的方案，今天就散。",
                "我的耐心快用完了。还剩{rounds_left}轮，你自己掂量。",
                "下一轮还是这个样子，我就走人。",
                "你就剩{rounds_left}轮了。再磨磨蹭蹭，我直接叫下一家进来。",
                "丑话说在前面，只有{rounds_left}轮了，拿出点诚意来。",
                "同样的方案我不想再听了。最后这点时间，你好好用。",
            ]
        case (.reply(.lastChance), .en):
            [
                "Rounds left: {rounds_left}. If the next offer looks like this one, we're finished.",
                "My patience is running out. One more round like this and I walk.",
                "Last chance. Come back with something real, or this meeting is over.",
                "Rounds left: {rounds_left}. Keep stalling and I call in the next supplier.",
                "Let me be clear: that leaves {rounds_left}. Show me you're serious.",
                "I don't want to hear the same offer again. Use the time you have left wisely.",
            ]

        case (.reply(.probeAnswer), .zh):
            [
                "你真想知道？对我们来说{term}最要紧，别的还好说。",
                "老实讲，今年总部盯的是{term}。其他的我不多说。",
                "我只能告诉你，{term}是我的考核指标。剩下的你自己琢磨。",
                "你问我最看重什么？{term}。这个谈好了，其他都好说。",
                "我们老板每个月看的就是{term}的数字，你自己掂量。",
                "跟你透个底，{term}今年是硬指标，别的我可以睁一只眼闭一只眼。",
            ]
        case (.reply(.probeAnswer), .en):
            [
                "You want to know? {term} matters most to us. The rest is negotiable. Maybe.",
                "Head office is watching {term} this year. That's all I'll say.",
                "Fine: {term} is on my scorecard. Work out the rest yourself.",
                "What do I care about most? {term}. Get that right and the rest gets easier.",
                "My boss looks at {term} every single month. Draw your own conclusions.",
                "Off the record: {term} is a hard target this year. The rest I can be flexible on.",
            ]

        case (.reply(.bluffCalled), .zh):
            [
                "报价单？那个是口头说的，不方便给你看。{term}的事先放一放。",
                "你别这么较真。{term}咱们可以再商量，先谈别的。",
                "我也没说一定是那个数。行，{term}我再考虑考虑。",
                "人家的报价单我怎么能给你看？商业机密。{term}回头再说。",
                "好了好了，那个数不一定准。{term}先不谈了。",
                "你这么认真干什么？{term}我回去再核一下，咱们往下走。",
            ]
        case (.reply(.bluffCalled), .en):
            [
                "A quote? It was verbal, I'm not showing you anything. Let's park {term} for now.",
                "Don't be so literal. We can come back to {term}. Let's move on.",
                "I never said it was exactly that number. Fine, I'll take another look at {term}.",
                "I can't show you their quote; it's confidential. We'll come back to {term}.",
                "All right, maybe that number wasn't exact. Let's leave {term} for now.",
                "No need to get so serious. I'll double-check {term} later. Let's keep going.",
            ]

        case (.reply(.lastPackage), .zh):
            [
                "时间到了，我就说最后一次：{term}{value}，这是我的底线。行就签，不行今天就到这儿。",
                "我不跟你绕了。{term}{value}，其他照我刚才说的，这是最后的条件，你现在给我个答复。",
                "最后一个方案：{term}{value}。过了今天就没有了，你定吧。",
                "我的耐心到头了。{term}{value}，其余照旧，这是最后一版，签不签你一句话。",
                "不会再让了，{term}就是{value}。今天不签，明年的合同也别想了。",
                "最后一次机会：{term}按{value}，别的不动。点头就签，摇头就散。",
            ]
        case (.reply(.lastPackage), .en):
            [
                "Time's up, so this is the last time I say it: {term} at {value}. That's my bottom line. Sign or we stop here.",
                "No more going round in circles. {term} at {value}, the rest as I said. That's final; I need your answer now.",
                "Last package: {value} on {term}. After today it's off the table. Your call.",
                "I'm out of patience. {term} at {value}, everything else as it stands. That's the last version. Yes or no?",
                "I'm not moving again: {value} on {term}. Sign today, or forget about next year too.",
                "Final chance: {term} at {value}, nothing else changes. Nod and we sign; shake your head and we're done.",
            ]

        case (.reply(.ruleCited), .zh):
            [
                "行行行，{term}按规定来，就{value}。别的可不能再少了。",
                "{term}的事你说得对，按规矩办，{value}。我们谈别的。",
                "好吧，{term}我不坚持了，按{value}走。",
                "规定就是规定，{term}我按{value}来。但别的条件你得给我补回来。",
                "行，你懂政策。{term}就{value}，这条不争了。",
                "算你厉害，{term}照章办事，{value}。其他的我可一步不让。",
            ]
        case (.reply(.ruleCited), .en):
            [
                "Fine, fine. {term} goes by the rules: {value}. Don't expect anything else to move.",
                "You're right about {term}. By the book, then: {value}. Let's talk about the rest.",
                "All right, I won't insist on {term}. {value} it is.",
                "Rules are rules. {term} at {value}. But you'll make it up to me elsewhere.",
                "Fine, you know the regulations. {value} on {term}; I won't argue that one.",
                "Clever. {term} goes by the book at {value}. I'm not giving an inch on anything else.",
            ]

        case (.reply(.finalDoubted), .zh):
            [
                "上次你也说是最后报价，结果又让了。这回我可不信。",
                "“最后报价”你已经说过一次了。{term}我还是要{value}。",
                "你的最后报价我听过了。再来一遍没用，{term}{value}。",
                "每次都是最后报价，你们的最后报价也太多了。{term}还是{value}。",
                "你的“最后”我已经不当真了。{term}给到{value}再说。",
                "又来这一套？上回说完你就松口了。{term}{value}，我不改。",
            ]
        case (.reply(.finalDoubted), .en):
            [
                "You called it final last time too, and then you moved. I don't believe it now.",
                "You've already given me one 'final offer'. I still want {value} on {term}.",
                "I've heard your final offer before. Saying it again changes nothing: {term} at {value}.",
                "Every offer is your final offer. You have a lot of finals. {term} is still {value}.",
                "I've stopped taking your 'final' seriously. Get {term} to {value}, then we'll talk.",
                "This again? Last time you said that, you moved right after. {value} on {term}; I'm not changing it.",
            ]

        case (.reply(.finalDisbelieved), .zh):
            [
                "最后报价？我们还有时间谈，我不信这就到头了。{term}还是{value}。",
                "这话谁都会说。{term}给到{value}，我们再看是不是“最后”。",
                "别吓唬我，时间还早着呢。{term}我要{value}。",
                "说到头了？我看还有空间。{term}{value}，你再想想。",
                "我听过太多“最后报价”了。{term}到{value}再说。",
            ]
        case (.reply(.finalDisbelieved), .en):
            [
                "Final? We still have time, and I don't believe you're at your limit. {term} at {value}.",
                "Anyone can say 'final'. Get {term} to {value} and we'll see how final it is.",
                "Don't try to scare me, we have time. I want {value} on {term}.",
                "Your limit? I see room left. {term} at {value}. Think again.",
                "I've heard plenty of final offers. Come back with {term} at {value}.",
            ]

        case (.reply(.quoteConfirmed), .zh):
            [
                "这是你们自己的合同，{other_retailer}的{term}就是{value}，你比我清楚。",
                "回去翻翻你们的合同：{other_retailer}，{term}{value}，一个字都没错。",
                "你自己签的，{other_retailer}的{term}{value}，还要我拿证据？",
                "{other_retailer}那边{term}是{value}，这事你们公司比我清楚。",
                "别装不知道，{other_retailer}的{term}就是{value}。",
            ]
        case (.reply(.quoteConfirmed), .en):
            [
                "It's your own contract: {other_retailer} gets {value} on {term}, and you know it.",
                "Check your own files. {other_retailer}, {term} at {value}, word for word.",
                "You signed it yourselves: {value} on {term} for {other_retailer}. You want proof from me?",
                "{other_retailer} has {term} at {value}. Your company knows that better than I do.",
                "Don't pretend you don't know: {other_retailer} gets {value} on {term}.",
            ]
        case (.reply(.quoteCorrected), .zh):
            [
                "好吧，{other_retailer}的{term}是{value}，我记岔了。",
                "行，你们自己的合同你们清楚，{other_retailer}是{value}。那就按这个说。",
                "{other_retailer}那边{term}{value}，是我说多了。",
                "好好好，{term}给{other_retailer}的是{value}，我不跟你抠这个。",
                "算你记得清楚，{other_retailer}的{term}是{value}。",
            ]
        case (.reply(.quoteCorrected), .en):
            [
                "All right, {other_retailer} gets {value} on {term}. I misremembered.",
                "Fine, it's your contract, you'd know: {other_retailer} is at {value}. Let's go by that.",
                "{other_retailer} has {term} at {value}. I overstated it.",
                "Okay, okay: {value} on {term} for {other_retailer}. I won't split hairs.",
                "You know your numbers: {other_retailer} gets {value} on {term}.",
            ]

        case (.reply(.threatCarriedOut), .zh):
            [
                "我说到做到。{term}砍掉一档，现在只剩{value}。",
                "你不动，我就动。{term}从今天起按{value}排。",
                "我早说过了。{term}已经降到{value}，排面给了别人。",
                "别说我没提醒你：{term}撤一档，剩{value}。",
                "好，那就这样：{term}只给你{value}，空出来的位置我另有安排。",
            ]
        case (.reply(.threatCarriedOut), .en):
            [
                "I said I would. {term} is cut by one; you're down to {value}.",
                "You didn't move, so I did. {term} is {value} as of today.",
                "I warned you. {term} is now {value}; the space has gone to someone else.",
                "Don't say I didn't tell you: one off {term}, {value} left.",
                "Fine. You get {value} on {term}. I have other plans for the space I freed up.",
            ]

        // A colleague speaks in their own name (the view puts it before the line).
        case (.reply(.colleagueReopens), .zh):
            [
                "我刚看了合同草稿。{term}这一条我不同意，得重新谈。",
                "{term}是谁定的？我这边没批过，拿回来再谈。",
                "打扰一下。{term}这个条件公司有规定，不能就这么定了，我们重新过一遍。",
                "我是来签字的，但{term}这样写我签不了，先放回桌上。",
                "{term}的事我得插一句：这个条件我们上面没同意，重新谈吧。",
            ]
        case (.reply(.colleagueReopens), .en):
            [
                "I've just read the draft. I don't agree with {term}; we need to reopen it.",
                "Who signed off on {term}? Not me. It goes back on the table.",
                "Sorry to cut in. Company policy covers {term}, so it can't be settled like that. Let's go through it again.",
                "I'm here to sign, but not with {term} written like this. Put it back on the table.",
                "A word on {term}: nobody above us approved that. We reopen it.",
            ]
        case (.reply(.colleagueAsks), .zh):
            [
                "这个方案我看了。{term}不到{value}，我这里批不下来。",
                "我是来把关的。{term}给到{value}，我就签字。",
                "数字我算过了。{term}必须{value}，不然上面不会同意。",
                "我直说吧：{term}{value}，其他的我不管。",
                "我这边的要求很简单，{term}要到{value}。做不到就别往上报了。",
            ]
        case (.reply(.colleagueAsks), .en):
            [
                "I've looked at this. Unless {term} reaches {value}, I can't approve it.",
                "I'm the one who signs. Get {term} to {value} and you have my signature.",
                "I ran the numbers. {term} has to be {value}, or it won't get past the board.",
                "Let me be plain: {term} at {value}. The rest I leave to you two.",
                "My condition is simple: {value} on {term}. Without it, don't bother sending it up.",
            ]

        case (.reply(.claimBacked), .zh):
            [
                "要证据是吧？你看这份报价单，{term}人家给的就是{value}。还有什么话说？",
                "这是对方上个月的邮件，白纸黑字，{term}{value}。我没跟你开玩笑。",
                "海报你自己看，人家{term}做到了{value}。我的要求一点都不高。",
                "不信？合同复印件在这儿，{term}{value}，盖了章的。",
                "我手机里有照片，你自己看，{term}清清楚楚写着{value}。",
                "证据你也看了，{term}{value}不是我编的。你还有什么说的？",
            ]
        case (.reply(.claimBacked), .en):
            [
                "You want proof? Here's their quote: {term} at {value}, in writing. Anything else?",
                "This is their email from last month: {value} on {term}. I wasn't joking.",
                "Look at the flyer yourself. They did {value} on {term}. My number stands.",
                "Don't believe me? Here's a copy of their contract: {term} at {value}, signed and stamped.",
                "I've got a photo right here. Read it yourself: {value} on {term}, plain as day.",
                "You've seen the evidence. {value} on {term} isn't something I made up. Now what?",
            ]

        case (.reply(.termAgreed), .zh):
            [
                "行，{term}就定{value}，写进备忘录，这条不再谈了。",
                "{term}{value}，我同意。下一条。",
                "好吧，{term}按{value}走，记下来。",
                "{term}就按{value}，这条过了。",
                "成，{term}{value}，定了。接着谈下一项。",
                "{term}这块{value}我认，别的可没这么好说。",
            ]
        case (.reply(.termAgreed), .en):
            [
                "Fine. {term} at {value}. Put it in the memo; that one is closed.",
                "{value} on {term}. Agreed. Next item.",
                "All right, {term} is settled at {value}. Write it down.",
                "{term} at {value}. That one's done.",
                "Okay, {value} on {term}. Settled. On to the next item.",
                "I'll accept {value} on {term}. Don't expect the rest to be this easy.",
            ]

        case (.reply(.dealClosed), .zh):
            [
                "好，签吧。合作愉快，明年{retailer}的条件还得再谈。",
                "就这么定了。合同我让助理今天发给你，供货别掉链子。",
                "签了。记住，{retailer}给你们的是机会，销量上不去，明年可不好说。",
                "签字吧。{retailer}的订单下周就下，别给我断货。",
                "行了，合同就这样。明年这个时候，条件还得往上调。",
                "成交。{retailer}给你们的位置，你们自己得守住。",
            ]
        case (.reply(.dealClosed), .en):
            [
                "Good. Let's sign. Pleasure doing business; we'll talk again next year.",
                "Done. My assistant will send the contract today. Don't let your deliveries slip.",
                "Signed. Remember, {retailer} is giving you a chance. If the sales don't come, next year will be harder.",
                "Sign here. {retailer} places the first order next week. Don't run out of stock on me.",
                "That's the contract, then. Same time next year, the terms go up again.",
                "Deal. {retailer} gave you the space; now it's up to you to hold it.",
            ]

        // MARK: Tactics

        case (.tactic(.firstOfferFlinch), .zh):
            [
                "什么？{term}才{value}？你在开玩笑吧！",
                "{value}？你是来谈判还是来搞笑的？{term}这个数拿回去，我看都不看。",
                "{term}你就给{value}？我做采购这么多年，没见过这么报价的！",
                "这个数你也好意思拿出来？{term}{value}，门都没有！",
                "{term}{value}？你这是来砸场子的吧！",
                "等等，{term}你报{value}？这个数我都不好意思拿给领导看。",
            ]
        case (.tactic(.firstOfferFlinch), .en):
            [
                "What? {value} on {term}? You must be joking!",
                "{value}? Is this a negotiation or a comedy show? Take that {term} number back.",
                "{term} at {value}? I've been buying for fifteen years and never seen an offer like that!",
                "You seriously put {value} on {term} on my desk? Not a chance!",
                "{value} on {term}? Are you trying to insult me?",
                "Hold on. {term} at {value}? I wouldn't dare show that number to my director.",
            ]

        case (.tactic(.competitorClaim), .zh):
            [
                "{competitor}给我们的{term}是{value}，你们差得远呢。",
                "实话告诉你，{competitor}上周刚报过来，{term}{value}，人家还主动加了促销。",
                "你知道{competitor}的{term}给多少吗？{value}。你们凭什么比人家少？",
                "{competitor}一直盯着你们这个位置，{term}人家一开口就是{value}。",
                "你去打听打听，{competitor}的{term}早就是{value}了。",
                "{competitor}的人昨天刚来过，{term}直接给到{value}，你们自己看着办。",
            ]
        case (.tactic(.competitorClaim), .en):
            [
                "{competitor} gives us {value} on {term}. You're nowhere near.",
                "{competitor} sent their offer last week: {term} at {value}, plus extra promotion.",
                "Do you know what {competitor} gives on {term}? {value}. Why should you give less?",
                "{competitor} has wanted your slot for a year. They opened at {value} on {term}.",
                "Ask around. {competitor} has been at {value} on {term} for a while now.",
                "{competitor}'s people were here yesterday. They put {term} at {value} on the spot. Your move.",
            ]

        case (.tactic(.delistThreat), .zh):
            [
                "你们这么硬，那{product}明年就别在{retailer}上架了。{term}不到{value}，免谈。",
                "不让步是吧？{product}的排面我先砍一半，看谁着急。{term}我现在要{value}。",
                "再这样，你们的促销员我全部清场，{product}下个月清货下架。除非{term}给到{value}。",
                "{retailer}不是非卖你们{product}不可，这个货架后面排着队呢。{term}，{value}，你看着办。",
                "条件谈不拢，{product}的新品我一个都不进，老品也慢慢往下砍。想保住位置，{term}就得{value}。",
                "再这样，{retailer}明年的供应商名单里就没有{product}了。{term}{value}，是你们最后的机会。",
            ]
        case (.tactic(.delistThreat), .en):
            [
                "If that's your attitude, {product} won't be on {retailer} shelves next year. {value} on {term}, or nothing.",
                "Not moving? Then {product} loses half its facings. Let's see who blinks first. I want {term} at {value}.",
                "Keep this up and I clear your promoters out of every store. {product} goes on the exit list unless {term} reaches {value}.",
                "{retailer} doesn't need {product}. There's a queue behind you for that shelf. {term} at {value}, or step aside.",
                "If we can't agree, {product} gets no new listings here, and the old ones start disappearing. Keep your space: {value} on {term}.",
                "Keep this up and {retailer} drops {product} from next year's supplier list. {term} at {value} is your last chance.",
            ]

        case (.tactic(.renamedFee), .zh):
            [
                "{term}是定了，不过今年还有一笔{fee}，{value}，这个跟{term}是两码事。",
                "对了，{fee}你们还没交。不多，{value}，每家供应商都有。",
                "{term}我没再跟你要。这个叫{fee}，{value}，走的是另一个科目。",
                "{term}我让你了，这没错。可{fee}是总部统一收的，{value}，我也没办法。",
                "{term}的事翻篇了。现在说{fee}，{value}，今年新加的项目。",
                "别紧张，{term}不动。就是{fee}要{value}，财务那边要走账。",
            ]
        case (.tactic(.renamedFee), .en):
            [
                "{term} is settled, yes. But there's also the {fee} this year: {value}. Separate budget, separate line.",
                "Oh, and your {fee} is still open. Only {value}. Every supplier pays it.",
                "I'm not asking about {term} again. This is the {fee}, {value}. A different account entirely.",
                "I gave you {term}, fair enough. But the {fee} is set by head office: {value}. Nothing I can do.",
                "{term} is behind us. Now, the {fee}: {value}. It's new this year.",
                "Relax, {term} stays where it is. It's just the {fee}, {value}. Finance needs it on the books.",
            ]

        case (.tactic(.matchOtherRetailer), .zh):
            [
                "你们给{other_retailer}的{term}是{value}，我们也要一样的。",
                "别以为我不知道，{other_retailer}那边{term}拿到了{value}。凭什么我们拿不到？",
                "{other_retailer}的海报我看到了，{term}{value}。同样的条件，我这里也要。",
                "{other_retailer}比我们小，{term}都能拿到{value}，我们凭什么比它差？",
                "{other_retailer}的条件我手里有，{term}{value}。同一个品牌，不能两套标准。",
                "你们对{other_retailer}那么大方，{term}给了{value}，到我这儿就抠门？",
            ]
        case (.tactic(.matchOtherRetailer), .en):
            [
                "You gave {other_retailer} {value} on {term}. We want the same.",
                "Don't think I don't know. {other_retailer} got {term} at {value}. Why shouldn't we?",
                "I saw your deal at {other_retailer}: {value} on {term}. Match it here, or explain why not.",
                "{other_retailer} is smaller than us and gets {value} on {term}. Why should we get worse?",
                "I've seen your terms with {other_retailer}: {term} at {value}. One brand, one standard.",
                "You were generous enough with {other_retailer}, {value} on {term}. Why so tight with us?",
            ]

        case (.tactic(.higherAuthority), .zh):
            [
                "我这儿可以，但总监那关过不去。{term}不到{value}，他不会签字。",
                "我说了不算，得上面批。{term}要是{value}，我才好去说。",
                "你这个方案拿到我老板那儿肯定被打回来。{term}至少{value}，否则没戏。",
                "我个人没意见，可总监看到{term}不是{value}，肯定不批。",
                "这个得上采购委员会。{term}没有{value}，委员会那关过不了。",
                "我刚给老板打过电话，他就一句话：{term}{value}，不然别签。",
            ]
        case (.tactic(.higherAuthority), .en):
            [
                "I could live with it, but my director won't sign unless {term} is {value}.",
                "It's not my call. Get {term} to {value} and I can take it upstairs.",
                "My boss will throw this straight back at me. {term} at {value}, or it's dead.",
                "Personally I'm fine with it, but my director won't approve it unless {term} is at {value}.",
                "This has to go through the buying committee. Without {value} on {term}, it won't get past them.",
                "I just called my boss. One sentence: {term} at {value}, or don't sign.",
            ]

        case (.tactic(.bossSqueeze), .zh):
            [
                "你们经理也在，正好。{term}给到{value}，不然这个单品我就撤了。",
                "当着你们领导的面我就直说了：{term}要{value}，促销力度还得加，做不到就下架。",
                "领导来了就好拍板了。{term}{value}，否则货架让出来。",
                "经理来了正好，有些话我就跟能拍板的人说：{term}{value}，今天定下来。",
                "你们领导亲自来，说明重视我们。那就拿出诚意，{term}给到{value}。",
                "你们经理能做主吧？{term}{value}，做不到的话，你们的排面我得重新考虑。",
            ]
        case (.tactic(.bossSqueeze), .en):
            [
                "Good, your manager is here. {term} at {value}, or I pull the line.",
                "I'll say it in front of your boss: {value} on {term} and more promotion, or you're delisted.",
                "Now someone who can decide is in the room: {term} to {value}. Otherwise the shelf goes to someone else.",
                "Glad your manager came. I'd rather talk to someone who can decide: {term} at {value}, settled today.",
                "Your boss came in person, so you must take us seriously. Then prove it: {value} on {term}.",
                "Your manager can make the call, right? {term} at {value}. Otherwise I rethink your shelf space.",
            ]

        case (.tactic(.timePressure), .zh):
            [
                "第{deadline}轮之前给我答复，过了这个时间，位置就给别人了。",
                "我不等你。第{deadline}轮之前定不下来，这个档期我给竞品。",
                "今天就得定，最晚第{deadline}轮。外面还有人排着呢。",
                "新的陈列图下周定稿，第{deadline}轮还没结果，你们就不在图上了。",
                "我给你时间到第{deadline}轮，过了这个点，别怪我不讲情面。",
                "竞品那边催得紧。第{deadline}轮之前你不签，我就签他们。",
            ]
        case (.tactic(.timePressure), .en):
            [
                "I need an answer by round {deadline}. After that, the slot goes to someone else.",
                "I'm not waiting. Decide by round {deadline}, or your competitor gets the promotion slot.",
                "This gets settled today, round {deadline} at the latest. There's a queue outside.",
                "The new planogram locks next week. No deal by round {deadline}, and you're not on it.",
                "You have until round {deadline}. After that, don't expect any favours.",
                "Your competitor keeps calling me. If you don't sign by round {deadline}, I sign them.",
            ]

        case (.tactic(.stall), .zh):
            [
                "这事我今天定不了，下周再说吧。",
                "我一会儿还有个会，咱们改天再约。下次可能是我同事跟你谈。",
                "你先回去等消息，我还得跟总部对一下。",
                "这个我得再想想，等我电话吧。",
                "今天先到这儿，总部的新政策还没下来。",
                "我手上事情太多了，你这个先放一放，回头再约。",
            ]
        case (.tactic(.stall), .en):
            [
                "I can't decide this today. Let's pick it up next week.",
                "Something came up; we'll have to reschedule. A colleague may take over your file.",
                "Leave it with me. I need to check with head office first.",
                "I need to think about this. Wait for my call.",
                "Let's stop here for today. Head office hasn't released the new policy yet.",
                "I've got too much on my plate. Let's put this aside and meet again later.",
            ]

        case (.tactic(.repeatObjection), .zh):
            [
                "还是那句话，你们的{term}根本没有竞争力。",
                "你说的我都听了，可{term}就是不行。",
                "{term}，{term}，还是{term}。这个不改，别的都白谈。",
                "我再说一遍，{term}不改，什么都免谈。",
                "你讲了半天，{term}还是老样子。",
                "问题还在{term}上，你绕不过去的。",
            ]
        case (.tactic(.repeatObjection), .en):
            [
                "Same answer: your {term} is simply not competitive.",
                "I heard you. Your {term} is still not good enough.",
                "{term}. It always comes back to {term}. Fix it, or nothing else matters.",
                "I'll say it again: unless {term} changes, there's nothing to discuss.",
                "You've talked for ages, and {term} is still where it was.",
                "The problem is still {term}. You can't get around it.",
            ]

        case (.tactic(.volumePromise), .zh):
            [
                "{term}给到{value}，我保证明年量涨{volume}。",
                "你们让一步，{term}做到{value}，我这边全国门店铺开，销量至少多{volume}。",
                "算账要算大账。{term}{value}，换{volume}的增量，你们稳赚。",
                "{term}做到{value}，明年我给你们多加陈列，量至少涨{volume}。",
                "你们在{term}上给到{value}，我拍胸脯保证{volume}的增长。",
                "别只盯着{term}的{value}，后面是{volume}的增量，这笔账你们不亏。",
            ]
        case (.tactic(.volumePromise), .en):
            [
                "Give me {value} on {term} and I guarantee your volume grows {volume} next year.",
                "{term} at {value}, and I roll you out to every store. That's {volume} more volume, easy.",
                "Think big picture: {value} on {term} buys you {volume} growth. You come out ahead.",
                "{term} at {value}, and I'll give you more display space. Your volume grows {volume}, at least.",
                "Give me {value} on {term} and you have my word: {volume} growth next year.",
                "Don't stare at {value} on {term}. Look at the {volume} extra volume behind it. You won't lose on this.",
            ]

        case (.tactic(.ownCalculation), .zh):
            [
                "我算过了，你们这个产品在我这儿毛利有{margin}，再让点完全没问题。",
                "别跟我哭穷，按我的账，你们的利润率是{margin}。",
                "你看我这张表，成本、出厂价都在，你们毛利{margin}，还说没空间？",
                "你们的毛利我心里有数，{margin}，这时候说没空间，谁信？",
                "我们财务算过，这个单品你们赚{margin}。让一点怎么了？",
                "别拿成本压我。{margin}的毛利，换别的供应商早就答应了。",
            ]
        case (.tactic(.ownCalculation), .en):
            [
                "I've run the numbers. Your margin here is {margin}. You can afford more.",
                "Don't cry poor. By my calculation you're making {margin} on this business.",
                "Look at my sheet: cost, list price, all of it. A {margin} margin, and you say there's no room?",
                "I know your margin: {margin}. Nobody believes there's no room at that level.",
                "Our finance team ran it. You make {margin} on this line. You can give a little.",
                "Don't hide behind your costs. At a {margin} margin, any other supplier would have said yes already.",
            ]

        case (.tactic(.promotionPush), .zh):
            [
                "位置快排满了。{term}你们上不上？要上就按{value}来。",
                "旺季马上到，{term}这块你们得有表示，{value}。",
                "我再问一次，{term}你们到底参不参加？别的供应商都报名了，按{value}算。",
                "{term}好多供应商在排队抢，{value}，你们不要，有的是人要。",
                "想要销量，就得在{term}上多投一点，{value}。不投入，哪来的量？",
                "{term}我先按{value}给你们留着，今天不回话就放给别人了。",
            ]
        case (.tactic(.promotionPush), .en):
            [
                "Promotion space is filling up. Are you in on {term} at {value} or not?",
                "Peak season is coming and space is going fast. I need {term} at {value}.",
                "I'll ask again: are you in on {term} at {value}? Everyone else has signed up.",
                "I've got other suppliers queuing up for {term} at {value}. Pass, and they'll be happy to step in.",
                "You want volume? Then put more into {term}: {value}. No investment, no sales.",
                "I'm holding {term} for you at {value}. No answer today and it goes to someone else.",
            ]

        case (.tactic(.easyGiveProbe), .zh):
            [
                "这么快就答应了？看来空间还很大嘛，{term}也给到{value}吧。",
                "你一个电话就批下来了，说明还有余地。{term}再来个{value}。",
                "既然这么好给，那{term}{value}你也别犹豫了。",
                "你答应得这么痛快，说明还有得谈。{term}就按{value}来。",
                "看来你们预算挺宽裕嘛，{term}给到{value}，不难吧？",
                "刚才那一步让得挺大方，那{term}{value}也一起定了。",
            ]
        case (.tactic(.easyGiveProbe), .en):
            [
                "That was quick. Clearly there's room. Give me {value} on {term} too.",
                "One phone call and it's approved? Then you can do {term} at {value} as well.",
                "If that was so easy, {value} on {term} shouldn't be a problem either.",
                "You agreed that fast, so there's more to talk about. {term} at {value}, then.",
                "Your budget must be bigger than you said. {value} on {term} can't be hard.",
                "That was a generous step just now. Let's settle {term} at {value} while we're at it.",
            ]

        case (.tactic(.finalNibble), .zh):
            [
                "基本可以签了。对了，{term}再给个{value}，就当交个朋友。",
                "签字之前还有件小事：{term}按{value}算，这个不难吧？",
                "行，就差最后一点，{term}{value}，你点头我们马上签。",
                "合同我都准备好了，就差{term}，按{value}写进去吧。",
                "签之前顺手把{term}调到{value}，你们也不差这一点。",
                "都谈到这儿了，{term}{value}，别为这点小事卡住。",
            ]
        case (.tactic(.finalNibble), .en):
            [
                "We're almost there. Just one small thing: {term} at {value}. Call it goodwill.",
                "Before I sign: {value} on {term}. That's nothing for you, right?",
                "Okay, deal. Oh, one last detail: {term} goes to {value}. Nod and we sign.",
                "The contract's ready. Just write {term} in at {value} and we're done.",
                "Before we sign, let's just put {term} at {value}. It's small change for you.",
                "We've come this far. {value} on {term}; don't let a detail like that hold us up.",
            ]
        }
    }
}
