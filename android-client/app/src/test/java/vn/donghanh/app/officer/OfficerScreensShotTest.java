package vn.donghanh.app.officer;

import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.DialogInterface;
import android.os.Looper;
import android.widget.LinearLayout;
import java.util.Collection;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.ParameterizedRobolectricTestRunner;
import org.robolectric.Robolectric;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/**
 * Every officer screen and state rendered to target/screenshots/officer-*.png, in Vietnamese and
 * English at font scale 1.0 and 1.3 on a 360x640 dp phone; Screenshots fails on clipped text and
 * on controls without a content description.
 */
@RunWith(ParameterizedRobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class OfficerScreensShotTest {
    @ParameterizedRobolectricTestRunner.Parameters(name = "{0}-{1}")
    public static Collection<Object[]> phones() {
        return Screenshots.phones();
    }

    private final String lang;
    private final String scale;
    private TestPhone phone;

    public OfficerScreensShotTest(String lang, String scale) {
        this.lang = lang;
        this.scale = scale;
    }

    @Before
    public void phone() {
        Screenshots.usePhone(lang, scale);
        phone = new TestPhone().signedInAs(Role.OFFICER, "Phạm Văn Dũng", null);
    }

    private String name(String screen, String state) {
        return "officer-" + screen + "-" + state + "-" + lang + "-" + scale;
    }

    private OfficerHomeActivity home() {
        return Robolectric.buildActivity(OfficerHomeActivity.class).setup().get();
    }

    @Test
    public void homeOnline() {
        OfficerFixtures.serveHome(phone);
        Screenshots.capture(home(), name("home", "online"));
    }

    @Test
    public void homeOfflineWithACopy() {
        OfficerFixtures.storedCopies(phone, 140);
        phone.backend.offline(true);
        Screenshots.capture(home(), name("home", "offline"));
    }

    @Test
    public void homeOfflineWithNothingStored() {
        phone.backend.offline(true);
        Screenshots.capture(home(), name("home", "offline-nothing"));
    }

    @Test
    public void confirmationDialog() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = home();
        ((LinearLayout) home.findViewById(R.id.overdue))
                .getChildAt(0)
                .findViewById(R.id.record_presence)
                .performClick();
        Screenshots.capture(home.confirmation(), name("home", "confirm"));
    }

    @Test
    public void undoBar() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = home();
        ((LinearLayout) home.findViewById(R.id.overdue))
                .getChildAt(0)
                .findViewById(R.id.record_presence)
                .performClick();
        home.confirmation().getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();
        Screenshots.capture(home, name("home", "undo"));
        assertTrue(home.findViewById(R.id.undo_bar).isShown());
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.undo), "Hoàn tác");
    }

    @Test
    public void timelineOnline() {
        OfficerFixtures.serveTimeline(phone);
        Screenshots.capture(timeline(), name("timeline", "online"));
    }

    @Test
    public void timelineOfflineWithACopy() {
        OfficerFixtures.storedTimeline(phone, 3 * 24 * 60);
        phone.backend.offline(true);
        Screenshots.capture(timeline(), name("timeline", "offline"));
    }

    @Test
    public void timelineOfflineWithNothingStored() {
        phone.backend.offline(true);
        Screenshots.capture(timeline(), name("timeline", "offline-nothing"));
    }

    private CaseTimelineActivity timeline() {
        return Robolectric.buildActivity(
                        CaseTimelineActivity.class, CaseTimelineActivity.intent(phone.app, TestPhone.CASE_ID))
                .setup()
                .get();
    }
}
