package vn.donghanh.client.model;

import org.json.JSONObject;

/**
 * A signed-in session: the short-lived access token, the single-use refresh token and the
 * account. {@link #toJson()} / {@link #fromJson(String)} let the app keep it as one private string.
 */
public final class Session {
    public final String accessToken;
    public final String refreshToken;
    public final long accessExpiresAtMillis;
    public final Account account;

    public Session(String accessToken, String refreshToken, long accessExpiresAtMillis, Account account) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.accessExpiresAtMillis = accessExpiresAtMillis;
        this.account = account;
    }

    /** From a TokenResponse received at {@code nowMillis}. */
    public static Session fromTokenResponse(JSONObject o, long nowMillis) {
        long expiresIn = Json.longValue(o, "expiresIn", 0);
        return new Session(
                Json.string(o, "accessToken"),
                Json.string(o, "refreshToken"),
                nowMillis + expiresIn * 1000L,
                Account.from(Json.object(o, "account")));
    }

    public String toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "accessToken", accessToken);
        Json.put(o, "refreshToken", refreshToken);
        Json.put(o, "accessExpiresAtMillis", accessExpiresAtMillis);
        Json.put(o, "account", account.toJson());
        return o.toString();
    }

    public static Session fromJson(String text) {
        JSONObject o = Json.parse(text);
        return new Session(
                Json.string(o, "accessToken"),
                Json.string(o, "refreshToken"),
                Json.longValue(o, "accessExpiresAtMillis", 0),
                Account.from(Json.object(o, "account")));
    }
}
