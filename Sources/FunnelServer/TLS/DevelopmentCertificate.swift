import Crypto
public import Foundation
import SwiftASN1
import X509

/// A self-signed P-256 certificate for localhost and 127.0.0.1, created in-process the first
/// time the server runs without a configured certificate, and reused afterwards.
public struct DevelopmentCertificate: Sendable {
    public static let defaultFolder = ".funnelhouse/tls"

    public let certificatePath: String
    public let privateKeyPath: String

    /// Lasts a year; a certificate past (or within a day of) its end is replaced.
    static let lifetime: TimeInterval = 365 * 86_400

    /// The certificate files in `folder`, created (or renewed) when missing or expiring.
    public static func ensure(in folder: String = defaultFolder, now: Date = Date()) throws -> DevelopmentCertificate {
        let certificatePath = folder + "/localhost.crt"
        let privateKeyPath = folder + "/localhost.key"
        if let existing = try? String(contentsOfFile: certificatePath, encoding: .utf8),
           let certificate = try? Certificate(pemEncoded: existing),
           certificate.notValidAfter > now.addingTimeInterval(86_400),
           FileManager.default.fileExists(atPath: privateKeyPath) {
            return DevelopmentCertificate(certificatePath: certificatePath, privateKeyPath: privateKeyPath)
        }
        let (certificatePEM, keyPEM) = try make(now: now)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: privateKeyPath, contents: Data(keyPEM.utf8), attributes: [.posixPermissions: 0o600]),
              FileManager.default.createFile(atPath: certificatePath, contents: Data(certificatePEM.utf8))
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder]) }
        return DevelopmentCertificate(certificatePath: certificatePath, privateKeyPath: privateKeyPath)
    }

    /// A fresh certificate and its key, both PEM.
    public static func make(now: Date = Date()) throws -> (certificate: String, privateKey: String) {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName {
            OrganizationName("Funnelhouse development")
            CommonName("localhost")
        }
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.notCertificateAuthority)
            // No KeyUsage: OpenSSL-based clients (curl --cacert) refuse a self-signed trust anchor
            // whose KeyUsage lacks keyCertSign, and asserting keyCertSign on a leaf would be a lie.
            try ExtendedKeyUsage([.serverAuth])
            SubjectAlternativeNames([
                .dnsName("localhost"),
                .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                .ipAddress(ASN1OctetString(contentBytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])),
            ])
        }
        let certificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: Certificate.PublicKey(key.publicKey),
            // An hour of slack for clocks that run behind.
            notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(lifetime),
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: extensions,
            issuerPrivateKey: Certificate.PrivateKey(key)
        )
        return (try certificate.serializeAsPEM().pemString, key.pemRepresentation)
    }
}
