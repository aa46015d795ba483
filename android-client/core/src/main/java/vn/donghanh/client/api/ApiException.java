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

    public ApiException(int status, String problemType, String title, long retryAfterMillis) {
        super("HTTP " + status + (title == null ? "" : " " + title)
                + (problemType == null ? "" : " (" + problemType + ")"));
        this.status = status;
        this.problemType = problemType;
        this.title = title;
        this.retryAfterMillis = retryAfterMillis;
    }

    public static ApiException from(HttpResponse response) {
        String type = null;
        String title = null;
        try {
            JSONObject problem = Json.parse(response.body);
            type = Json.string(problem, "type");
            title = Json.string(problem, "title");
        } catch (IllegalArgumentException notJson) {
            // A proxy's HTML page or an empty body: the status is all we know.
        }
        return new ApiException(response.status, type, title, retryAfter(response.header("Retry-After")));
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

    /** 5xx, 408 and 429: the same request may succeed later. */
    public boolean isTransient() {
        return status >= 500 || status == 408 || status == 429;
    }
}
