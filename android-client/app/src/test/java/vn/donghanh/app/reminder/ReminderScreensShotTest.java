package vn.donghanh.app.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationManager;
import android.os.Looper;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.sync.SyncJobService;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/**
 * The reminder as the shade and the lock screen show it, in Vietnamese and English, for each
 * answer of the server's discreetPlace flag: the lock screen never names the place.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class ReminderScreensShotTest {
    private static final String PLACE = "Trạm y tế phường Tân Thịnh";

    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

    @Test
    public void discreetPlaceVi() throws Exception {
        shoot(Boolean.TRUE, "person-reminder-discreet-vi", "Ngày mai bạn có lịch hẹn lúc 11:00 tại cơ sở y tế.");
    }

    @Test
    @Config(qualifiers = "en-rUS-w360dp-h640dp-xhdpi")
    public void discreetPlaceEn() throws Exception {
        shoot(
                Boolean.TRUE,
                "person-reminder-discreet-en",
                "Tomorrow you have an appointment at 11:00 at the health facility.");
    }

    @Test
    public void namedPlaceVi() throws Exception {
        shoot(Boolean.FALSE, "person-reminder-named-vi", "Ngày mai bạn có lịch hẹn lúc 11:00 tại " + PLACE + ".");
    }

    @Test
    @Config(qualifiers = "en-rUS-w360dp-h640dp-xhdpi")
    public void namedPlaceEn() throws Exception {
        shoot(Boolean.FALSE, "person-reminder-named-en", "Tomorrow you have an appointment at 11:00 at " + PLACE + ".");
    }

    @Test
    public void largeFontOlderServerVi() throws Exception {
        RuntimeEnvironment.setFontScale(1.3f);
        shoot(null, "person-reminder-noflag-vi-1.3", "Ngày mai bạn có lịch hẹn lúc 11:00.");
    }

    private void shoot(Boolean discreetPlace, String name, String expectedBody) throws Exception {
        phone.backend.on(
                "GET",
                "/api/v1/sync",
                200,
                Fixtures.syncPage(
                        "cursor-1",
                        Fixtures.appointmentChange(
                                "occ-1",
                                TestPhone.CASE_ID,
                                "COUNSELLING",
                                "2026-11-25T11:00:00+07:00",
                                discreetPlace)));
        SyncJobService.syncOnce(phone.app, false);
        ReminderAlarmsTest.firstAlarm(phone.app.getSystemService(AlarmManager.class))
                .send();
        shadowOf(Looper.getMainLooper()).idle();
        Notification reminder = shadowOf(phone.app.getSystemService(NotificationManager.class))
                .getAllNotifications()
                .get(0);
        assertEquals(
                expectedBody,
                reminder.extras.getCharSequence(Notification.EXTRA_TEXT).toString());

        List<String> lockScreen = Screenshots.capture(phone.app, reminder, name);

        assertFalse(lockScreen.isEmpty());
        for (String text : lockScreen) {
            assertFalse(name + " lock screen shows \"" + text + "\"", text.contains(PLACE));
            assertFalse(name + " lock screen shows \"" + text + "\"", text.contains("Tân Thịnh"));
        }
    }
}
