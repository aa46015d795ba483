package vn.donghanh.app.mentor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.os.Looper;
import android.view.View;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioButton;
import java.util.Collection;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.ParameterizedRobolectricTestRunner;
import org.robolectric.Robolectric;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/**
 * Every mentor screen and state rendered to PNGs (target/screenshots/mentor-*), in Vietnamese
 * and English at font scale 1.0 and 1.3, with the layout facts checked (no clipped text, every
 * control described) and what matters on the first screen asserted.
 */
@RunWith(ParameterizedRobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class MentorScreensShotTest {
    @ParameterizedRobolectricTestRunner.Parameters(name = "{0}-{1}")
    public static Collection<Object[]> variants() {
        return Screenshots.phones();
    }

    private final String lang;
    private final String scale;
    private TestPhone phone;

    public MentorScreensShotTest(String lang, String scale) {
        this.lang = lang;
        this.scale = scale;
    }

    @Before
    public void setUp() {
        Screenshots.usePhone(lang, scale);
        phone = new TestPhone()
                .signedInAs(Role.MENTOR, "Trần Thị Bình", null)
                .synced(
                        Fixtures.caseRecord(TestPhone.CASE_ID, "Nguyễn Văn An", "Trần Thị Bình", "2027-05-23"),
                        Fixtures.caseRecord(TestPhone.OTHER_CASE_ID, "Lê Văn Cường", "Trần Thị Bình", "2027-01-10"),
                        Fixtures.checkin("ci-1", TestPhone.CASE_ID, "2026-11-22T19:30:00+07:00", 4, 1));
    }

    private String name(String screen, String state) {
        return "mentor-" + screen + "-" + state + "-" + lang + "-" + scale;
    }

    private void helpWaits() {
        phone.synced(MentorFixtures.helpRequest(
                MentorFixtures.HELP_ID,
                TestPhone.CASE_ID,
                "CRAVING",
                lang.equals("vi") ? "Bạn cũ rủ đi chơi tối nay" : "Old friends asked me out tonight",
                "2026-11-23T07:55:00+07:00"));
    }

    private void listOnline() {
        phone.backend
                .on("GET", "/api/v1/mentees", 200, MentorFixtures.mentees())
                .on("GET", "/api/v1/alerts", 200, MentorFixtures.alerts());
    }

    @Test
    public void homeOnlineWithAHelpRequest() {
        helpWaits();
        listOnline();
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();
        Screenshots.capture(home, name("home", "online"));
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.alerts), "the alerts button");
    }

    @Test
    public void homeOfflineWithTheLastCopy() {
        listOnline();
        Robolectric.buildActivity(MentorHomeActivity.class).setup();
        phone.backend.offline(true);
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();
        Screenshots.capture(home, name("home", "offline-snapshot"));
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.offline), "the offline notice with its time");
    }

    @Test
    public void homeOfflineWithoutAnyCopy() {
        phone.backend.offline(true);
        MentorHomeActivity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();
        Screenshots.capture(home, name("home", "offline-nosnapshot"));
    }

    @Test
    public void alertsWithAHelpRequestAndAnOverdueCheckin() {
        helpWaits();
        phone.backend.on("GET", "/api/v1/alerts", 200, MentorFixtures.alerts());
        AlertsActivity alerts =
                Robolectric.buildActivity(AlertsActivity.class).setup().get();
        Screenshots.capture(alerts, name("alerts", "help-overdue"));
        LinearLayout list = alerts.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        Screenshots.assertOnFirstScreen(alerts, list.getChildAt(0), "the help request");
    }

    @Test
    public void alertsOfflineWithoutACopy() {
        helpWaits();
        phone.backend.offline(true);
        AlertsActivity alerts =
                Robolectric.buildActivity(AlertsActivity.class).setup().get();
        Screenshots.capture(alerts, name("alerts", "offline"));
    }

    private MenteeActivity mentee(String caseId, String fullName) {
        return Robolectric.buildActivity(
                        MenteeActivity.class, MenteeActivity.intent(phone.app, caseId, fullName, null, null))
                .setup()
                .get();
    }

    @Test
    public void menteeWithAHelpRequestBeforeAndAfterImOnIt() {
        helpWaits();
        MentorFixtures.menteeOnline(phone, TestPhone.CASE_ID, "Nguyễn Văn An", true);
        MenteeActivity page = mentee(TestPhone.CASE_ID, "Nguyễn Văn An");
        Screenshots.capture(page, name("mentee", "help"));
        for (int id : new int[] {R.id.help_card, R.id.acknowledge, R.id.call, R.id.message}) {
            Screenshots.assertOnFirstScreen(
                    page, page.findViewById(id), page.getResources().getResourceEntryName(id));
        }

        phone.backend.offline(true);
        page.findViewById(R.id.acknowledge).performClick();
        shadowOf(Looper.getMainLooper()).idle();
        assertEquals(View.GONE, page.findViewById(R.id.acknowledge).getVisibility());
        Screenshots.capture(page, name("mentee", "acknowledged-queued"));
        Screenshots.assertOnFirstScreen(page, page.findViewById(R.id.ack_status), "the acknowledgement");

        phone.backend.offline(false).on("POST", "/api/v1/help-requests/", 200, "{}");
        phone.app.client().flusher().flush(true); // as the background sync would
        MenteeActivity again = mentee(TestPhone.CASE_ID, "Nguyễn Văn An");
        Screenshots.capture(again, name("mentee", "acknowledged-sent"));
        assertEquals(
                page.getString(R.string.mentor_on_it_sent),
                ((android.widget.TextView) again.findViewById(R.id.ack_status))
                        .getText()
                        .toString());
    }

    @Test
    public void menteeWithAnOverdueAlertOffline() {
        MentorFixtures.menteeOnline(phone, TestPhone.OTHER_CASE_ID, "Lê Văn Cường", false);
        mentee(TestPhone.OTHER_CASE_ID, "Lê Văn Cường");
        phone.backend.offline(true);
        MenteeActivity page = mentee(TestPhone.OTHER_CASE_ID, "Lê Văn Cường");
        Screenshots.capture(page, name("mentee", "overdue-offline"));
        assertEquals(View.VISIBLE, page.findViewById(R.id.call).getVisibility());
    }

    @Test
    public void contactForm() {
        phone.backend.offline(true);
        ContactFormActivity form = Robolectric.buildActivity(
                        ContactFormActivity.class,
                        ContactFormActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        ((RadioButton) form.findViewById(R.id.type_home_visit)).setChecked(true);
        ((EditText) form.findViewById(R.id.summary))
                .setText(lang.equals("vi") ? "Gặp cả gia đình, An đang đi làm phụ hồ." : "Met the family; An works.");
        ((CheckBox) ((LinearLayout) form.findViewById(R.id.concerns)).getChildAt(1)).setChecked(true);
        Screenshots.capture(form, name("contact", "form"));
        Screenshots.assertOnFirstScreen(form, form.findViewById(R.id.date), "the date");
        Screenshots.assertOnFirstScreen(form, form.findViewById(R.id.time), "the time");
    }

    @Test
    public void contactFormTooLongAgo() {
        phone.backend.offline(true);
        ContactFormActivity form = Robolectric.buildActivity(
                        ContactFormActivity.class,
                        ContactFormActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        form.findViewById(R.id.save_contact).performClick();
        Screenshots.capture(form, name("contact", "invalid"));
    }

    @Test
    public void referralListAndConfirmation() {
        phone.backend.on("GET", "/api/v1/opportunities", 200, MentorFixtures.opportunities());
        ReferralActivity screen = Robolectric.buildActivity(
                        ReferralActivity.class, ReferralActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        Screenshots.capture(screen, name("referral", "list"));
        ((LinearLayout) screen.findViewById(R.id.list)).getChildAt(0).performClick();
        Screenshots.capture(screen.confirmation, name("referral", "confirm"));
        phone.backend.offline(true);
        screen.confirmation.getButton(android.app.AlertDialog.BUTTON_POSITIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();
        Screenshots.capture(screen, name("referral", "referred-queued"));
    }

    @Test
    public void referralOfflineWithoutACopy() {
        phone.backend.offline(true);
        Activity screen = Robolectric.buildActivity(
                        ReferralActivity.class, ReferralActivity.intent(phone.app, TestPhone.CASE_ID, "Nguyễn Văn An"))
                .setup()
                .get();
        Screenshots.capture(screen, name("referral", "offline-unknown"));
        assertTrue(screen.findViewById(R.id.offline).getVisibility() == View.VISIBLE);
    }
}
