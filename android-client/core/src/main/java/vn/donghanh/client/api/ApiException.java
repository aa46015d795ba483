package vn.donghanh.client.api;

import org.json.JSONObject;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.model.Json;

/**
 * The server answered with an error status. Carries the problem+json {@code type} and
 * {@code title} for the UI to map to a string, and Retry-After when the server sent one.
 */
public class ApiException extends Exception {
    public final int status;
    public final String problemType;
    public final String title;
    /** Milliseconds from Retry-After (seconds form), or -1. */
    public final long retryAfterMillis;
    /** The problem+json {@code detail}: the server's own words about this refusal; may be null. */
    public final String detail;

    public ApiException(int status, String problemType, String title, long retryAfterMillis) {
        this(status, problemType, title, retryAfterMillis, null);
    }

    public ApiException(int status, String problemType, String title, long retryAfterMillis, String detail) {
        super("HTTP " + status + (title == null ? "" : " " + title)
                + (problemType == null ? "" : " (" + problemType + ")"));
        this.status = status;
        this.problemType = problemType;
        this.title = title;
        this.retryAfterMillis = retryAfterMillis;
        this.detail = detail;
    }

    public static ApiException from(HttpResponse response) {
        String type = null;
        String title = null;
        String detail = null;
        try {
            JSONObject problem = Json.parse(response.body);
            type = Json.string(problem, "type");
            title = Json.string(problem, "title");
            detail = Json.string(problem, "detail");
        } catch (IllegalArgumentException notJson) {
            // A proxy's HTML page or an empty body: the status is all we know.
        }
        return new ApiException(response.status, type, title, retryAfter(response.header("Retry-After")), detail);
    }

    static long retryAfter(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(header.trim())) * 1000L;
        } catch (NumberFormatException httpDate) {
            return -1;
        }
    }

    /**
     * What to show a user about this refusal: the server's {@code detail} (e.g. "summary: must not
     * be blank"), else its title, else the bare status. Never the problem type URI.
     */
    public String humanReason() {
        if (detail != null && !detail.trim().isEmpty()) {
            return detail.trim();
        }
        if (title != null && !title.trim().isEmpty()) {
            return title.trim() + " (" + status + ")";
        }
        return "HTTP " + status;
    }

    /** 5xx, 408 and 429: the same request may succeed later. */
    public boolean isTransient() {
        return status >= 500 || status == 408 || status == 429;
    }
}
