public import NIOSSL

/// The server's TLS settings: TLS 1.2 at least, stated explicitly because swift-nio-ssl's
/// server default still admits TLS 1.0.
public enum ServerTLS {
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case unreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): "cannot load \(path): \(reason)"
            }
        }
    }

    public static let minimumVersion = TLSVersion.tlsv12

    /// The configuration for a PEM certificate chain and its private key.
    public static func configuration(certificatePath: String, privateKeyPath: String) throws(Problem) -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        let key: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw .unreadable(path: certificatePath, reason: "\(error)")
        }
        guard !chain.isEmpty else { throw .unreadable(path: certificatePath, reason: "no certificate in the file") }
        do {
            key = try NIOSSLPrivateKey(file: privateKeyPath, format: .pem)
        } catch {
            throw .unreadable(path: privateKeyPath, reason: "\(error)")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key)
        )
        configuration.minimumTLSVersion = minimumVersion
        // HTTP/1.1 only: Hummingbird's http1 channel sits behind this handler.
        configuration.applicationProtocols = ["http/1.1"]
        return configuration
    }
}
