import Foundation
import Testing

@testable import RuntopSources

/// How the Dreadnode adapter addresses the API and reads its failures.
@Suite("Dreadnode requests")
struct DreadnodeRequestTests {
    @Test(arguments: [
        ("https://api.dreadnode.io", "https://api.dreadnode.io/api/v1"),
        ("https://api.dreadnode.io/", "https://api.dreadnode.io/api/v1"),
        ("https://api.dreadnode.io/api/v1", "https://api.dreadnode.io/api/v1"),
        ("https://api.dreadnode.io/api/v1//", "https://api.dreadnode.io/api/v1"),
        ("http://127.0.0.1:8080/api", "http://127.0.0.1:8080/api/v1"),
    ])
    func baseURLIsTheHostOrTheVersionedRoot(given: String, root: String) {
        #expect(DreadnodeSource.apiRoot(given) == root)
    }

    @Test func validationListCutShortByTheTransportStillYieldsItsFirstMessage() {
        let cut = #"{"detail":[{"loc":["body","config","steps"],"msg":"Input should be greater than 0","type":"gre"#
        let error = DreadnodeErrorDetail.readable(.httpStatus(422, retryAfter: nil, detail: cut))
        #expect(error == .httpStatus(422, retryAfter: nil, detail: "Input should be greater than 0"))
    }

    @Test func plainDetailsAndRetryAfterAreKept() {
        let limited = SourceError.httpStatus(429, retryAfter: 7, detail: "Rate limited")
        #expect(DreadnodeErrorDetail.readable(limited) == limited)
        let listed = DreadnodeErrorDetail.readable(
            .httpStatus(422, retryAfter: 2, detail: #"{"detail":[{"loc":["query","page"],"msg":"bad page"}]}"#))
        #expect(listed == .httpStatus(422, retryAfter: 2, detail: "query.page: bad page"))
    }
}
