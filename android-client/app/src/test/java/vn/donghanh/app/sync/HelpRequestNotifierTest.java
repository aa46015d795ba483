package vn.donghanh.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.robolectric.Shadows.shadowOf;

import android.app.Notification;
import android.app.NotificationManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/** Without push, a background sync that brings a help request announces it once, discreetly. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class HelpRequestNotifierTest {
    private static final String HELP = "{\"type\":\"NOTIFICATION\",\"id\":\"n-1\",\"caseId\":\"" + TestPhone.CASE_ID
            + "\",\"notification\":{\"id\":\"n-1\",\"kind\":\"HELP_REQUESTED\",\"priority\":\"HIGH\",\"caseId\":\""
            + TestPhone.CASE_ID + "\",\"createdAt\":\"2026-11-23T07:55:00+07:00\"}}";

    private final TestPhone phone = new TestPhone();
    private final NotificationManager notifications = phone.app.getSystemService(NotificationManager.class);

    @Test
    public void aMentorIsToldOnceThatSomeoneNeedsHelp() {
        phone.signedInAs(Role.MENTOR, "Trần Thị Bình", null);
        phone.backend.on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-1", HELP));

        SyncJobService.syncOnce(phone.app, false);

        Notification posted = shadowOf(notifications).getNotification(HelpRequestNotifier.NOTIFICATION_ID);
        assertEquals(
                "Có người cần giúp đỡ. Mở ứng dụng để xem.",
                posted.extras.getCharSequence(Notification.EXTRA_TEXT).toString());
        assertEquals(Notification.VISIBILITY_PRIVATE, posted.visibility);

        notifications.cancelAll();
        SyncJobService.syncOnce(phone.app, false);
        assertEquals(0, shadowOf(notifications).getAllNotifications().size());
    }

    @Test
    public void aPersonsPhoneAnnouncesNothing() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.backend.on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-1", HELP));

        SyncJobService.syncOnce(phone.app, false);

        assertEquals(0, shadowOf(notifications).getAllNotifications().size());
    }

    @Test
    public void theNotificationAndItsLockScreenVersionNameNobody() {
        assertNoNameIn(HelpRequestNotifier.build(phone.app), "mentor-notification-help-vi-1.0");
    }

    @Test
    @Config(qualifiers = "en-rUS-w360dp-h640dp-xhdpi")
    public void inEnglishToo() {
        assertNoNameIn(HelpRequestNotifier.build(phone.app), "mentor-notification-help-en-1.0");
    }

    private static void assertNoNameIn(Notification n, String name) {
        List<String> lockScreen = Screenshots.capture(RuntimeEnvironment.getApplication(), n, name);
        assertFalse("the lock screen shows something", lockScreen.isEmpty());
        List<String> all = new ArrayList<>(lockScreen);
        all.add(String.valueOf(n.extras.getCharSequence(Notification.EXTRA_TITLE)));
        all.add(String.valueOf(n.extras.getCharSequence(Notification.EXTRA_TEXT)));
        for (String text : all) {
            for (String forbidden : new String[] {"Nguyễn", "An", "Cường", "thèm", "craving"}) {
                assertFalse(text + " reveals " + forbidden, text.contains(forbidden + " ") || text.endsWith(forbidden));
            }
        }
        for (String text : lockScreen) {
            assertFalse(
                    "the lock screen says nobody needs help: " + text, text.contains("giúp") || text.contains("help"));
        }
        assertNotNull(n.publicVersion);
    }
}
