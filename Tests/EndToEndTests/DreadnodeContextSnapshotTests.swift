import Foundation
import RuntopServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `runtop snapshot --context NAME` for a Dreadnode context with `tinker_url`, run as the real binary against
/// `runtop serve`, which speaks Dreadnode under `/api/v1/org/{org}/ws/{ws}/training/jobs` and Tinker under
/// `/api/v1` on one port.
@Suite("Snapshot of a Dreadnode context with Tinker", .serialized)
struct DreadnodeContextSnapshotTests {
    static let key = "dn-e2e-key"

    /// A reference server with finished history whose Dreadnode and Tinker routes require `key`.
    static func startServer() async throws -> RunningReferenceServer {
        var configuration = ReferenceServerConfiguration(secondsPerStep: 0.05, seedHistory: true, randomSeed: 3)
        configuration.port = 0
        configuration.dreadnodeAPIKey = key
        return try await ReferenceServer.start(configuration)
    }

    /// A fresh `XDG_CONFIG_HOME` holding `runtop/config.toml` with `text`; returns the folder.
    static func configHome(_ text: String) throws -> String {
        let home = NSTemporaryDirectory() + "runtop-e2e-dreadnode-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home + "/runtop", withIntermediateDirectories: true)
        try text.write(toFile: home + "/runtop/config.toml", atomically: true, encoding: .utf8)
        return home
    }

    /// The `[contexts.lab]` of a Dreadnode context on `server`, plus `extra` lines.
    static func labContext(_ server: RunningReferenceServer, extra: String) -> String {
        """
        [contexts.lab]
        dialect = "dreadnode"
        url = "\(server.baseURL)"
        org = "acme"
        workspace = "research"
        token_env = "RUNTOP_E2E_DREADNODE_KEY"
        \(extra)
        """
    }

    /// A finished job that saved checkpoints, from the server's Fusion view of the same jobs.
    static func succeededJob(_ server: RunningReferenceServer) async throws -> String {
        let finished = try #require(try await HeadlessCommandTests.jobs(server).first { $0["status"] as? String == "succeeded" })
        return try #require(finished["id"] as? String)
    }

    /// The checkpoints of `job` in `runtop snapshot --job JOB --json` output.
    static func checkpoints(in output: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let job = try #require(object["job"] as? [String: Any])
        let artifacts = try #require(job["artifacts"] as? [String: Any])
        return try #require(artifacts["checkpoints"] as? [[String: Any]])
    }

