package vn.donghanh.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Activity;
import android.text.Layout;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.TextView;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.lock.AppLockScreenTest;
import vn.donghanh.app.lock.LockActivity;
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.settings.SettingsActivity;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.app.unsent.UnsentActivity;
import vn.donghanh.app.unsent.UnsentActivityTest;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.store.StoredRecord;

/**
 * The screens every role shares, rendered at 360x640 dp in Vietnamese and English at font scale
 * 1.0 and 1.3 (target/screenshots/common-*.png): sign-in (collapsed, advanced), messages, the lock
 * screen, settings, unsent items with a refused one. Each capture also fails on clipped text and
 * on controls without a content description.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class CommonScreensShotTest {
    private static final float[] SCALES = {1.0f, 1.3f};
    private static final String EN = "en-rUS-w360dp-h640dp-xhdpi";

    private final TestPhone phone = new TestPhone();

    @Test
    public void signInVi() {
        signIn("vi");
    }

    @Test
    @Config(qualifiers = EN)
    public void signInEn() {
        signIn("en");
    }

    private void signIn(String lang) {
        for (float scale : SCALES) {
            RuntimeEnvironment.setFontScale(scale);
            SignInActivity a =
                    Robolectric.buildActivity(SignInActivity.class).setup().get();
            capture(a, name("signin-collapsed", lang, scale));
            Screenshots.assertOnFirstScreen(a, a.findViewById(R.id.sign_in), "the sign-in button");
            a.findViewById(R.id.advanced).performClick();
            capture(a, name("signin-advanced", lang, scale));
        }
    }

    @Test
    public void messagesVi() {
        messages("vi");
    }

    @Test
    @Config(qualifiers = EN)
    public void messagesEn() {
        messages("en");
    }

    private void messages(String lang) {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID)
                .synced(
                        message(
                                "m1",
                                TestPhone.MENTOR_ACCOUNT_ID,
                                TestPhone.PERSON_ACCOUNT_ID,
                                "Chào An, mai anh qua nhà em lúc 9 giờ nhé.",
                                "2026-11-22T19:05:00+07:00"),
                        message(
                                "m2",
                                TestPhone.PERSON_ACCOUNT_ID,
                                TestPhone.MENTOR_ACCOUNT_ID,
                                "Dạ vâng, em ở nhà ạ.",
                                "2026-11-22T19:12:00+07:00"));
        phone.app.client().records().markSynced(TestPhone.NOW - 20 * 60_000L);
        UnsentActivityTest.refusedMessageThenWaitingCheckin(phone);
        phone.app.client().outbox().queueMessage(TestPhone.CASE_ID, TestPhone.MENTOR_ACCOUNT_ID, "Em cảm ơn anh.");
        for (float scale : SCALES) {
            RuntimeEnvironment.setFontScale(scale);
            Activity a = Robolectric.buildActivity(
                            MessagesActivity.class,
                            MessagesActivity.intent(phone.app, TestPhone.CASE_ID, TestPhone.MENTOR_ACCOUNT_ID))
                    .setup()
                    .get();
            capture(a, name("messages-offline", lang, scale));
            Screenshots.assertOnFirstScreen(a, a.findViewById(R.id.send), "the send button");
        }
    }

    @Test
    public void lockVi() {
        lock("vi");
    }

    @Test
    @Config(qualifiers = EN)
    public void lockEn() {
        lock("en");
    }

    private void lock(String lang) {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.app.appLock().setPin("4829");
        AppLockScreenTest.lockNow(phone);
        for (float scale : SCALES) {
            RuntimeEnvironment.setFontScale(scale);
            LockActivity a =
                    Robolectric.buildActivity(LockActivity.class).setup().get();
            capture(a, name("lock", lang, scale));
            Screenshots.assertOnFirstScreen(a, a.findViewById(R.id.lock_open), "the open button");
            ((EditText) a.findViewById(R.id.lock_pin)).setText("1111");
            a.findViewById(R.id.lock_open).performClick();
            capture(a, name("lock-wrong", lang, scale));
        }
    }

    @Test
    public void settingsVi() {
        settings("vi");
    }

    @Test
    @Config(qualifiers = EN)
    public void settingsEn() {
        settings("en");
    }

    private void settings(String lang) {
        for (float scale : SCALES) {
            RuntimeEnvironment.setFontScale(scale);
            capture(
                    Robolectric.buildActivity(SettingsActivity.class).setup().get(),
                    name("settings-signed-out", lang, scale));
        }
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        for (float scale : SCALES) {
            RuntimeEnvironment.setFontScale(scale);
            phone.app.appLock().disable();
            Activity off =
                    Robolectric.buildActivity(SettingsActivity.class).setup().get();
            capture(off, name("settings-lock-off", lang, scale));
            phone.app.appLock().setPin("4829");
            Activity on =
                    Robolectric.buildActivity(SettingsActivity.class).setup().get();
            capture(on, name("settings-lock-on", lang, scale));
        }
    }

    @Test
    public void unsentVi() {
        unsent("vi");
    }

    @Test
    @Config(qualifiers = EN)
    public void unsentEn() {
        unsent("en");
    }

    private void unsent(String lang) {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        UnsentActivityTest.refusedMessageThenWaitingCheckin(phone);
        for (float scale : SCALES) {
            RuntimeEnvironment.setFontScale(scale);
            UnsentActivity a =
                    Robolectric.buildActivity(UnsentActivity.class).setup().get();
            capture(a, name("unsent-refused", lang, scale));
            android.widget.LinearLayout list = a.findViewById(R.id.list);
            assertEquals(2, list.getChildCount());
            list.getChildAt(0).findViewById(R.id.edit).performClick();
            android.app.Dialog edit = org.robolectric.shadows.ShadowDialog.getLatestDialog();
            Screenshots.capture(edit, name("unsent-edit-dialog", lang, scale));
            edit.dismiss();
        }
    }

    /** As Screenshots.capture, and no word is broken across two lines ("DISCAR / D" on a narrow button). */
    private static View capture(Activity activity, String name) {
        View root = Screenshots.capture(activity, name);
        List<String> broken = new ArrayList<>();
        findBrokenWords(root, broken);
        assertTrue(name + ": words broken across lines: " + broken, broken.isEmpty());
        return root;
    }

    private static void findBrokenWords(View v, List<String> out) {
        if (v.getVisibility() != View.VISIBLE) {
            return;
        }
        if (v instanceof TextView && !(v instanceof EditText)) {
            TextView t = (TextView) v;
            Layout layout = t.getLayout();
            CharSequence text = t.getText();
            if (layout != null) {
                for (int i = 0; i < layout.getLineCount() - 1; i++) {
                    int end = layout.getLineEnd(i);
                    if (end > 0
                            && end < text.length()
                            && Character.isLetterOrDigit(text.charAt(end - 1))
                            && Character.isLetterOrDigit(text.charAt(end))) {
                        out.add("\"" + text + "\"");
                        break;
                    }
                }
            }
        }
        if (v instanceof ViewGroup) {
            ViewGroup g = (ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                findBrokenWords(g.getChildAt(i), out);
            }
        }
    }

    private static StoredRecord message(String id, String from, String to, String body, String sentAt) {
        return new StoredRecord(
                "MESSAGE",
                id,
                TestPhone.CASE_ID,
                "{\"id\":\"" + id + "\",\"caseId\":\"" + TestPhone.CASE_ID + "\",\"senderId\":\"" + from
                        + "\",\"recipientId\":\"" + to + "\",\"body\":\"" + body + "\",\"sentAt\":\"" + sentAt
                        + "\"}");
    }

    private static String name(String screen, String lang, float scale) {
        return "common-" + screen + "-" + lang + "-" + (scale == 1.0f ? "1.0" : "1.3");
    }
}
