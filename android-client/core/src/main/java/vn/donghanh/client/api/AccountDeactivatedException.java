package vn.donghanh.client.api;

import org.json.JSONObject;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.model.Json;

/**
 * The server refused to renew the session because the account was deactivated: signing in again
 * cannot help. By the time this is thrown the phone has forgotten the session, the synced case
 * data, the alarms and the account's queued items (see {@link SessionEndListener}).
 */
public final class AccountDeactivatedException extends NotSignedInException {
    /** What today's backend says (AuthService.refresh → problems_en / problems_vi "auth.inactive"). */
    private static final String[] DETAILS = {"the account is not active", "tài khoản không hoạt động"};

    /**
     * A refused refresh that means the server ended the session on purpose, not that it ran out:
     * the refresh token was revoked (AuthService.refresh answers "reuse detected" for a revoked
     * token: deactivation, a password reset and "sign out everywhere" all revoke the account's
     * tokens) or is unknown to it (problems "auth.refresh-reuse" / "auth.refresh-unknown").
     */
    private static final String[] REVOKED = {
        "refresh token reuse detected",
        "unknown refresh token",
        "phát hiện mã làm mới bị dùng lại",
        "mã làm mới không hợp lệ"
    };

    /**
     * True when a refused refresh says the server ended the session (revoked or unknown token):
     * the account may have been deactivated, or its password reset; the phone cannot tell which
     * with today's backend, so it forgets the synced case data and keeps what is queued.
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
     * True when a refused refresh says the account is not active. The backend answers 401 with the
     * generic problem type "unauthorized" and the reason only in {@code detail} (worded in the
     * phone's language), so the detail is compared; a dedicated type ending in
     * {@code /account-inactive} (or {@code /account-deactivated}) is recognised too.
     */
    public static boolean isDeactivation(HttpResponse response) {
        if (response.status != 401 && response.status != 403) {
            return false;
        }
        JSONObject problem;
        try {
            problem = Json.parse(response.body);
        } catch (IllegalArgumentException notJson) {
            return false;
        }
        String type = Json.string(problem, "type");
        if (type != null && (type.endsWith("/account-inactive") || type.endsWith("/account-deactivated"))) {
            return true;
        }
        String detail = Json.string(problem, "detail");
        if (detail == null || response.status != 401) {
            return false;
        }
        String said = detail.trim().toLowerCase(java.util.Locale.ROOT);
        for (String d : DETAILS) {
            if (said.equals(d) || said.startsWith(d + ".")) {
                return true;
            }
        }
        return false;
    }
}
