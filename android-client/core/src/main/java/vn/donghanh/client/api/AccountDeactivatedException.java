package vn.donghanh.client.api;

import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.model.Json;

/**
 * The server refused to renew the session because the account was deactivated: signing in again
 * cannot help. By the time this is thrown the phone has forgotten the session, the synced case
 * data, the alarms and the account's queued items (see {@link SessionEndListener}).
 */
public final class AccountDeactivatedException extends NotSignedInException {
    /**
     * A refused refresh that means the server ended the session on purpose, not that it ran out:
     * the refresh token was revoked (AuthService.refresh answers "reuse detected" for a revoked
     * token: a password reset and "sign out everywhere" revoke the account's tokens) or is unknown
     * to it (problems "auth.refresh-reuse" / "auth.refresh-unknown").
     */
    private static final String[] REVOKED = {
        "refresh token reuse detected",
        "unknown refresh token",
        "phát hiện mã làm mới bị dùng lại",
        "mã làm mới không hợp lệ"
    };

    /**
     * True when a refused refresh says the server ended the session (revoked or unknown token, e.g.
     * a password reset): the phone forgets the synced case data and keeps what is queued for the
     * same account's next sign-in.
     */
    public static boolean isRevocation(HttpResponse response) {
        if (response.status != 401) {
            return false;
        }
        String detail;
        try {
            detail = Json.string(Json.parse(response.body), "detail");
        } catch (IllegalArgumentException notJson) {
            return false;
        }
        if (detail == null) {
            return false;
        }
        String said = detail.trim().toLowerCase(java.util.Locale.ROOT);
        for (String d : REVOKED) {
            if (said.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the server says the account is deactivated: 401 with the problem type
     * {@code …/account-inactive}, on any request or on the refresh (TokenVersionFilter,
     * AuthService.refresh). The type, not the worded detail, which follows the phone's language.
     */
    public static boolean isDeactivation(HttpResponse response) {
        if (response.status != 401) {
            return false;
        }
        try {
            String type = Json.string(Json.parse(response.body), "type");
            return type != null && type.endsWith("/account-inactive");
        } catch (IllegalArgumentException notJson) {
            return false;
        }
    }
}
