@testable import KataEngine
@testable import KataLanguage
import Testing

/// Issue 12: text that means nothing must not become a move. Seeded random lines — Latin letters,
/// digits, punctuation, Chinese characters, escape sequences — are read against the default
/// scenario's terms; hardly any may be taken, and none may be an offer, a conditional or a MESO
/// (a value no trainee said).
@Suite struct GarbageTests {
    @Test func randomTextDoesNotBecomeAnOffer() throws {
        let terms = try ShippedScenarioTests.load("carrefour-annual").terms
        var generator = SeededGenerator(seed: 12)
        let alphabet =
            Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:!?-%$#@&*()[]{}<>/\\\"'\u{1B}")
            + Array(
                "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
            )
        var taken = 0
        var invented = 0
        let lines = 5_000
        for _ in 0..<lines {
            let length = 1 + generator.nextIndex(30)
            let line = String((0..<length).map { _ in alphabet[generator.nextIndex(alphabet.count)] })
            let utterance = Utterance.parse(line, terms: terms)
            guard let move = utterance.move else { continue }
            taken += 1
            switch move {
            case .offer, .conditional, .meso: invented += 1
            case .final(let terms) where !terms.isEmpty: invented += 1
            default: break
            }
        }
        #expect(Double(taken) / Double(lines) < 0.02, "\(taken) of \(lines) random lines became moves")
        #expect(invented <= lines / 200, "\(invented) random lines became values")
    }

    @Test func escapeSequencesAreNotValues() throws {
        let terms = try ShippedScenarioTests.load("carrefour-annual").terms
        #expect(Utterance.parse("\u{1B}[2J返利", terms: terms).move == nil)
        #expect(Utterance.parse("x nO y", terms: terms).move == nil)
        #expect(Utterance.parse("-5%", terms: terms).problem == .negativeValue(value: "-5%"))
    }
}
