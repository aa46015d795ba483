package vn.donghanh.app.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import android.view.View;
import android.widget.EditText;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

@RunWith(RobolectricTestRunner.class)
public class SettingsActivityTest {
    private final TestPhone phone = new TestPhone();

    @Test
    public void theLockIsTurnedOnWithACodeTypedTwiceAndTheIdleTimeChosen() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        SettingsActivity screen =
                Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertEquals("Khóa đang tắt.", text(screen, R.id.lock_state));
        assertEquals(View.GONE, screen.findViewById(R.id.idle).getVisibility());

        type(screen, R.id.new_pin, "4829");
        type(screen, R.id.new_pin_repeat, "4828");
        screen.findViewById(R.id.save_pin).performClick();
        assertEquals("Hai lần nhập mã không giống nhau.", text(screen, R.id.pin_message));
        assertFalse(phone.app.appLock().isEnabled());

        type(screen, R.id.new_pin, "4829");
        type(screen, R.id.new_pin_repeat, "4829");
        screen.findViewById(R.id.save_pin).performClick();
        assertTrue(phone.app.appLock().isEnabled());
        assertEquals("Khóa đang bật.", text(screen, R.id.lock_state));
        assertEquals("Đổi mã", text(screen, R.id.save_pin));
        String stored = phone.app.getSharedPreferences("app_lock", 0).getString("state", "");
        // Never the digits: only the salted hash (hex, where "4829" may appear by chance).
        assertFalse(stored, stored.contains("\"4829\""));
        assertTrue(stored, stored.matches(".*\"pin\":\"pbkdf2-sha1\\$\\d+\\$[0-9a-f]{32}\\$[0-9a-f]{40}\".*"));

        RadioGroup idle = screen.findViewById(R.id.idle);
        assertEquals(4, idle.getChildCount());
        assertTrue("5 minutes by default", ((RadioButton) idle.getChildAt(2)).isChecked());
        ((RadioButton) idle.getChildAt(0)).setChecked(true);
        assertEquals(0L, phone.app.appLock().idleMillis());

        screen.findViewById(R.id.disable_lock).performClick();
        assertFalse(phone.app.appLock().isEnabled());
    }

    @Test
    public void signedInTheServerAddressIsShownButNotChangeable() {
        phone.signedInAs(Role.MENTOR, "Trần Thị Bình", null);
        SettingsActivity screen =
                Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertFalse(screen.findViewById(R.id.server).isEnabled());
        assertEquals(View.GONE, screen.findViewById(R.id.server_save).getVisibility());
    }

    @Test
    public void signedOutTheServerAddressCanBeChangedAndThereIsNoLock() {
        SettingsActivity screen =
                Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertEquals("Đăng nhập để đặt khóa ứng dụng.", text(screen, R.id.lock_state));
        assertEquals(View.GONE, screen.findViewById(R.id.lock_controls).getVisibility());
        type(screen, R.id.server, "https://donghanh.example.vn");
        screen.findViewById(R.id.server_save).performClick();
        assertEquals("https://donghanh.example.vn", phone.app.settings().baseUrl());
    }

    private static void type(SettingsActivity a, int id, String text) {
        ((EditText) a.findViewById(id)).setText(text);
    }

    private static String text(SettingsActivity a, int id) {
        return ((TextView) a.findViewById(id)).getText().toString();
    }
}
