package vn.donghanh.client.model;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.json.JSONObject;

/** One commune's figures: cases by status, % compliant this month, mentor coverage. */
public final class CommuneSummary {
    public final String adminUnitId;
    public final String name;
    /** Case status name to count. */
    public final Map<String, Long> byStatus;

    public final long activeWithMentor;
    public final Integer mentorCoveragePercent;
    public final Integer compliancePercentThisMonth;
    public final long overdueCases;

    public CommuneSummary(
            String adminUnitId,
            String name,
            Map<String, Long> byStatus,
            long activeWithMentor,
            Integer mentorCoveragePercent,
            Integer compliancePercentThisMonth,
            long overdueCases) {
        this.adminUnitId = adminUnitId;
        this.name = name;
        this.byStatus = byStatus;
        this.activeWithMentor = activeWithMentor;
        this.mentorCoveragePercent = mentorCoveragePercent;
        this.compliancePercentThisMonth = compliancePercentThisMonth;
        this.overdueCases = overdueCases;
    }

    /** The API's shape again (for the last known copy kept on the phone); {@link #from} reads it back. */
    public JSONObject toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "adminUnitId", adminUnitId);
        Json.put(o, "name", name);
        JSONObject counts = new JSONObject();
        for (Map.Entry<String, Long> e : byStatus.entrySet()) {
            Json.put(counts, e.getKey(), e.getValue());
        }
        Json.put(o, "byStatus", counts);
        Json.put(o, "activeWithMentor", activeWithMentor);
        Json.put(o, "mentorCoveragePercent", mentorCoveragePercent);
        Json.put(o, "compliancePercentThisMonth", compliancePercentThisMonth);
        Json.put(o, "overdueCases", overdueCases);
        return o;
    }

    public static CommuneSummary from(JSONObject o) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        JSONObject counts = Json.object(o, "byStatus");
        if (counts != null) {
            Iterator<String> keys = counts.keys();
            while (keys.hasNext()) {
                String key = keys.next();
                byStatus.put(key, counts.optLong(key));
            }
        }
        return new CommuneSummary(
                Json.string(o, "adminUnitId"),
                Json.string(o, "name"),
                byStatus,
                Json.longValue(o, "activeWithMentor", 0),
                Json.integer(o, "mentorCoveragePercent"),
                Json.integer(o, "compliancePercentThisMonth"),
                Json.longValue(o, "overdueCases", 0));
    }
}