    /// Sends `method` to a checkpoint route of the server's Tinker API with the key.
    static func tinker(
        _ method: String, _ server: RunningReferenceServer, run: String, checkpoint: String, suffix: String,
        body: String? = nil
    ) async throws -> Int {
        let id = checkpoint.replacingOccurrences(of: "/", with: "%2F")
        var request = URLRequest(
            url: try #require(URL(string: "\(server.baseURL)/api/v1/training_runs/\(run)/checkpoints/\(id)/\(suffix)")))
        request.httpMethod = method
        request.setValue(key, forHTTPHeaderField: "X-API-Key")
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    @Test func contextListsTheJobsOfItsWorkspace() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let jobs = try await HeadlessCommandTests.jobs(server)
        let home = try Self.configHome(
            Self.labContext(server, extra: "tinker_url = \"\(server.baseURL)\"\ntinker_token_env = \"RUNTOP_E2E_TINKER_KEY\""))
        defer { try? FileManager.default.removeItem(atPath: home) }
        let table = try HeadlessCommandTests.runtop(
            ["snapshot", "--context", "lab"],
            environment: [
                "XDG_CONFIG_HOME": home, "RUNTOP_E2E_DREADNODE_KEY": Self.key, "RUNTOP_E2E_TINKER_KEY": Self.key,
            ])
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.hasPrefix("ID"))
        #expect(!jobs.isEmpty)
        for job in jobs { #expect(table.output.contains(job["id"] as? String ?? "?")) }
        #expect(table.output.contains("sft·tinker"), "the rows come from the Dreadnode dialect")
    }

    @Test func jobJSONCarriesTinkerSizeVisibilityAndExpiryOfItsCheckpoints() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let job = try await Self.succeededJob(server)
        let run = "\(job):train:0"
        #expect(try await Self.tinker("POST", server, run: run, checkpoint: "sampler_weights/final", suffix: "publish") == 204)
        #expect(
            try await Self.tinker(
                "PUT", server, run: run, checkpoint: "sampler_weights/final", suffix: "ttl", body: #"{"ttl_seconds": 3600}"#)
                < 300)
        let home = try Self.configHome(
            Self.labContext(server, extra: "tinker_url = \"\(server.baseURL)\"\ntinker_token_env = \"RUNTOP_E2E_TINKER_KEY\""))
        defer { try? FileManager.default.removeItem(atPath: home) }
        let snapshot = try HeadlessCommandTests.runtop(
            ["snapshot", "--context", "lab", "--job", job, "--json"],
            environment: [
                "XDG_CONFIG_HOME": home, "RUNTOP_E2E_DREADNODE_KEY": Self.key, "RUNTOP_E2E_TINKER_KEY": Self.key,
            ])
        #expect(snapshot.status == 0, "\(snapshot.error)")
        let checkpoints = try Self.checkpoints(in: snapshot.output)
        #expect(!checkpoints.isEmpty)
        for checkpoint in checkpoints {
            #expect((checkpoint["path"] as? String)?.hasPrefix("tinker://\(run)/") == true)
            #expect((checkpoint["size_bytes"] as? Int ?? 0) > 0, "Tinker's size of \(checkpoint["name"] ?? "?")")
            #expect(checkpoint["public"] != nil)
        }
        let final = try #require(checkpoints.first { $0["name"] as? String == "final" })
        #expect(final["public"] as? Bool == true, "published through the Tinker API above")
        let expiry = try #require(final["expires_at"] as? Double, "the TTL set above")
        #expect(abs(expiry - Date().addingTimeInterval(3600).timeIntervalSince1970) < 300)
        let earlier = try #require(checkpoints.first { $0["name"] as? String != "final" })
        #expect(earlier["public"] as? Bool == false)
        #expect(earlier["expires_at"] == nil)
    }

