package vn.donghanh.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.widget.EditText;
import android.widget.RadioButton;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.sync.SyncJobService;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxOperation;

/**
 * One phone, two accounts: a person's check-in left unsent at sign-out is not sent with the
 * mentor's token when the mentor signs in on the same app, nor shown as the mentor's; it goes out,
 * with the person's own token, when the person signs in again.
 */
@RunWith(RobolectricTestRunner.class)
public class SharedPhoneTest {
    private static final String CHECKINS = "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins";

    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

    @Test
    public void aPersonsUnsentCheckinWaitsThroughAStaffSessionAndLeavesWithThePerson() {
        phone.backend.offline(true);
        String checkin = phone.app.client().outbox().queueCheckin(TestPhone.CASE_ID, 4, 1, null);
        phone.app.client().signOut();
        int attemptsAtSignOut = phone.outboxOnDisk().get(0).attempts;

        phone.backend
                .offline(false)
                .on("POST", "/api/v1/auth/login", 200, mentorTokens())
                .on("POST", "/api/v1/cases/", 201, "{}");
        staffSignsIn("demo.mentor.youth", "demo-dong-hanh");
        assertEquals(Role.MENTOR, phone.session().account.role);
        assertTrue(SyncJobService.syncOnce(phone.app, true));

        assertEquals(
                "not with the mentor's token",
                0,
                phone.backend.requests("POST", CHECKINS).size());
        List<OutboxOperation> onDisk = phone.outboxOnDisk();
        assertEquals(1, onDisk.size());
        assertEquals(checkin, onDisk.get(0).id);
        assertEquals(TestPhone.PERSON_ACCOUNT_ID, onDisk.get(0).accountId);
        assertEquals(OutboxOperation.State.PENDING, onDisk.get(0).state);
        assertEquals("no attempt counted", attemptsAtSignOut, onDisk.get(0).attempts);
        assertEquals(
                "not the mentor's \"Chưa gửi\"", 0, phone.app.client().outbox().pendingCount());
        assertEquals(1, phone.app.client().outbox().waitingForOthers(phone.session().account.id));

        phone.app.client().signOut();
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        assertEquals(1, phone.app.client().outbox().pendingCount());
        assertTrue(SyncJobService.syncOnce(phone.app, true));

        assertEquals(1, phone.backend.requests("POST", CHECKINS).size());
        assertEquals(
                "Bearer access-token",
                phone.backend.requests("POST", CHECKINS).get(0).headers.get("Authorization"));
        assertEquals(0, phone.outboxOnDisk().size());
    }

    private void staffSignsIn(String username, String password) {
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        ((RadioButton) activity.findViewById(R.id.mode_staff)).setChecked(true);
        ((EditText) activity.findViewById(R.id.username)).setText(username);
        ((EditText) activity.findViewById(R.id.password)).setText(password);
        activity.findViewById(R.id.sign_in).performClick();
    }

    /** The mentor's TokenResponse: another account than the person's. */
    private static String mentorTokens() {
        return "{\"accessToken\":\"mentor-access\",\"refreshToken\":\"mentor-refresh\",\"expiresIn\":900,\"account\":{"
                + "\"id\":\"" + TestPhone.MENTOR_ACCOUNT_ID
                + "\",\"role\":\"MENTOR\",\"displayName\":\"Trần Thị Bình\","
                + "\"adminUnitId\":\"unit-tan-thinh\"}}";
    }
}
