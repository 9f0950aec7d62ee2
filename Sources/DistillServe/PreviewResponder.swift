import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Answers every request of the preview server: the reload script, the build state, and
/// files of the site folder (HTML gains the reload script tag on the way out).
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: SiteFolder
    let state: BuildState

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "only GET and HEAD are served\n")
        }
        let head = request.method == .head
        // The path as sent, still percent-encoded: the site folder decodes it once, itself.
        let path = request.uri.path
        switch path {
        case ReloadScript.path:
            return Self.response(.ok, type: "text/javascript; charset=utf-8", body: Data(ReloadScript.source.utf8), head: head)
        case ReloadScript.versionPath:
            // `after=N` waits for a build after version N, for up to `wait` seconds: an open page
            // hears of a rebuild the moment it ends instead of at its next look.
            let query = request.uri.queryParameters
            var snapshot = state.snapshot
            if let after = query.get("after", as: Int.self) {
                let asked = query.get("wait", as: Double.self) ?? Self.longestWait
                let wait = asked.isFinite ? min(max(asked, 0), Self.longestWait) : Self.longestWait
                snapshot = await state.change(after: after, within: wait)
            }
            let body = (try? JSONEncoder().encode(snapshot)) ?? Data("{}".utf8)
            return Self.response(.ok, type: "application/json", body: body, head: head)
        default:
            break
        }
        switch site.lookup(path) {
        case .forbidden:
            return Self.text(.forbidden, "forbidden\n")
        case let .redirect(location):
            var response = Self.text(.movedPermanently, "moved\n")
            response.headers[.location] = location
            return response
        case .notFound:
            if let error = state.snapshot.error, path == "/" || path.hasSuffix(".html") {
                // Nothing good was ever built here: show why instead of a bare 404.
                return Self.response(.serviceUnavailable, type: "text/html; charset=utf-8", body: ReloadScript.errorPage(error), head: head)
            }
            return Self.text(.notFound, "not found\n")
        case let .file(url):
            guard var body = try? Data(contentsOf: url) else { return Self.text(.notFound, "not found\n") }
            let type = Self.contentType(of: url)
            if type.hasPrefix("text/html") { body = ReloadScript.inject(into: body) }
            return Self.response(.ok, type: type, body: body, head: head)
        }
    }

    /// The longest a request for the next version waits before it is answered with the
    /// current one (the page then asks again).
    static let longestWait = 25.0

    private static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!

    private static func response(_ status: HTTPResponse.Status, type: String, body: Data, head: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        // Pages change on every save; a cached copy would hide the rebuild.
        headers[.cacheControl] = "no-store"
        headers[contentTypeOptions] = "nosniff"
        if head {
            // The length the body would have, and no body.
            headers[.contentLength] = String(body.count)
            return Response(status: status, headers: headers)
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        response(status, type: "text/plain; charset=utf-8", body: Data(text.utf8), head: false)
    }

    static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "pdf": "application/pdf"
        case "txt", "md": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
