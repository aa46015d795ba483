package vn.donghanh.app.testing;

import vn.donghanh.client.store.StoredRecord;

/** Records as the sync feed and the API deliver them (api-spec/openapi.yaml shapes). */
public final class Fixtures {
    private Fixtures() {}

    public static StoredRecord caseRecord(String caseId, String fullName, String mentorName, String plannedEndDate) {
        return new StoredRecord(
                "CASE",
                caseId,
                caseId,
                "{\"id\":\"" + caseId + "\",\"fullName\":\"" + fullName
                        + "\",\"status\":\"ACTIVE\",\"adminUnitId\":\"unit-tan-thinh\",\"plannedEndDate\":\""
                        + plannedEndDate + "\",\"mentorId\":\"" + TestPhone.MENTOR_ACCOUNT_ID + "\",\"mentorName\":\""
                        + mentorName + "\"}");
    }

    public static String appointmentJson(String id, String caseId, String type, String startsAt) {
        return appointmentJson(id, caseId, type, startsAt, null, "SCHEDULED");
    }

    /** {@code discreetPlace}: the server's reminder rule for this place (null: an older server without it). */
    public static String appointmentJson(
            String id, String caseId, String type, String startsAt, Boolean discreetPlace, String status) {
        return "{\"id\":\"" + id + "\",\"seriesId\":\"series-1\",\"caseId\":\"" + caseId + "\",\"type\":\"" + type
                + "\",\"placeName\":\"Trạm y tế phường Tân Thịnh\",\"placeAddress\":\"12 Lê Lợi\",\"startsAt\":\""
                + startsAt + "\",\"durationMinutes\":60,\"status\":\"" + status + "\""
                + (discreetPlace == null ? "" : ",\"discreetPlace\":" + discreetPlace) + "}";
    }

    public static StoredRecord appointment(
            String id, String caseId, String type, String startsAt, Boolean discreetPlace, String status) {
        return new StoredRecord(
                "APPOINTMENT", id, caseId, appointmentJson(id, caseId, type, startsAt, discreetPlace, status));
    }

    public static String appointmentChange(
            String id, String caseId, String type, String startsAt, Boolean discreetPlace) {
        return "{\"type\":\"APPOINTMENT\",\"id\":\"" + id + "\",\"caseId\":\"" + caseId + "\",\"appointment\":"
                + appointmentJson(id, caseId, type, startsAt, discreetPlace, "SCHEDULED") + "}";
    }

    public static StoredRecord appointment(String id, String caseId, String type, String startsAt) {
        return new StoredRecord("APPOINTMENT", id, caseId, appointmentJson(id, caseId, type, startsAt));
    }

    public static StoredRecord checkin(String id, String caseId, String occurredAt, int wellbeing, int craving) {
        return new StoredRecord(
                "CHECKIN",
                id,
                caseId,
                "{\"id\":\"" + id + "\",\"caseId\":\"" + caseId
                        + "\",\"kind\":\"SELF\",\"occurredAt\":\"" + occurredAt + "\",\"wellbeing\":" + wellbeing
                        + ",\"craving\":" + craving + "}");
    }

    /** One page of GET /api/v1/sync carrying the given change objects. */
    public static String syncPage(String cursor, String... changes) {
        return "{\"changes\":[" + String.join(",", changes) + "],\"cursor\":\"" + cursor + "\",\"hasMore\":false}";
    }

    public static String appointmentChange(String id, String caseId, String type, String startsAt) {
        return "{\"type\":\"APPOINTMENT\",\"id\":\"" + id + "\",\"caseId\":\"" + caseId + "\",\"appointment\":"
                + appointmentJson(id, caseId, type, startsAt) + "}";
    }

    public static String reminderChange(String id, String occurrenceId, String caseId, String offset, String dueAt) {
        return "{\"type\":\"REMINDER\",\"id\":\"" + id + "\",\"caseId\":\"" + caseId + "\",\"reminder\":{\"id\":\""
                + id + "\",\"occurrenceId\":\"" + occurrenceId + "\",\"caseId\":\"" + caseId
                + "\",\"offsetBefore\":\"" + offset + "\",\"dueAt\":\"" + dueAt + "\"}}";
    }
}
