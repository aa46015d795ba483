package vn.donghanh.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.job.JobScheduler;
import android.view.View;
import android.widget.EditText;
import android.widget.RadioButton;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowToast;
import vn.donghanh.app.mentor.MentorHomeActivity;
import vn.donghanh.app.person.PersonHomeActivity;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

@RunWith(RobolectricTestRunner.class)
public class SignInActivityTest {
    private final TestPhone phone = new TestPhone();

    @Test
    public void showsVietnameseByDefault() {
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();

        assertEquals("Đăng nhập", text(activity, R.id.sign_in_title));
        assertEquals("Người tham gia", text(activity, R.id.mode_person));
        assertEquals("Lần đầu dùng", text(activity, R.id.mode_activate));
        assertEquals(
                "Số điện thoại",
                ((EditText) activity.findViewById(R.id.phone)).getHint().toString());
        // The server address is for technicians: hidden behind "Nâng cao", labelled when shown.
        assertEquals(View.GONE, activity.findViewById(R.id.advanced_box).getVisibility());
        assertEquals("Nâng cao", text(activity, R.id.advanced));
        activity.findViewById(R.id.advanced).performClick();
        assertEquals(View.VISIBLE, activity.findViewById(R.id.advanced_box).getVisibility());
        assertEquals("Địa chỉ máy chủ", text(activity, R.id.server_label));
        assertEquals(R.id.server, activity.findViewById(R.id.server_label).getLabelFor());
        assertEquals(
                "http://10.0.2.2:8080",
                ((EditText) activity.findViewById(R.id.server)).getText().toString());
        assertEquals("Ẩn phần nâng cao", text(activity, R.id.advanced));
    }

    @Test
    @Config(qualifiers = "en")
    public void showsEnglishOnAnEnglishPhone() {
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();

        assertEquals("Sign in", text(activity, R.id.sign_in_title));
        assertEquals("Officer or mentor", text(activity, R.id.mode_staff));
        assertEquals(
                "PIN (6 digits)",
                ((EditText) activity.findViewById(R.id.pin)).getHint().toString());
    }

    @Test
    public void staffSignInRemembersTheSessionAndOpensTheMentorsHome() {
        phone.backend.on("POST", "/api/v1/auth/login", 200, tokens("MENTOR", null));
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        ((RadioButton) activity.findViewById(R.id.mode_staff)).setChecked(true);
        type(activity, R.id.username, "demo.mentor.youth");
        type(activity, R.id.password, "demo-dong-hanh");

        activity.findViewById(R.id.sign_in).performClick();

        assertEquals("refresh-1", phone.session().refreshToken);
        assertEquals(Role.MENTOR, phone.session().account.role);
        assertEquals(
                MentorHomeActivity.class.getName(),
                shadowOf(activity).getNextStartedActivity().getComponent().getClassName());
        assertNotNull(phone.app.getSystemService(JobScheduler.class).getPendingJob(1002));
    }

    @Test
    public void activationWithTheOfficersCodeSetsThePinAndOpensThePersonsHome() throws Exception {
        phone.backend.on("POST", "/api/v1/auth/activate", 200, tokens("PERSON", TestPhone.CASE_ID));
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        ((RadioButton) activity.findViewById(R.id.mode_activate)).setChecked(true);
        assertEquals(View.VISIBLE, activity.findViewById(R.id.code).getVisibility());
        type(activity, R.id.phone, "0912000001");
        type(activity, R.id.code, "K7P2QX");
        type(activity, R.id.pin, "246810");
        type(activity, R.id.pin_repeat, "246810");

        activity.findViewById(R.id.sign_in).performClick();

        String body = phone.backend.requests("POST", "/api/v1/auth/activate").get(0).body;
        assertEquals("K7P2QX", new org.json.JSONObject(body).getString("code"));
        assertEquals(
                PersonHomeActivity.class.getName(),
                shadowOf(activity).getNextStartedActivity().getComponent().getClassName());
    }

    @Test
    public void aShortPinIsRefusedBeforeAnythingIsSent() {
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        type(activity, R.id.phone, "0912000001");
        type(activity, R.id.pin, "1234");

        activity.findViewById(R.id.sign_in).performClick();

        assertEquals("Mã PIN gồm đúng 6 chữ số.", text(activity, R.id.message));
        assertEquals(0, phone.backend.requests("POST", "/api/v1/auth/").size());
    }

    @Test
    public void aWrongPinSaysSoInPlainWords() {
        phone.backend.on(
                "POST",
                "/api/v1/auth/person-login",
                401,
                "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        type(activity, R.id.phone, "0912000001");
        type(activity, R.id.pin, "999999");

        activity.findViewById(R.id.sign_in).performClick();

        assertEquals("Thông tin đăng nhập không đúng.", ShadowToast.getTextOfLatestToast());
        assertEquals(null, phone.session());
    }

    @Test
    public void aRememberedSessionGoesStraightHome() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();

        assertEquals(
                PersonHomeActivity.class.getName(),
                shadowOf(activity).getNextStartedActivity().getComponent().getClassName());
        assertTrue(activity.isFinishing());
    }

    @Test
    public void theAdvancedServerFieldPointsTheAppAtAnotherBackend() {
        phone.backend.on("POST", "/api/v1/auth/person-login", 200, tokens("PERSON", TestPhone.CASE_ID));
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        activity.findViewById(R.id.advanced).performClick();
        type(activity, R.id.server, "https://donghanh.example.vn");
        type(activity, R.id.phone, "0912000001");
        type(activity, R.id.pin, "246810");

        activity.findViewById(R.id.sign_in).performClick();

        assertEquals(
                "https://donghanh.example.vn/api/v1/auth/person-login",
                phone.backend.requests("POST", "/api/v1/auth/person-login").get(0).url);
        assertEquals("https://donghanh.example.vn", phone.app.settings().baseUrl());
    }

    @Test
    public void anAddressSavedInSettingsIsTheOneSignInUses() {
        org.robolectric.android.controller.ActivityController<SignInActivity> controller =
                Robolectric.buildActivity(SignInActivity.class).setup();
        controller.pause().stop();
        phone.app.settings().setBaseUrl("https://donghanh.example.vn"); // as the Settings screen does
        controller.restart().resume();
        assertEquals(
                "https://donghanh.example.vn",
                ((EditText) controller.get().findViewById(R.id.server))
                        .getText()
                        .toString());
        assertEquals(
                View.VISIBLE, controller.get().findViewById(R.id.advanced_box).getVisibility());
    }

    @Test
    public void aChangedServerAddressIsNotHidden() {
        phone.app.settings().setBaseUrl("https://donghanh.example.vn");
        SignInActivity activity =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        assertEquals(View.VISIBLE, activity.findViewById(R.id.advanced_box).getVisibility());
    }

    private static String tokens(String role, String caseId) {
        return "{\"accessToken\":\"access-1\",\"refreshToken\":\"refresh-1\",\"expiresIn\":900,\"account\":{"
                + "\"id\":\"acc-1\",\"role\":\"" + role + "\",\"displayName\":\"Trần Thị Bình\","
                + "\"adminUnitId\":\"unit-tan-thinh\"" + (caseId == null ? "" : ",\"caseId\":\"" + caseId + "\"")
                + "}}";
    }

    private static void type(SignInActivity activity, int field, String text) {
        ((EditText) activity.findViewById(field)).setText(text);
    }

    private static String text(SignInActivity activity, int id) {
        return ((TextView) activity.findViewById(id)).getText().toString();
    }
}
