import Crypto
import Foundation

/// The transcript's tamper seal: each line carries `hash`, the hex SHA-256 of the previous line's
/// hash followed by this line's content (its JSON with sorted keys, without `hash` and without the
/// header's `started` time). Changing, adding or removing any line breaks the chain from there on.
public enum HashChain {
    /// The canonical content of a JSON object: sorted keys, no `hash`, no `started`.
    static func content(_ object: [String: Any]) throws -> Data {
        var object = object
        object.removeValue(forKey: "hash")
        object.removeValue(forKey: "started")
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// The hash of a line whose content is `content`, after the line hashed `previous`.
    static func hash(previous: String, content: Data) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(previous.utf8))
        hasher.update(data: content)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// A line ready to write: `value` encoded, sealed with its hash, as one line of sorted-key JSON.
    static func seal<T: Encodable>(_ value: T, previous: String) throws -> (line: String, hash: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.coderInvalidValue)
        }
        let hash = Self.hash(previous: previous, content: try content(object))
        object["hash"] = hash
        let sealed = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return (String(decoding: sealed, as: UTF8.self), hash)
    }

    /// The hex SHA-256 of a file's bytes (scenario fingerprints).
    public static func fingerprint(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
