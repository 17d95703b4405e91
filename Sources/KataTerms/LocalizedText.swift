/// The two languages KATA speaks: buyer lines, scenario text and the UI.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zh
    case en
}

/// Text a scenario may give in one language or in both (`name: 返利` or `name: {zh: 返利, en: Rebate}`).
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String?
    public var en: String?

    public init(zh: String? = nil, en: String? = nil) {
        self.zh = zh
        self.en = en
    }

    public init(_ text: String, in language: Language) {
        switch language {
        case .zh: self.init(zh: text)
        case .en: self.init(en: text)
        }
    }

    /// The text in `language`, or in the other language when this one is missing.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh ?? en ?? ""
        case .en: en ?? zh ?? ""
        }
    }

    /// Every language's text, for matching names typed by the user.
    public var all: [String] { [zh, en].compactMap(\.self) }
}
