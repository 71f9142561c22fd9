import Foundation
import FunnelServer
import NIOSSL
import Testing

@Suite struct TLSTests {
    static let request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"

    static func serverTLS() throws -> (configuration: TLSConfiguration, certificatePath: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fh-tls-\(UUID().uuidString)").path
        let certificate = try DevelopmentCertificate.ensure(in: folder)
        let configuration = try ServerTLS.configuration(
            certificatePath: certificate.certificatePath, privateKeyPath: certificate.privateKeyPath
        )
        return (configuration, certificate.certificatePath)
    }

    static func client(minimum: TLSVersion, maximum: TLSVersion) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = minimum
        tls.maximumTLSVersion = maximum
        tls.certificateVerification = .none
        return tls
    }

    @Test func serverConfigurationRequiresTLS12() throws {
        #expect(try Self.serverTLS().configuration.minimumTLSVersion == .tlsv12)
    }

    @Test func tls11HandshakeFailsAndTLS12Works() async throws {
        let (configuration, certificatePath) = try Self.serverTLS()
        try await LiveServer.with(transport: .https(configuration)) { port, _ in
            let refused = await #expect(throws: NIOSSLError.self) {
                try await RawHTTPClient.send(Self.request, port: port, tls: Self.client(minimum: .tlsv1, maximum: .tlsv11))
            }
            #expect(String(describing: refused).contains("VERSION"))

            let response = try await RawHTTPClient.send(Self.request, port: port, tls: Self.client(minimum: .tlsv12, maximum: .tlsv12))
            #expect(response.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(response.hasSuffix("\r\n\r\n{\"status\":\"ok\"}"))

            // The development certificate verifies for both names it is made for, as curl --cacert would check it.
            var verifying = TLSConfiguration.makeClientConfiguration()
            verifying.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(certificatePath))
            for hostname in ["localhost", nil] {
                let verified = try await RawHTTPClient.send(Self.request, port: port, tls: verifying, serverHostname: hostname)
                #expect(verified.hasPrefix("HTTP/1.1 200 OK\r\n"))
            }
        }
    }

    @Test func developmentCertificateIsReusedAndItsKeyKeptPrivate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fh-tls-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try DevelopmentCertificate.ensure(in: folder)
        let pem = try String(contentsOfFile: first.certificatePath, encoding: .utf8)
        let second = try DevelopmentCertificate.ensure(in: folder)
        #expect(try String(contentsOfFile: second.certificatePath, encoding: .utf8) == pem)
        let permissions = try FileManager.default.attributesOfItem(atPath: first.privateKeyPath)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }
}

extension TLSTests {
    @Test func expiringDevelopmentCertificateIsReplaced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fh-tls-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Made a year minus twelve hours ago: it ends within the day, so it is renewed.
        let old = try DevelopmentCertificate.ensure(in: folder, now: Date().addingTimeInterval(-365 * 86_400 + 12 * 3600))
        let oldPEM = try String(contentsOfFile: old.certificatePath, encoding: .utf8)
        let renewed = try DevelopmentCertificate.ensure(in: folder)
        #expect(try String(contentsOfFile: renewed.certificatePath, encoding: .utf8) != oldPEM)
        #expect(try String(contentsOfFile: DevelopmentCertificate.ensure(in: folder).certificatePath, encoding: .utf8)
            == String(contentsOfFile: renewed.certificatePath, encoding: .utf8))
    }
}
