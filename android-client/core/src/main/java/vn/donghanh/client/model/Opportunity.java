package vn.donghanh.client.model;

import org.json.JSONObject;

/** A job, course or loan near the caller (distance 0 = same commune, 1 = province, 2 = elsewhere). */
public final class Opportunity {
    public final String id;
    public final String type;
    public final String title;
    public final String providerName;
    public final String place;
    public final String deadline;
    public final Integer distance;

    public Opportunity(
            String id,
            String type,
            String title,
            String providerName,
            String place,
            String deadline,
            Integer distance) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.providerName = providerName;
        this.place = place;
        this.deadline = deadline;
        this.distance = distance;
    }

    public static Opportunity from(JSONObject o) {
        return new Opportunity(
                Json.string(o, "id"),
                Json.string(o, "type"),
                Json.string(o, "title"),
                Json.string(o, "providerName"),
                Json.string(o, "place"),
                Json.string(o, "deadline"),
                Json.integer(o, "distance"));
    }
}
