package vn.donghanh.app.scope;

import static org.junit.Assert.assertEquals;

import android.app.Activity;
import android.widget.LinearLayout;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.ParameterizedRobolectricTestRunner;
import org.robolectric.Robolectric;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.SignInActivity;
import vn.donghanh.app.mentor.MentorHomeActivity;
import vn.donghanh.app.person.PersonHomeActivity;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.app.unsent.UnsentActivity;
import vn.donghanh.client.model.Role;

/**
 * PNGs (target/screenshots/scope-*.png) of what issue 14 shows: the person's home after a move
 * (notice, commune line, the new officer's Call button), the unsent list with an item that can no
 * longer be sent, the mentor's list after a removal (offline copy), sign-in after deactivation;
 * vi/en at font scale 1.0/1.3, with the layout checks of every screenshot.
 */
@RunWith(ParameterizedRobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ScopeScreensShotTest {
    private final String lang;
    private final String scale;
    private TestPhone phone;

    public ScopeScreensShotTest(String lang, String scale) {
        this.lang = lang;
        this.scale = scale;
    }

    @ParameterizedRobolectricTestRunner.Parameters(name = "{0}-{1}")
    public static Collection<Object[]> phones() {
        return Screenshots.phones();
    }

    static String myCase(String unitId, String unitName, String officerName, String officerPhone) {
        return "{\"id\":\"" + TestPhone.CASE_ID + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\","
                + "\"plannedEndDate\":\"2027-05-23\",\"timeZone\":\"Asia/Ho_Chi_Minh\",\"adminUnitId\":\"" + unitId
                + "\",\"adminUnitName\":\"" + unitName + "\",\"mentor\":{\"id\":\"" + TestPhone.MENTOR_ACCOUNT_ID
                + "\",\"displayName\":\"Phan Thị Mai\",\"phone\":\"0987000111\"},\"officers\":[{\"id\":\"off-" + unitId
                + "\",\"displayName\":\"" + officerName + "\",\"phone\":\"" + officerPhone + "\"}]}";
    }

    private String name(String screen) {
        return "scope-" + screen + "-" + lang + "-" + scale;
    }

    private void setUp() {
        Screenshots.usePhone(lang, scale);
        phone = new TestPhone();
    }

    @Test
    public void personHomeAfterAMove() {
        setUp();
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.backend
                .on(
                        "GET",
                        "/api/v1/me/case",
                        200,
                        myCase("unit-tan-thinh", "Phường Tân Thịnh", "Hoàng Văn Dũng", "0209385123"))
                .on("GET", "/api/v1/opportunities", 200, "[]");
        Robolectric.buildActivity(PersonHomeActivity.class).setup().get().finish();
        phone.backend.on(
                "GET",
                "/api/v1/me/case",
                200,
                myCase("unit-dong-ngan", "Phường Đông Ngàn", "Vũ Thị Lan", "0912000200"));
        Activity home =
                Robolectric.buildActivity(PersonHomeActivity.class).setup().get();
        Screenshots.capture(home, name("person-home-moved"));
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.commune_notice), "the notice of the new commune");
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.checkin_ok), "Tôi ổn");
        Screenshots.assertOnFirstScreen(home, home.findViewById(R.id.help), "Cần giúp đỡ");
    }

    @Test
    public void unsentWithAnItemThatCanNoLongerBeSent() {
        setUp();
        ScopeScenes.mentorAfterRemoval(phone);
        phone.backend.offline(true);
        Activity unsent =
                Robolectric.buildActivity(UnsentActivity.class).setup().get();
        assertEquals(1, ((LinearLayout) unsent.findViewById(R.id.list)).getChildCount());
        Screenshots.capture(unsent, name("unsent-out-of-scope"));
    }

    @Test
    public void mentorHomeAfterARemoval() {
        setUp();
        ScopeScenes.mentorAfterRemoval(phone);
        phone.backend.offline(true);
        Activity home =
                Robolectric.buildActivity(MentorHomeActivity.class).setup().get();
        assertEquals(1, ((LinearLayout) home.findViewById(R.id.list)).getChildCount());
        Screenshots.capture(home, name("mentor-home-after-removal"));
    }

    @Test
    public void signInAfterDeactivation() {
        setUp();
        phone.app.client().auth();
        new vn.donghanh.app.storage.PrivatePrefsSessionStore(phone.app)
                .saveLastEnd(new vn.donghanh.client.model.SessionEnd(
                        vn.donghanh.client.model.SessionEnd.Reason.ACCOUNT_DEACTIVATED, TestPhone.NOW, 2));
        Activity signIn =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        Screenshots.capture(signIn, name("sign-in-deactivated"));
    }

    @Test
    public void signInAfterTheServerEndedTheSession() {
        setUp();
        new vn.donghanh.app.storage.PrivatePrefsSessionStore(phone.app)
                .saveLastEnd(new vn.donghanh.client.model.SessionEnd(
                        vn.donghanh.client.model.SessionEnd.Reason.SESSION_REVOKED, TestPhone.NOW, 0));
        Activity signIn =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        Screenshots.capture(signIn, name("sign-in-session-revoked"));
    }
}
