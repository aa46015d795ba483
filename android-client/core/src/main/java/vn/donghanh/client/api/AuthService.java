package vn.donghanh.client.api;

import java.io.IOException;
import org.json.JSONObject;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Session;

/** Sign-in (activation, person, staff), refresh and sign-out; keeps the session in the SessionStore. */
public final class AuthService {
    private final ApiClient api;

    public AuthService(ApiClient api) {
        this.api = api;
    }

    /** First sign-in of a person with the officer's one-time code; sets the 6-digit PIN. */
    public Session activate(String phone, String code, String pin) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "phone", phone);
        Json.put(body, "code", code);
        Json.put(body, "pin", pin);
        return signIn("/api/v1/auth/activate", body);
    }

    public Session personLogin(String phone, String pin) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "phone", phone);
        Json.put(body, "pin", pin);
        return signIn("/api/v1/auth/person-login", body);
    }

    public Session staffLogin(String username, String password) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "username", username);
        Json.put(body, "password", password);
        return signIn("/api/v1/auth/login", body);
    }

    /**
     * Why the phone ended the last session by itself (the account was deactivated), for the
     * sign-in screen; null after a sign-out by the user or once someone signed in again.
     */
    public vn.donghanh.client.model.SessionEnd lastEnd() {
        return api.sessions().lastEnd();
    }

    /** The remembered session, or null. */
    public Session current() {
        return api.sessions().load();
    }

    /** Rotates the tokens now (normally the ApiClient does this by itself on expiry or 401). */
    public Session refresh() throws IOException, ApiException {
        Session session = api.sessions().load();
        if (session == null) {
            throw new NotSignedInException();
        }
        return api.refresh(session);
    }

    /**
     * Revokes the session on the server and forgets it here. Returns false when the server could
     * not be reached: the local session is forgotten anyway (the refresh token then just expires).
     */
    public boolean logout() {
        Session session = api.sessions().load();
        api.sessions().clear();
        if (session == null) {
            return true;
        }
        try {
            HttpResponse response = api.anonymous(
                    "/api/v1/auth/logout", Json.put(new JSONObject(), "refreshToken", session.refreshToken));
            return response.isSuccess();
        } catch (IOException offline) {
            return false;
        }
    }

    private Session signIn(String path, JSONObject body) throws IOException, ApiException {
        HttpResponse response = api.anonymous(path, body);
        if (!response.isSuccess()) {
            throw ApiException.from(response);
        }
        Session session =
                Session.fromTokenResponse(Json.parse(response.body), api.clock().nowMillis());
        api.sessions().save(session);
        api.sessions().saveLastEnd(null);
        return session;
    }
}
