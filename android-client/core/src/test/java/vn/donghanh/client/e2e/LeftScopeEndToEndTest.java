package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.SimpleDateFormat;
import java.util.Collections;
import java.util.Date;
import java.util.TimeZone;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.model.SessionEnd;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.sync.SyncResult;

/**
 * Issue 14 against the real backend: a mentor whose assignment ends loses the case at the next
 * sync and what they queued for it waits, unsendable; a deactivated account's phone forgets the
 * case data. Both restore the demo data afterwards (the backend is shared by the run's e2e tests).
 */
@ExtendWith(Backend.class)
class LeftScopeEndToEndTest {
    private static String today() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        return f.format(new Date());
    }

    @Test
    void aMentorWhoseAssignmentEndsLosesTheCaseAndTheQueuedContactWaitsUnsendable() throws Exception {
        Phone mentor = EndToEndTest.mentorWithMentee();
        mentor.client.syncNow(true);
        Mentee mentee = mentor.client.api().mentees().get(0);
        assertNotNull(mentor.client.records().caseSummary(mentee.caseId), "synced before");
        mentor.network.setOffline(true);
        String contact = mentor.client
                .outbox()
                .queueContact(
                        mentee.caseId,
                        "PHONE_CALL",
                        System.currentTimeMillis() - 60_000L,
                        "Gọi hỏi thăm (e2e)",
                        Collections.<String>emptyList(),
                        false);

        Phone officer = EndToEndTest.staff("demo.officer.tanthinh");
        JSONObject active = null;
        for (JSONObject a : Json.objects(
                officer.client.api().client().getArray("/api/v1/cases/" + mentee.caseId + "/assignments"))) {
            if (Json.bool(a, "active")) {
                active = a;
            }
        }
        assertNotNull(active, "the mentee has an active assignment");
        JSONObject end = new JSONObject();
        Json.put(end, "reason", "kết thúc (e2e)");
        Json.put(end, "endDate", today());
        officer.client.api().client().post("/api/v1/assignments/" + Json.string(active, "id") + "/end", end);
        try {
            mentor.network.setOffline(false);
            SyncResult result = mentor.client.syncNow(true);

            assertEquals(
                    1,
                    result.flush.outOfScope,
                    "the server hid the case behind 404: " + result.flush.failedPermanently);
            OutboxOperation kept = mentor.client.outbox().find(contact);
            assertEquals(OutboxOperation.State.OUT_OF_SCOPE, kept.state);
            assertTrue(result.removedCaseIds.contains(mentee.caseId), result.removedCaseIds.toString());
            assertNull(mentor.client.records().caseSummary(mentee.caseId), "the case left the phone");
            for (Mentee m : mentor.client.api().mentees()) {
                assertTrue(!m.caseId.equals(mentee.caseId), "not listed any more");
            }
            // Never sent again.
            mentor.client.syncNow(true);
            assertEquals(
                    OutboxOperation.State.OUT_OF_SCOPE, mentor.client.outbox().find(contact).state);
        } finally {
            JSONObject again = new JSONObject();
            Json.put(again, "mentorId", Json.string(active, "mentorId"));
            Json.put(again, "startDate", today());
            officer.client.api().client().post("/api/v1/cases/" + mentee.caseId + "/assignments", again);
        }
    }

    @Test
    void aDeactivatedMentorsPhoneForgetsTheCaseDataAtTheServersAnswer() throws Exception {
        Phone mentor = EndToEndTest.staff("demo.mentor.farmers");
        String accountId = mentor.client.auth().current().account.id;
        mentor.client.syncNow(true);
        Phone admin = EndToEndTest.adminPhone();
        admin.client.api().client().post("/api/v1/accounts/" + accountId + "/deactivate", new JSONObject());
        String refreshToken = mentor.client.auth().current().refreshToken;
        try {
            assertThrows(NotSignedInException.class, () -> mentor.client.syncNow(true));
            vn.donghanh.client.http.HttpResponse again = mentor.client
                    .api()
                    .client()
                    .anonymous("/api/v1/auth/refresh", Json.put(new JSONObject(), "refreshToken", refreshToken));
            // What the backend answers a deactivated account's refresh; the phone must read this body
            // (the JDK's HttpURLConnection dropped it in fixed-length streaming mode).
            assertEquals(401, again.status);
            assertTrue(again.body.contains("/account-inactive"), again.body);

            assertNull(mentor.client.auth().current());
            assertTrue(mentor.syncStore.records("CASE").isEmpty(), "no case data left");
            SessionEnd end = mentor.client.auth().lastEnd();
            assertNotNull(end, "the sign-in screen is told why");
            // The backend names the deactivation (account-inactive): the queue goes with the account.
            assertEquals(SessionEnd.Reason.ACCOUNT_DEACTIVATED, end.reason);
        } finally {
            admin.client.api().client().post("/api/v1/accounts/" + accountId + "/reactivate", new JSONObject());
        }
    }
}
