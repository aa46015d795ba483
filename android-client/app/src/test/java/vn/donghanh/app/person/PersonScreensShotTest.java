package vn.donghanh.app.person;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.Intent;
import android.view.View;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowAlertDialog;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.store.StoredRecord;

/**
 * Every person screen and state, rendered at 360x640 dp in Vietnamese and English at font scale
 * 1.0 and 1.3 (PNGs in target/screenshots), with the layout facts that matter: "Cần giúp đỡ" and
 * "Tôi ổn" on the first screen, the help status and its Call buttons in view, nothing clipped,
 * every control described.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class PersonScreensShotTest {
    private static final String[][] LOOKS = {
        {"vi", "vi-rVN-w360dp-h640dp-xhdpi", "1.0"},
        {"vi", "vi-rVN-w360dp-h640dp-xhdpi", "1.3"},
        {"en", "en-rUS-w360dp-h640dp-xhdpi", "1.0"},
        {"en", "en-rUS-w360dp-h640dp-xhdpi", "1.3"},
    };
    static final String MY_CASE = "{\"id\":\"" + TestPhone.CASE_ID
            + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\",\"plannedEndDate\":\"2027-05-23\","
            + "\"mentor\":{\"id\":\"" + TestPhone.MENTOR_ACCOUNT_ID
            + "\",\"displayName\":\"Trần Thị Bình\",\"phone\":\"0912345678\"},"
            + "\"officers\":[{\"id\":\"officer-1\",\"displayName\":\"Lê Văn Cường\",\"phone\":\"0987654321\"}]}";
    static final String OFFERS = "[{\"id\":\"op-1\",\"type\":\"JOB\",\"title\":\"Thợ may\","
            + "\"providerName\":\"Công ty May Hà Giang\",\"place\":\"Tân Thịnh\",\"distance\":0},"
            + "{\"id\":\"op-2\",\"type\":\"COURSE\",\"title\":\"Lớp sửa xe máy\",\"place\":\"Thành phố Hà Giang\","
            + "\"distance\":1}]";

    private final TestPhone phone = new TestPhone()
            .signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID)
            .synced(
                    Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Trần Thị Bình", "2027-05-23"),
                    Fixtures.appointment("occ-1", TestPhone.CASE_ID, "COUNSELLING", "2026-11-25T11:00:00+07:00"),
                    Fixtures.checkin("k-1", TestPhone.CASE_ID, "2026-11-22T08:10:00+07:00", 4, 2),
                    Fixtures.checkin("k-2", TestPhone.CASE_ID, "2026-11-21T19:30:00+07:00", 3, 5));

    private void online() {
        phone.backend
                .offline(false)
                .on("GET", "/api/v1/me/case", 200, MY_CASE)
                .on("GET", "/api/v1/opportunities", 200, OFFERS)
                .on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins", 201, "{}")
                .on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/help-requests", 201, "{}");
    }

    /** One online start on this phone: the helpers' numbers and the offers are kept. */
    private void wasOnlineOnce() {
        online();
        ActivityController<PersonHomeActivity> c =
                Robolectric.buildActivity(PersonHomeActivity.class).setup();
        c.pause().stop().destroy();
        phone.backend.offline(true);
    }

    private interface Shot {
        void take(String lang, String scale);
    }

    private static void inEveryLook(Shot shot) {
        for (String[] look : LOOKS) {
            RuntimeEnvironment.setQualifiers(look[1]);
            RuntimeEnvironment.setFontScale(Float.parseFloat(look[2]));
            shot.take(look[0], look[2]);
        }
    }

    private static PersonHomeActivity home() {
        return Robolectric.buildActivity(PersonHomeActivity.class).setup().get();
    }

    private static void bothBigButtonsOnTheFirstScreen(Activity home, String name) {
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.help), name + ": Cần giúp đỡ");
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.checkin_ok), name + ": Tôi ổn");
    }

    @Test
    public void homeOnline() {
        online();
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = home();
            String name = "person-home-online-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            bothBigButtonsOnTheFirstScreen(home, name);
            Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.mood_5), name + ": mood faces");
            Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.craving_10), name + ": craving steps");
            assertEquals(View.VISIBLE, home.findViewById(R.id.call_mentor).getVisibility());
            assertEquals(View.VISIBLE, home.findViewById(R.id.officers_block).getVisibility());
        });
    }

    @Test
    public void homeOfflineWithTheCopyFromTheLastOnlineStart() {
        wasOnlineOnce();
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = home();
            String name = "person-home-offline-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            bothBigButtonsOnTheFirstScreen(home, name);
            // The numbers came from the phone's copy: Call works with no data connection.
            assertEquals(View.VISIBLE, home.findViewById(R.id.call_mentor).getVisibility());
            assertEquals(View.VISIBLE, home.findViewById(R.id.opportunities_age).getVisibility());
        });
    }

    @Test
    public void homeOfflineNeverOnline() {
        phone.backend.offline(true);
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = home();
            String name = "person-home-offline-first-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            bothBigButtonsOnTheFirstScreen(home, name);
            assertEquals(View.GONE, home.findViewById(R.id.call_mentor).getVisibility());
            assertEquals(
                    View.VISIBLE, home.findViewById(R.id.mentor_phone_unknown).getVisibility());
        });
    }

    @Test
    public void homeAfterCheckin() {
        online();
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = home();
            home.findViewById(R.id.mood_4).performClick();
            home.findViewById(R.id.checkin_ok).performClick();
            String name = "person-home-checked-in-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            bothBigButtonsOnTheFirstScreen(home, name);
            Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.today_done), name + ": today done");
            String done =
                    ((TextView) home.findViewById(R.id.today_done)).getText().toString();
            assertTrue(done, done.contains(lang.equals("vi") ? "3 ngày liên tiếp" : "3 days in a row"));
        });
    }

    @Test
    public void homeAfterHelpSent() {
        online();
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = askForHelp();
            String name = "person-home-help-sent-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            String status =
                    ((TextView) home.findViewById(R.id.help_status)).getText().toString();
            assertTrue(
                    status,
                    status.startsWith(
                            lang.equals("vi")
                                    ? "Đã gửi cho Trần Thị Bình lúc 08:00"
                                    : "Sent to Trần Thị Bình at 8:00"));
            helpAndFirstCallInView(home, name);
        });
    }

    @Test
    public void homeAfterHelpQueuedOffline() {
        wasOnlineOnce();
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = askForHelp();
            String name = "person-home-help-queued-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            helpAndFirstCallInView(home, name);
            List<String> calls = callLabels(home);
            assertEquals(
                    lang.equals("vi")
                            ? listOf(
                                    "Gọi Trần Thị Bình (người giúp đỡ)",
                                    "Gọi Lê Văn Cường (cán bộ xã)",
                                    "Gọi cấp cứu 115")
                            : listOf(
                                    "Call Trần Thị Bình (mentor)",
                                    "Call Lê Văn Cường (commune officer)",
                                    "Call ambulance 115"),
                    calls);
            ((LinearLayout) home.findViewById(R.id.help_calls)).getChildAt(1).performClick();
            Intent dial = shadowOf(home).getNextStartedActivity();
            assertEquals(Intent.ACTION_DIAL, dial.getAction());
            assertEquals("tel:0987654321", dial.getData().toString());
        });
    }

    @Test
    public void homeWhenTheMentorAnswered() {
        phone.synced(new StoredRecord(
                "HELP_REQUEST",
                "help-1",
                TestPhone.CASE_ID,
                "{\"id\":\"help-1\",\"caseId\":\"" + TestPhone.CASE_ID + "\",\"category\":\"CRISIS\","
                        + "\"createdAt\":\"2026-11-23T07:50:00+07:00\",\"acknowledgedAt\":\"2026-11-23T07:54:00+07:00\","
                        + "\"acknowledgedBy\":\"" + TestPhone.MENTOR_ACCOUNT_ID + "\"}"));
        wasOnlineOnce();
        inEveryLook((lang, scale) -> {
            PersonHomeActivity home = home();
            String name = "person-home-help-answered-" + lang + "-" + scale;
            Screenshots.capture(home, name);
            bothBigButtonsOnTheFirstScreen(home, name);
            assertEquals(
                    lang.equals("vi")
                            ? "Trần Thị Bình đã nhận lúc 07:54. Họ sẽ liên lạc với bạn."
                            : "Trần Thị Bình answered at 7:54 AM. They will contact you.",
                    ((TextView) home.findViewById(R.id.help_status)).getText().toString());
        });
    }

    @Test
    public void schedule() {
        phone.synced(
                Fixtures.appointment(
                        "occ-2", TestPhone.CASE_ID, "METHADONE_DOSE", "2026-11-24T07:30:00+07:00", true, "SCHEDULED"),
                Fixtures.appointment(
                        "occ-3", TestPhone.CASE_ID, "OFFICE_PRESENCE", "2026-11-27T09:00:00+07:00", false, "CANCELLED"),
                Fixtures.appointment(
                        "occ-4", TestPhone.CASE_ID, "JOB_INTERVIEW", "2026-12-02T14:00:00+07:00", false, "SCHEDULED"));
        inEveryLook((lang, scale) -> {
            ScheduleActivity schedule =
                    Robolectric.buildActivity(ScheduleActivity.class).setup().get();
            Screenshots.capture(schedule, "person-schedule-online-" + lang + "-" + scale);
            assertEquals(4, ((LinearLayout) schedule.findViewById(R.id.list)).getChildCount());
            assertEquals(View.GONE, schedule.findViewById(R.id.offline).getVisibility());
        });
        phone.backend.offline(true);
        inEveryLook((lang, scale) -> {
            ScheduleActivity schedule =
                    Robolectric.buildActivity(ScheduleActivity.class).setup().get();
            Screenshots.capture(schedule, "person-schedule-offline-" + lang + "-" + scale);
            LinearLayout list = schedule.findViewById(R.id.list);
            assertEquals(4, list.getChildCount());
            assertEquals(
                    View.VISIBLE,
                    list.getChildAt(2).findViewById(R.id.cancelled).getVisibility());
            assertEquals(View.VISIBLE, schedule.findViewById(R.id.offline).getVisibility());
            // The online visit above synced to the end of the feed: the offline list says how fresh it is.
            assertEquals(
                    lang.equals("vi")
                            ? "Không có mạng. Dữ liệu trên máy, cập nhật lúc 08:00."
                            : "No network. Showing what is on this phone, updated at 8:00 AM.",
                    ((TextView) schedule.findViewById(R.id.offline)).getText().toString());
        });
        PersonHomeActivity home = home();
        home.findViewById(R.id.open_schedule).performClick();
        assertEquals(
                ScheduleActivity.class.getName(),
                shadowOf(home).getNextStartedActivity().getComponent().getClassName());
    }

    static final String ACCESS_LOG = "{\"items\":["
            + "{\"occurredAt\":\"2026-11-22T15:04:00+07:00\",\"actorName\":\"Lê Văn Cường\",\"actorRole\":\"OFFICER\","
            + "\"action\":\"CASE_READ\"},"
            + "{\"occurredAt\":\"2026-11-21T09:12:00+07:00\",\"actorName\":\"Trần Thị Bình\",\"actorRole\":\"MENTOR\","
            + "\"action\":\"CHECKINS_READ\"},"
            + "{\"occurredAt\":\"2026-11-20T10:00:00+07:00\",\"actorName\":\"?\",\"actorRole\":\"SUPERVISOR\","
            + "\"action\":\"CASE_TIMELINE_READ\"}]}";

    @Test
    public void accessLogOnlineThenOffline() {
        phone.backend.on("GET", "/api/v1/me/access-log", 200, ACCESS_LOG);
        inEveryLook((lang, scale) -> {
            Activity log =
                    Robolectric.buildActivity(AccessLogActivity.class).setup().get();
            Screenshots.capture(log, "person-access-log-online-" + lang + "-" + scale);
            LinearLayout list = log.findViewById(R.id.list);
            assertEquals(3, list.getChildCount());
            assertEquals(
                    lang.equals("vi") ? "Lê Văn Cường (cán bộ xã)" : "Lê Văn Cường (commune officer)",
                    ((TextView) list.getChildAt(0).findViewById(R.id.who))
                            .getText()
                            .toString());
            assertEquals(
                    lang.equals("vi") ? "Xem hồ sơ của bạn" : "Looked at your record",
                    ((TextView) list.getChildAt(0).findViewById(R.id.what))
                            .getText()
                            .toString());
        });
        phone.backend.offline(true);
        inEveryLook((lang, scale) -> {
            Activity log =
                    Robolectric.buildActivity(AccessLogActivity.class).setup().get();
            Screenshots.capture(log, "person-access-log-offline-" + lang + "-" + scale);
            assertEquals(3, ((LinearLayout) log.findViewById(R.id.list)).getChildCount());
            assertEquals(View.VISIBLE, log.findViewById(R.id.offline).getVisibility());
        });
        PersonHomeActivity home = home();
        home.findViewById(R.id.open_access_log).performClick();
        assertEquals(
                AccessLogActivity.class.getName(),
                shadowOf(home).getNextStartedActivity().getComponent().getClassName());
    }

    @Test
    public void accessLogNeverReadOffline() {
        phone.backend.offline(true);
        inEveryLook((lang, scale) -> {
            Activity log =
                    Robolectric.buildActivity(AccessLogActivity.class).setup().get();
            Screenshots.capture(log, "person-access-log-offline-first-" + lang + "-" + scale);
            assertEquals(
                    lang.equals("vi")
                            ? "Chưa tải được. Cần có mạng để xem."
                            : "Not downloaded yet. It needs a network.",
                    ((TextView) ((LinearLayout) log.findViewById(R.id.list)).getChildAt(0))
                            .getText()
                            .toString());
        });
    }

    private PersonHomeActivity askForHelp() {
        PersonHomeActivity home = home();
        home.findViewById(R.id.help).performClick();
        AlertDialog reasons = ShadowAlertDialog.getLatestAlertDialog();
        shadowOf(reasons).clickOnItem(1);
        return home;
    }

    /** After pressing help, what happened and the first Call button are in view without scrolling. */
    private static void helpAndFirstCallInView(PersonHomeActivity home, String name) {
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.help_status), name + ": help status");
        LinearLayout calls = home.findViewById(R.id.help_calls);
        Screenshots.assertOnFirstScreen(home, calls.getChildAt(0), name + ": first Call button");
        assertFalse(home.findViewById(R.id.mood_block).isShown());
    }

    private static List<String> callLabels(PersonHomeActivity home) {
        List<String> out = new ArrayList<>();
        LinearLayout calls = home.findViewById(R.id.help_calls);
        for (int i = 0; i < calls.getChildCount(); i++) {
            if (calls.getChildAt(i) instanceof Button) {
                out.add(((Button) calls.getChildAt(i)).getText().toString());
            }
        }
        return out;
    }

    private static List<String> listOf(String... items) {
        return java.util.Arrays.asList(items);
    }
}
