package vn.donghanh.app.officer;

import vn.donghanh.app.testing.TestPhone;

/** Canned answers of the officer's endpoints (shapes of api-spec/openapi.yaml). */
final class OfficerFixtures {
    static final String BINH = "55555555-5555-5555-5555-555555555555";
    static final String CUONG = "66666666-6666-6666-6666-666666666666";
    static final String DUNG = "77777777-7777-7777-7777-777777777777";

    private OfficerFixtures() {}

    static String item(String caseId, String name, String kind, long hours) {
        return "{\"caseId\":\"" + caseId + "\",\"fullName\":\"" + name + "\",\"adminUnitId\":\"unit-tan-thinh\","
                + "\"kind\":\"" + kind + "\",\"overdueSince\":\"2026-11-09T08:00:00+07:00\",\"overdueHours\":" + hours
                + "}";
    }

    /** An office-presence plan 14 days overdue, a residence check, a self check-in and a mentor contact. */
    static final String OVERDUE = "{\"items\":["
            + item(TestPhone.CASE_ID, "Nguyễn Văn An", "OFFICE_PRESENCE", 340) + ","
            + item(BINH, "Trần Thị Bình", "RESIDENCE_VERIFICATION", 47) + ","
            + item(CUONG, "Lê Văn Cường", "SELF_CHECKIN", 5) + ","
            + item(DUNG, "Hoàng Thị Dung", "MENTOR_CONTACT", 0) + "]}";

    static final String SUMMARY = "{\"communes\":[{\"adminUnitId\":\"unit-tan-thinh\","
            + "\"name\":\"Phường Tân Thịnh\",\"byStatus\":{\"ACTIVE\":12,\"SUSPENDED\":1},"
            + "\"activeWithMentor\":9,\"mentorCoveragePercent\":75,\"compliancePercentThisMonth\":83,"
            + "\"overdueCases\":2}]}";

    private static String event(String id, String type, String from, String to, String reason, String at) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"fromStatus\":" + quoted(from) + ",\"toStatus\":"
                + quoted(to) + ",\"reason\":" + quoted(reason) + ",\"effectiveDate\":\"" + at.substring(0, 10)
                + "\",\"actorId\":\"a1\",\"actorName\":\"Phạm Văn Dũng\",\"occurredAt\":\"" + at + "\"}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    /** Every CaseEventType once, oldest first. */
    static final String TIMELINE = "["
            + event("e1", "REGISTERED", null, "ACTIVE", null, "2026-09-01T09:00:00+07:00") + ","
            + event("e2", "ACTIVATION_CODE_ISSUED", null, null, null, "2026-09-01T09:05:00+07:00") + ","
            + event("e3", "MENTOR_ASSIGNED", null, null, "Phan Thị Mai", "2026-09-02T10:00:00+07:00") + ","
            + event("e4", "UPDATED", null, null, null, "2026-10-05T14:30:00+07:00") + ","
            + event("e5", "STATUS_CHANGED", "ACTIVE", "SUSPENDED", "Đi chữa bệnh", "2026-11-20T09:00:00+07:00") + ","
            + event(
                    "e6",
                    "MENTOR_UNASSIGNED",
                    null,
                    null,
                    "Chuyển công tác (Phan Thị Mai)",
                    "2026-11-21T08:15:00+07:00")
            + "]";

    static void serveHome(TestPhone phone) {
        phone.backend
                .on("GET", "/api/v1/overdue", 200, OVERDUE)
                .on("GET", "/api/v1/reports/commune-summary", 200, SUMMARY)
                .on("POST", "/api/v1/cases/", 201, "{}");
    }

    static void serveTimeline(TestPhone phone) {
        phone.backend.on("GET", "/api/v1/cases/" + TestPhone.CASE_ID + "/timeline", 200, TIMELINE);
    }

    /** As if the lists had been read online {@code minutesAgo} before now. */
    static void storedCopies(TestPhone phone, long minutesAgo) {
        long at = TestPhone.NOW - minutesAgo * 60_000L;
        String items = OVERDUE.substring(OVERDUE.indexOf('['), OVERDUE.lastIndexOf(']') + 1);
        String communes = SUMMARY.substring(SUMMARY.indexOf('['), SUMMARY.lastIndexOf(']') + 1);
        phone.app.client().snapshots().save("OVERDUE", "all", null, items, at);
        phone.app.client().snapshots().save("COMMUNE_SUMMARY", "all", null, communes, at);
    }

    static void storedTimeline(TestPhone phone, long minutesAgo) {
        phone.app
                .client()
                .snapshots()
                .save("TIMELINE", TestPhone.CASE_ID, TestPhone.CASE_ID, TIMELINE, TestPhone.NOW - minutesAgo * 60_000L);
    }
}
