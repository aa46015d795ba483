package vn.donghanh.app.mentor;

import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.store.StoredRecord;

/** Canned server JSON for the mentor's screens (api-spec/openapi.yaml shapes). */
final class MentorFixtures {
    static final String HELP_ID = "55555555-5555-5555-5555-555555555555";
    static final String OFFICER_ACCOUNT_ID = "66666666-6666-6666-6666-666666666666";
    static final String OTHER_PERSON_ACCOUNT_ID = "77777777-7777-7777-7777-777777777777";
    static final String EMPTY_SYNC = "{\"changes\":[],\"cursor\":\"cursor-2\",\"hasMore\":false}";

    private MentorFixtures() {}

    /** A HELP_REQUEST record as the sync feed carries it (waiting: not acknowledged, not resolved). */
    static StoredRecord helpRequest(String id, String caseId, String category, String note, String createdAt) {
        return new StoredRecord(
                "HELP_REQUEST",
                id,
                caseId,
                "{\"id\":\"" + id + "\",\"caseId\":\"" + caseId + "\",\"category\":\"" + category + "\",\"note\":"
                        + (note == null ? "null" : "\"" + note + "\"") + ",\"createdAt\":\"" + createdAt + "\"}");
    }

    static String mentee(String caseId, String name, String phone, String accountId) {
        return "{\"caseId\":\"" + caseId + "\",\"fullName\":\"" + name + "\",\"status\":\"ACTIVE\","
                + "\"phone\":" + (phone == null ? "null" : "\"" + phone + "\"") + ",\"plannedEndDate\":\"2027-05-23\","
                + "\"personAccountId\":\"" + accountId + "\"}";
    }

    static String mentees() {
        return "[" + mentee(TestPhone.CASE_ID, "Nguyễn Văn An", "0987654321", TestPhone.PERSON_ACCOUNT_ID) + ","
                + mentee(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "0912345678", OTHER_PERSON_ACCOUNT_ID) + "]";
    }

    /** Lê Văn Cường has not checked in since Friday morning. */
    static String alerts() {
        return "{\"items\":[{\"id\":\"alert-1\",\"caseId\":\"" + TestPhone.OTHER_CASE_ID
                + "\",\"fullName\":\"Lê Văn Cường\",\"kind\":\"SELF_CHECKIN\","
                + "\"overdueSince\":\"2026-11-20T06:00:00+07:00\"}]}";
    }

    static String caseDetail(String caseId, String name, boolean withOfficer) {
        return "{\"id\":\"" + caseId + "\",\"fullName\":\"" + name + "\",\"status\":\"ACTIVE\","
                + "\"phone\":\"0987654321\",\"plannedEndDate\":\"2027-05-23\",\"timeZone\":\"Asia/Ho_Chi_Minh\""
                + (withOfficer
                        ? ",\"officers\":[{\"id\":\"" + OFFICER_ACCOUNT_ID
                                + "\",\"displayName\":\"Hoàng Văn Dũng\",\"phone\":\"0209385123\"}]"
                        : "")
                + "}";
    }

    static String opportunities() {
        return "[{\"id\":\"opp-1\",\"providerId\":\"p-1\",\"providerName\":\"Trường Trung cấp nghề Thái Nguyên\","
                + "\"type\":\"COURSE\",\"title\":\"Lớp hàn điện cơ bản\",\"adminUnitId\":\"u\",\"place\":\"Phường Tân Thịnh\","
                + "\"deadline\":\"2026-12-15\",\"status\":\"OPEN\",\"distance\":0},"
                + "{\"id\":\"opp-2\",\"providerId\":\"p-2\",\"providerName\":\"Công ty May Việt Thái\","
                + "\"type\":\"JOB\",\"title\":\"Công nhân may\",\"adminUnitId\":\"u\",\"place\":null,"
                + "\"deadline\":null,\"status\":\"OPEN\",\"distance\":1}]";
    }

    /** The answers a mentee page needs online. */
    static void menteeOnline(TestPhone phone, String caseId, String name, boolean withOfficer) {
        phone.backend
                .on("GET", "/api/v1/cases/" + caseId + "/checkins", 200, "{\"items\":[]}")
                .on("GET", "/api/v1/cases/" + caseId + "/appointments", 200, "[]")
                .on("GET", "/api/v1/cases/" + caseId + "/contacts", 200, "[]")
                .on("GET", "/api/v1/cases/" + caseId, 200, caseDetail(caseId, name, withOfficer))
                .on("GET", "/api/v1/alerts", 200, alerts())
                .on("GET", "/api/v1/mentees", 200, mentees());
    }
}
