package vn.donghanh.client.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.json.JSONObject;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.http.HttpTransport;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.store.SessionStore;
import vn.donghanh.client.time.Clock;

/**
 * JSON over HTTP against {@code api-spec/openapi.yaml}: adds the bearer token, refreshes it
 * when it is about to expire or the server answers 401 (once, then retries), and turns error
 * statuses into {@link ApiException}. Blocking: call it from a background thread.
 */
public final class ApiClient {
    private static final long REFRESH_MARGIN_MILLIS = 30_000;
    private static final String JSON = "application/json";

    private final String baseUrl;
    private final HttpTransport transport;
    private final SessionStore sessions;
    private final Clock clock;
    private final Object refreshLock = new Object();
    private volatile SessionEndListener sessionEnds;

    public ApiClient(String baseUrl, HttpTransport transport, SessionStore sessions, Clock clock) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.transport = transport;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Told when the server ends the session for good (the account was deactivated). */
    public void setSessionEndListener(SessionEndListener listener) {
        this.sessionEnds = listener;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public Clock clock() {
        return clock;
    }

    /** An authenticated call; returns the body (maybe empty). */
    public String call(String method, String path, JSONObject body) throws IOException, ApiException {
        return callAs(null, method, path, body);
    }

    /**
     * An authenticated call made only with the session of {@code accountId} (any session when
     * null). The account is checked each time a token is taken, also after a refresh, so an item
     * queued by one account is never sent with the token of another who signed in meanwhile.
     *
     * @throws OtherAccountSignedInException when someone else is signed in; nothing was sent
     */
    public String callAs(String accountId, String method, String path, JSONObject body)
            throws IOException, ApiException {
        return exchange(accountId, method, path, body, JSON).body;
    }

    /**
     * An authenticated GET of a file that is not JSON (the person's data copy as a PDF): the bytes
     * as they came. Problems still arrive as {@code application/problem+json}, hence both in Accept.
     */
    public byte[] download(String path, String mediaType) throws IOException, ApiException {
        return exchange(null, "GET", path, null, mediaType + ", application/problem+json")
                .bytes();
    }

    private HttpResponse exchange(String accountId, String method, String path, JSONObject body, String accept)
            throws IOException, ApiException {
        Session session = sessionOf(accountId, sessions.load());
        if (clock.nowMillis() > session.accessExpiresAtMillis - REFRESH_MARGIN_MILLIS) {
            session = sessionOf(accountId, refresh(session));
        }
        HttpResponse response = send(method, path, body, session.accessToken, accept);
        if (AccountDeactivatedException.isDeactivation(response)) {
            // A server that says so already on the request (a dedicated problem type): no refresh.
            throw accountDeactivated(session);
        }
        if (response.status == 401) {
            session = sessionOf(accountId, refresh(session));
            response = send(method, path, body, session.accessToken, accept);
        }
        if (!response.isSuccess()) {
            throw ApiException.from(response);
        }
        return response;
    }

    public JSONObject getObject(String path) throws IOException, ApiException {
        return Json.parse(call("GET", path, null));
    }

    public org.json.JSONArray getArray(String path) throws IOException, ApiException {
        return Json.parseArray(call("GET", path, null));
    }

    public JSONObject post(String path, JSONObject body) throws IOException, ApiException {
        String text = call("POST", path, body);
        return text.isEmpty() ? new JSONObject() : Json.parse(text);
    }

    private static Session sessionOf(String accountId, Session session) throws ApiException {
        if (session == null) {
            throw new NotSignedInException();
        }
        if (accountId != null && (session.account == null || !accountId.equals(session.account.id))) {
            throw new OtherAccountSignedInException();
        }
        return session;
    }

    /**
     * A GET without a token, for what anyone may read before signing in (the public knowledge
     * pages, issue 17): no session is needed or sent, so it works on a phone nobody signed in on.
     */
    public JSONObject publicGet(String path) throws IOException, ApiException {
        HttpResponse response = send("GET", path, null, null, JSON);
        if (!response.isSuccess()) {
            throw ApiException.from(response);
        }
        return Json.parse(response.body);
    }

    /** A call without a token (sign-in, refresh, logout). */
    public HttpResponse anonymous(String path, JSONObject body) throws IOException {
        return send("POST", path, body, null, JSON);
    }

    /**
     * Exchanges the refresh token once even when several threads hit a 401 together: a second
     * use of a spent refresh token would make the server revoke the whole session.
     */
    Session refresh(Session stale) throws IOException, ApiException {
        synchronized (refreshLock) {
            Session current = sessions.load();
            if (current == null) {
                throw new NotSignedInException();
            }
            if (!current.refreshToken.equals(stale.refreshToken)) {
                return current;
            }
            JSONObject body = Json.put(new JSONObject(), "refreshToken", current.refreshToken);
            HttpResponse response = anonymous("/api/v1/auth/refresh", body);
            if (AccountDeactivatedException.isDeactivation(response)) {
                throw accountDeactivated(current);
            }
            if (AccountDeactivatedException.isRevocation(response)) {
                // Ended on purpose by the server: the synced data goes, what is queued stays.
                sessions.clear();
                SessionEndListener listener = sessionEnds;
                if (listener != null) {
                    listener.onSessionRevoked(current);
                }
                throw new NotSignedInException();
            }
            if (response.status == 401 || response.status == 400) {
                sessions.clear();
                throw new NotSignedInException();
            }
            if (!response.isSuccess()) {
                throw ApiException.from(response);
            }
            Session fresh = Session.fromTokenResponse(Json.parse(response.body), clock.nowMillis());
            sessions.save(fresh);
            return fresh;
        }
    }

    /** Not a session to renew by signing in again: the phone forgets the account's data. */
    private AccountDeactivatedException accountDeactivated(Session ended) {
        synchronized (refreshLock) {
            if (sessions.load() != null) {
                sessions.clear();
                SessionEndListener listener = sessionEnds;
                if (listener != null) {
                    listener.onAccountDeactivated(ended);
                }
            }
        }
        return new AccountDeactivatedException();
    }

    private HttpResponse send(String method, String path, JSONObject body, String token, String accept)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        // The server words its refusals (shown on the unsent-items screen) in the phone's language.
        headers.put("Accept-Language", phoneLanguage());
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json; charset=utf-8");
        }
        return transport.execute(
                new HttpRequest(method, baseUrl + path, headers, body == null ? null : body.toString()));
    }

    /** "en" on an English phone, otherwise "vi" (the server's two languages; Vietnamese first). */
    static String phoneLanguage() {
        return "en".equals(java.util.Locale.getDefault().getLanguage()) ? "en" : "vi";
    }
}