    @Test func withoutTheTinkerKeyTheCheckpointsKeepOnlyWhatDreadnodeSays() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let job = try await Self.succeededJob(server)
        let environment = ["RUNTOP_E2E_DREADNODE_KEY": Self.key, "RUNTOP_E2E_TINKER_KEY": "not-the-key"]
        let wrongKey = try Self.configHome(
            Self.labContext(server, extra: "tinker_url = \"\(server.baseURL)\"\ntinker_token_env = \"RUNTOP_E2E_TINKER_KEY\""))
        let noTinker = try Self.configHome(Self.labContext(server, extra: ""))
        defer {
            try? FileManager.default.removeItem(atPath: wrongKey)
            try? FileManager.default.removeItem(atPath: noTinker)
        }
        for home in [wrongKey, noTinker] {
            let snapshot = try HeadlessCommandTests.runtop(
                ["snapshot", "--context", "lab", "--job", job, "--json"],
                environment: environment.merging(["XDG_CONFIG_HOME": home]) { _, given in given })
            #expect(snapshot.status == 0, "enrichment is optional: \(snapshot.error)")
            let checkpoints = try Self.checkpoints(in: snapshot.output)
            #expect(!checkpoints.isEmpty)
            #expect(checkpoints.allSatisfy { $0["size_bytes"] == nil && $0["public"] == nil })
        }
    }

    @Test func tinkerKeyFileReadableByOthersStopsTheCommandNamingTheConfigLine() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let home = try Self.configHome("")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let keyFile = home + "/tinker.key"
        try Self.key.write(toFile: keyFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keyFile)
        let config = Self.labContext(server, extra: "tinker_url = \"\(server.baseURL)\"\ntinker_token_file = \"\(keyFile)\"")
        try config.write(toFile: home + "/runtop/config.toml", atomically: true, encoding: .utf8)
        let refused = try HeadlessCommandTests.runtop(
            ["snapshot", "--context", "lab"],
            environment: ["XDG_CONFIG_HOME": home, "RUNTOP_E2E_DREADNODE_KEY": Self.key])
        #expect(refused.status == 64, "a usage error, before any request")
        #expect(refused.error.contains("config.toml:8: key \"contexts.lab.tinker_token_file\""), "\(refused.error)")
        #expect(refused.error.contains("chmod 600"))
        #expect(!refused.error.contains(Self.key))

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile)
        let allowed = try HeadlessCommandTests.runtop(
            ["snapshot", "--context", "lab"],
            environment: ["XDG_CONFIG_HOME": home, "RUNTOP_E2E_DREADNODE_KEY": Self.key])
        #expect(allowed.status == 0, "\(allowed.error)")
    }

    @Test func missingJobAndDeadServerKeepTheirExitStatusesThroughAContext() async throws {
        let server = try await Self.startServer()
        let home = try Self.configHome(Self.labContext(server, extra: "tinker_url = \"\(server.baseURL)\""))
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_CONFIG_HOME": home, "RUNTOP_E2E_DREADNODE_KEY": Self.key]
        let missing = try HeadlessCommandTests.runtop(
            ["snapshot", "--context", "lab", "--job", "no-such-job"], environment: environment)
        #expect(missing.status == 3, "\(missing.error)")
        await server.stop()
        let unreachable = try HeadlessCommandTests.runtop(["snapshot", "--context", "lab"], environment: environment)
        #expect(unreachable.status == 4, "\(unreachable.error)")
    }

    @Test func dreadnodeFlagsWorkWithoutAConfigFile() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let job = try await Self.succeededJob(server)
        let snapshot = try HeadlessCommandTests.runtop(
            [
                "snapshot", "--url", server.baseURL, "--dialect", "dreadnode", "--org", "acme", "--workspace",
                "research", "--token-env", "RUNTOP_E2E_DREADNODE_KEY", "--tinker-url", server.baseURL,
                "--tinker-token-env", "RUNTOP_E2E_DREADNODE_KEY", "--job", job, "--json",
            ],
            environment: ["RUNTOP_E2E_DREADNODE_KEY": Self.key])
        #expect(snapshot.status == 0, "\(snapshot.error)")
        #expect(try Self.checkpoints(in: snapshot.output).allSatisfy { ($0["size_bytes"] as? Int ?? 0) > 0 })
        let withoutWorkspace = try HeadlessCommandTests.runtop(
            ["snapshot", "--url", server.baseURL, "--dialect", "dreadnode", "--org", "acme"])
        #expect(withoutWorkspace.status == 64)
        #expect(withoutWorkspace.error.contains("--workspace"))
    }

    @Test func tinkerKeyFlagNamingAnUnsetVariableOrAPlainRemoteURLIsRefused() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let dreadnode = ["snapshot", "--url", server.baseURL, "--dialect", "dreadnode", "--org", "acme", "--workspace", "research"]
        let unset = try HeadlessCommandTests.runtop(
            dreadnode + ["--tinker-url", server.baseURL, "--tinker-token-env", "RUNTOP_E2E_UNSET_TINKER_KEY"],
            environment: ["RUNTOP_E2E_UNSET_TINKER_KEY": ""])
        #expect(unset.status == 64)
        #expect(unset.error.contains("--tinker-token-env RUNTOP_E2E_UNSET_TINKER_KEY"), "\(unset.error)")
        let plainRemote = try HeadlessCommandTests.runtop(
            dreadnode + ["--tinker-url", "http://10.255.255.1:9", "--tinker-token-env", "RUNTOP_E2E_TINKER_KEY"],
            environment: ["RUNTOP_E2E_TINKER_KEY": Self.key])
        #expect(plainRemote.status == 64, "refused before sending the key in clear text")
        #expect(plainRemote.error.contains("refusing to send the token over plain http://"), "\(plainRemote.error)")
        #expect(!plainRemote.error.contains(Self.key))
    }
}
