package vn.donghanh.client.model;

import org.json.JSONObject;

/**
 * One appointment at one time. {@code placeName} may name a treatment place: show it only inside
 * the unlocked app, never on the lock screen (see the reminder planner's discreet text keys).
 */
public final class AppointmentOccurrence {
    public static final String SCHEDULED = "SCHEDULED";

    public final String id;
    public final String seriesId;
    public final String caseId;
    public final String type;
    public final String placeName;
    public final String placeAddress;
    public final long startsAtMillis;
    public final int durationMinutes;
    public final String status;
    public final String attendance;
    /**
     * The server's rule for reminders: true when a lock-screen text may only say "the health
     * facility", false when the place may be named; null when the server does not say (older
     * servers): then nothing about the place is revealed.
     */
    public final Boolean discreetPlace;

    public AppointmentOccurrence(
            String id,
            String seriesId,
            String caseId,
            String type,
            String placeName,
            String placeAddress,
            long startsAtMillis,
            int durationMinutes,
            String status,
            String attendance) {
        this(
                id,
                seriesId,
                caseId,
                type,
                placeName,
                placeAddress,
                startsAtMillis,
                durationMinutes,
                status,
                attendance,
                null);
    }

    public AppointmentOccurrence(
            String id,
            String seriesId,
            String caseId,
            String type,
            String placeName,
            String placeAddress,
            long startsAtMillis,
            int durationMinutes,
            String status,
            String attendance,
            Boolean discreetPlace) {
        this.id = id;
        this.seriesId = seriesId;
        this.caseId = caseId;
        this.type = type;
        this.placeName = placeName;
        this.placeAddress = placeAddress;
        this.startsAtMillis = startsAtMillis;
        this.durationMinutes = durationMinutes;
        this.status = status;
        this.attendance = attendance;
        this.discreetPlace = discreetPlace;
    }

    public static final String CANCELLED = "CANCELLED";

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    public boolean isScheduled() {
        return SCHEDULED.equals(status);
    }

    public static AppointmentOccurrence from(JSONObject o) {
        Integer duration = Json.integer(o, "durationMinutes");
        return new AppointmentOccurrence(
                Json.string(o, "id"),
                Json.string(o, "seriesId"),
                Json.string(o, "caseId"),
                Json.string(o, "type"),
                Json.string(o, "placeName"),
                Json.string(o, "placeAddress"),
                Json.instant(o, "startsAt"),
                duration == null ? 0 : duration,
                Json.string(o, "status"),
                Json.string(o, "attendance"),
                o.has("discreetPlace") && !o.isNull("discreetPlace") ? Json.bool(o, "discreetPlace") : null);
    }
}
