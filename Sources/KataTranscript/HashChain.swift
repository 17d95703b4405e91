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
        return hex(hasher.finalize())
    }

    /// Lowercase hex of a digest's bytes (`String(format:)` per byte was most of `kata team`'s time).
    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The hash `row` (one line of a transcript, as bytes) states, when it is the right one after
    /// `previous`; else `nil`. Lines as KATA writes them are checked on their bytes (the content is the
    /// line without its `"hash"` member); any other spelling of the same JSON is parsed and re-encoded.
    static func verified(_ row: Data, previous: String) -> String? {
        let marker = Data("\"hash\":\"".utf8)
        if let found = row.range(of: marker), found.upperBound + 65 <= row.endIndex,
            row[found.upperBound + 64] == UInt8(ascii: "\"")
        {
            let stated = String(decoding: row[found.upperBound..<found.upperBound + 64], as: UTF8.self)
            var member = found.lowerBound..<found.upperBound + 65
            if member.lowerBound > row.startIndex, row[member.lowerBound - 1] == UInt8(ascii: ",") {
                member = member.lowerBound - 1..<member.upperBound
            } else if member.upperBound < row.endIndex, row[member.upperBound] == UInt8(ascii: ",") {
                member = member.lowerBound..<member.upperBound + 1
            }
            var content = row
            content.removeSubrange(member)
            if hash(previous: previous, content: content) == stated { return stated }
        }
        guard let object = try? JSONSerialization.jsonObject(with: row) as? [String: Any],
            let stated = object["hash"] as? String, let content = try? content(object),
            hash(previous: previous, content: content) == stated
        else { return nil }
        return stated
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
        hex(SHA256.hash(data: data))
    }
}
