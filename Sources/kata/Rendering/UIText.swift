import Foundation
import KataTerms

/// The UI's language: every label is written in both, picked at the call site, so a reader sees
/// the English and the Chinese together.
struct UIText: Sendable {
    let language: Language

    func callAsFunction(_ en: String, _ zh: String) -> String {
        language == .zh ? zh : en
    }

    /// The language for output that belongs to no scenario: `--lang`, else the locale (`LANG`).
    static func fromEnvironment(_ option: Language?) -> UIText {
        if let option { return UIText(language: option) }
        let locale = ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LANG"] ?? ""
        return UIText(language: locale.lowercased().hasPrefix("zh") ? .zh : .en)
    }
}
