package vn.donghanh.app.scope;

import vn.donghanh.app.mentor.MentorHomeActivity;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Role;

/** The states of issue 14 on a phone, shared by the behaviour tests and the screenshots. */
final class ScopeScenes {
    static final String OTHER_PERSON_ACCOUNT_ID = "77777777-7777-7777-7777-777777777777";
    static final String NOT_FOUND = "{\"type\":\"https://donghanh.vn/problems/not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"the record does not exist or is not visible to you\"}";
    static final String SIGN_IN_ENDED = "{\"type\":\"https://donghanh.vn/problems/unauthorized\",\"title\":"
            + "\"Unauthorized\",\"status\":401,\"detail\":\"this sign-in has ended (the account was deactivated or"
            + " its access changed); please sign in again\"}";
    static final String INACTIVE = "{\"type\":\"https://donghanh.vn/problems/account-inactive\",\"title\":"
            + "\"Unauthorized\",\"status\":401,\"detail\":\"tài khoản không hoạt động\"}";

    static final String REVOKED = "{\"type\":\"https://donghanh.vn/problems/unauthorized\",\"title\":"
            + "\"Unauthorized\",\"status\":401,\"detail\":\"phát hiện mã làm mới bị dùng lại; vui lòng đăng nhập lại\"}";

    private ScopeScenes() {}

    static String removed(String caseId) {
        return "{\"type\":\"REMOVED\",\"id\":\"" + caseId + "\",\"caseId\":\"" + caseId + "\"}";
    }

    static String mentee(String caseId, String name, String phone, String accountId) {
        return "{\"caseId\":\"" + caseId + "\",\"fullName\":\"" + name + "\",\"status\":\"ACTIVE\",\"phone\":\"" + phone
                + "\",\"plannedEndDate\":\"2027-05-23\",\"personAccountId\":\"" + accountId + "\"}";
    }

    /**
     * A mentor with two mentees read online; then Nguyễn Văn An's assignment ends while a contact
     * about him waits offline; the next sync brings the removal. Returns the contact's outbox id.
     */
    static String mentorAfterRemoval(TestPhone phone) {
        phone.signedInAs(Role.MENTOR, "Phan Thị Mai", null)
                .synced(
                        Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Phan Thị Mai", "2027-05-23"),
                        Fixtures.caseRecord(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "Phan Thị Mai", "2027-05-23"));
        phone.backend
                .on(
                        "GET",
                        "/api/v1/mentees",
                        200,
                        "[" + mentee(TestPhone.CASE_ID, "Nguyễn Văn An", "0987654321", TestPhone.PERSON_ACCOUNT_ID)
                                + ","
                                + mentee(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "0912345678", OTHER_PERSON_ACCOUNT_ID)
                                + "]")
                .on("GET", "/api/v1/alerts", 200, "{\"items\":[]}");
        org.robolectric.Robolectric.buildActivity(MentorHomeActivity.class)
                .setup()
                .get()
                .finish();

        phone.backend.offline(true);
        DongHanhClient client = phone.app.client();
        String contact = client.outbox()
                .queueContact(
                        TestPhone.CASE_ID,
                        "HOME_VISIT",
                        TestPhone.NOW - 3_600_000L,
                        "Đến nhà, anh An đi làm ở xưởng mộc",
                        java.util.Collections.<String>emptyList(),
                        false);
        // Back online: the server no longer lets this mentor write about the case, and the feed removes it.
        phone.backend
                .offline(false)
                .on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/contacts", 503, "{\"status\":503}")
                .on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-2", removed(TestPhone.CASE_ID)));
        vn.donghanh.app.sync.SyncJobService.syncOnce(phone.app, true);
        return contact;
    }
}
