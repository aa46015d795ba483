package vn.donghanh.client.model;

import org.json.JSONObject;

/** A post on a club's board, by alias (ClubPost schema). */
public final class ClubPost {
    public final String id;
    public final String alias;
    public final String text;
    public final long postedAtMillis;
    public final boolean yours;
    public final boolean reportedByYou;

    public ClubPost(String id, String alias, String text, long postedAtMillis, boolean yours, boolean reportedByYou) {
        this.id = id;
        this.alias = alias;
        this.text = text;
        this.postedAtMillis = postedAtMillis;
        this.yours = yours;
        this.reportedByYou = reportedByYou;
    }

    public static ClubPost from(JSONObject o) {
        Long at = Json.instant(o, "postedAt");
        return new ClubPost(
                Json.string(o, "id"),
                Json.string(o, "alias"),
                Json.string(o, "text"),
                at == null ? 0L : at,
                Json.bool(o, "yours"),
                Json.bool(o, "reportedByYou"));
    }
}
