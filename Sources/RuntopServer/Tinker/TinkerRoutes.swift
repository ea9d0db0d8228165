import Foundation
import Hummingbird
import RuntopWire

/// Tinker's REST API (seed 002, the SDK's `RestClient`) under `/api/v1`, over the same jobs as the Fusion and
/// Dreadnode APIs: every job is a training run, its checkpoint saves are the checkpoints.
///
/// Writes answer `204 No Content`; errors answer `{"detail": …}` with 400 (malformed checkpoint id or body),
/// 401 (API key), 404 (unknown run, checkpoint or archive link), 409 (already public / already private) and
/// 422 (invalid query or field).
struct TinkerRoutes: Sendable {
    let store: TinkerStore
    /// The required API key; nil turns authentication off. Archive links need none: their token is the credential.
    let apiKey: String?

    /// Where archive links are served.
    static let archivePath = "/api/v1/archives"

    /// Whether `path` (raw) is one of these routes, which check the API key themselves.
    static func isTinkerPath(_ path: String) -> Bool {
        ["/api/v1/training_runs", "/api/v1/checkpoints"].contains { path == $0 || path.hasPrefix($0 + "/") }
            || path.hasPrefix(archivePath + "/")
    }

    /// Adds the routes to `router`.
    func add(to router: Router<BasicRequestContext>) {
        let api = router.group("api/v1").add(middleware: TinkerAuthMiddleware(apiKey: apiKey))
        api.get("training_runs") { request, _ in
            let page = try TinkerPageRequest.parse(request, defaultLimit: 20)
            let now = WireTimestamp.now
            let (runs, total) = try await store.runs(limit: page.limit, offset: page.offset)
            return try JSONResponse.make(
                TinkerTrainingRunsPage(
                    trainingRuns: runs.map { $0.trainingRun(now: now) },
                    cursor: TinkerCursor(offset: page.offset, limit: page.limit, totalCount: total)))
        }
        api.get("training_runs/:run") { _, context in
            let run = try await store.run(try Self.runParameter(context))
            return try JSONResponse.make(run.trainingRun(now: WireTimestamp.now))
        }
        api.get("training_runs/:run/checkpoints") { _, context in
            let run = try await store.run(try Self.runParameter(context))
            return try JSONResponse.make(TinkerCheckpointsPage(checkpoints: run.checkpoints(now: WireTimestamp.now)))
        }
        api.get("checkpoints") { request, _ in
            let page = try TinkerPageRequest.parse(request, defaultLimit: 100)
            let now = WireTimestamp.now
            let all = try await store.allRuns().flatMap { $0.checkpoints(now: now) }
            // Newest first; at the same time, sampler weights before full state, as a stable order.
            let ordered = all.enumerated().sorted { lhs, rhs in
                let left = lhs.element.time ?? "", right = rhs.element.time ?? ""
                return left != right ? left > right : lhs.offset > rhs.offset
            }.map(\.element)
            return try JSONResponse.make(
                TinkerCheckpointsPage(
                    checkpoints: page.page(of: ordered),
                    cursor: TinkerCursor(offset: page.offset, limit: page.limit, totalCount: ordered.count)))
        }
        api.get("training_runs/:run/checkpoints/**") { _, context in
            let (run, address) = try target(context, expecting: [.archive])
            let now = WireTimestamp.now
            let link = try await store.createArchiveLink(trainingRunID: run, checkpointID: address.checkpointID, now: now)
            return Response(
                status: .found,
                headers: [
                    .location: "\(Self.archivePath)/\(link.token)",
                    .expires: TinkerHTTPDate.format(link.expiresAt),
                    .cacheControl: "no-store",
                ])
        }
        api.post("training_runs/:run/checkpoints/**") { _, context in
            let (run, address) = try target(context, expecting: [.publish])
            try await store.setPublic(true, trainingRunID: run, checkpointID: address.checkpointID, now: WireTimestamp.now)
            return Response(status: .noContent)
        }
        api.delete("training_runs/:run/checkpoints/**") { _, context in
            let (run, address) = try target(context, expecting: [.publish, nil])
            if address.action == .publish {
                try await store.setPublic(
                    false, trainingRunID: run, checkpointID: address.checkpointID, now: WireTimestamp.now)
            } else {
                try await store.delete(trainingRunID: run, checkpointID: address.checkpointID, now: WireTimestamp.now)
            }
            return Response(status: .noContent)
        }
        api.put("training_runs/:run/checkpoints/**") { request, context in
            var request = request
            let (run, address) = try target(context, expecting: [.ttl])
            let seconds = try TinkerTimeToLiveRequest.parse(body: try await request.bodyData())
            try await store.setTimeToLive(
                seconds, trainingRunID: run, checkpointID: address.checkpointID, now: WireTimestamp.now)
            return Response(status: .noContent)
        }
        router.get("api/v1/archives/:token") { _, context in
            let now = WireTimestamp.now
            let checkpoint = try await store.archivedCheckpoint(token: try context.pathParameter("token"), now: now)
            let bytes = try TinkerArchive.tar(of: checkpoint, modifiedAt: now)
            let filename = checkpoint.checkpointID.replacingOccurrences(of: "/", with: "-") + ".tar"
            return Response(
                status: .ok,
                headers: [
                    .contentType: TinkerArchive.contentType,
                    .contentDisposition: "attachment; filename=\"\(filename)\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// The `run` path parameter, percent-decoded.
    private static func runParameter(_ context: BasicRequestContext) throws(ServerError) -> String {
        let raw = try context.pathParameter("run")
        guard let decoded = raw.removingPercentEncoding else { throw .badRequest("Malformed training run id") }
        return decoded
    }

    /// The run id and checkpoint address of a request under `…/checkpoints/…`; `notFound` when the path's action
    /// is not one this method serves (nil in `actions`: the checkpoint itself).
    private func target(_ context: BasicRequestContext, expecting actions: Set<TinkerCheckpointAddress.Action?>)
        throws(ServerError) -> (run: String, address: TinkerCheckpointAddress)
    {
        let run = try Self.runParameter(context)
        let address = try TinkerCheckpointAddress.parse(context.parameters.getCatchAll())
        guard actions.contains(address.action) else { throw .notFound("Not Found") }
        return (run, address)
    }
}
