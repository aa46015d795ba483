package vn.donghanh.client.api;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.json.JSONObject;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.model.Json;

/**
 * Calls to peer clubs (issue 17). The person's: list, join under an alias, leave, read the board, post, report. A
 * moderator's (mentor or officer): the same list (the clubs they moderate), the reported posts, hide one.
 */
public final class ClubApi {
    private final ApiClient api;

    public ClubApi(ApiClient api) {
        this.api = api;
    }

    /** The clubs of the person's commune and those they belong to. */
    public List<Club> clubs() throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/clubs"), Club::from);
    }

    public void join(String clubId, String alias, boolean showName) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "alias", alias);
        Json.put(body, "showName", showName);
        api.call("PUT", "/api/v1/clubs/" + clubId + "/membership", body);
    }

    public void leave(String clubId) throws IOException, ApiException {
        api.call("DELETE", "/api/v1/clubs/" + clubId + "/membership", null);
    }

    /** The newest page of the board (what the phone shows; older posts are a scroll the server pages). */
    public List<ClubPost> posts(String clubId) throws IOException, ApiException {
        JSONObject page = api.getObject("/api/v1/clubs/" + clubId + "/posts?limit=50");
        return Json.list(page.optJSONArray("items"), ClubPost::from);
    }

    public ClubPost post(String clubId, String text) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "id", UUID.randomUUID().toString());
        Json.put(body, "text", text);
        return ClubPost.from(api.post("/api/v1/clubs/" + clubId + "/posts", body));
    }

    public void report(String clubId, String postId, String reason) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "reason", reason);
        api.post("/api/v1/clubs/" + clubId + "/posts/" + postId + "/reports", body);
    }

    /** A moderator's queue: the newest reported posts, hidden ones included (with why), each with its reasons. */
    public List<ClubPost> reportedPosts(String clubId) throws IOException, ApiException {
        JSONObject page = api.getObject("/api/v1/clubs/" + clubId + "/posts?reported=true&limit=50");
        return Json.list(page.optJSONArray("items"), ClubPost::from);
    }

    public ClubPost hide(String clubId, String postId, String reason) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        Json.put(body, "reason", reason);
        return ClubPost.from(api.post("/api/v1/clubs/" + clubId + "/posts/" + postId + "/hide", body));
    }
}
