package vn.donghanh.app;

import static org.junit.Assert.assertEquals;

import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

@RunWith(RobolectricTestRunner.class)
public class SignInActivityTest {
    @Test
    public void showsVietnameseByDefault() {
        SignInActivity activity = Robolectric.buildActivity(SignInActivity.class).setup().get();
        assertEquals("Đăng nhập", ((TextView) activity.findViewById(R.id.sign_in_title)).getText().toString());
    }

    @Test
    @Config(qualifiers = "en")
    public void showsEnglishOnAnEnglishPhone() {
        SignInActivity activity = Robolectric.buildActivity(SignInActivity.class).setup().get();
        assertEquals("Sign in", ((TextView) activity.findViewById(R.id.sign_in_title)).getText().toString());
    }
}
