package vn.donghanh.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A post on a club's board, by alias (ClubPost schema). {@code hidden}, {@code hiddenReason} and the reports'
 * reasons are what a moderator sees; a member never gets a hidden post nor the reasons.
 */
public final class ClubPost {
    public final String id;
    public final String alias;
    public final String text;
    public final long postedAtMillis;
    public final boolean yours;
    public final boolean reportedByYou;
    public final boolean hidden;
    public final String hiddenReason;
    public final int reportCount;
    /** The members' reasons, to moderators only (empty for a member). */
    public final List<String> reportReasons;

    public ClubPost(String id, String alias, String text, long postedAtMillis, boolean yours, boolean reportedByYou) {
        this(id, alias, text, postedAtMillis, yours, reportedByYou, false, null, 0, Collections.emptyList());
    }

    public ClubPost(
            String id,
            String alias,
            String text,
            long postedAtMillis,
            boolean yours,
            boolean reportedByYou,
            boolean hidden,
            String hiddenReason,
            int reportCount,
            List<String> reportReasons) {
        this.id = id;
        this.alias = alias;
        this.text = text;
        this.postedAtMillis = postedAtMillis;
        this.yours = yours;
        this.reportedByYou = reportedByYou;
        this.hidden = hidden;
        this.hiddenReason = hiddenReason;
        this.reportCount = reportCount;
        this.reportReasons = Collections.unmodifiableList(reportReasons);
    }

    public static ClubPost from(JSONObject o) {
        Long at = Json.instant(o, "postedAt");
        Integer reports = Json.integer(o, "reportCount");
        List<String> reasons = new ArrayList<>();
        JSONArray given = o.optJSONArray("reports");
        for (int i = 0; given != null && i < given.length(); i++) {
            String reason = Json.string(given.optJSONObject(i), "reason");
            if (reason != null) {
                reasons.add(reason);
            }
        }
        return new ClubPost(
                Json.string(o, "id"),
                Json.string(o, "alias"),
                Json.string(o, "text"),
                at == null ? 0L : at,
                Json.bool(o, "yours"),
                Json.bool(o, "reportedByYou"),
                Json.bool(o, "hidden"),
                Json.string(o, "hiddenReason"),
                reports == null ? 0 : reports,
                reasons);
    }
}
