package vn.donghanh.app.knowledge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.Collection;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.ParameterizedRobolectricTestRunner;
import org.robolectric.Robolectric;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.SignInActivity;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;

/**
 * "Tìm hiểu" before anyone signs in (issue 17), rendered to PNGs (target/screenshots/knowledge-*)
 * in Vietnamese and English at font scale 1.0 and 1.3: the entry on the sign-in screen, the list of
 * public pages, one page with its headings and list, and the screen offline.
 */
@RunWith(ParameterizedRobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class KnowledgeScreensShotTest {
    static final String INDEX = "{\"language\":\"vi\",\"items\":["
            + "{\"slug\":\"quan-ly-sau-cai\",\"title\":\"Thời gian quản lý sau cai nghiện\","
            + "\"summary\":\"Quản lý sau cai nghiện là gì, kéo dài bao lâu và gồm những việc gì.\","
            + "\"language\":\"vi\",\"updatedAt\":\"2026-12-01T02:00:00Z\"},"
            + "{\"slug\":\"quyen-va-nghia-vu\",\"title\":\"Quyền và nghĩa vụ của bạn\","
            + "\"summary\":\"Bạn được giúp những gì, và bạn cần làm những gì trong thời gian quản lý.\","
            + "\"language\":\"vi\",\"updatedAt\":\"2026-12-01T02:00:00Z\"},"
            + "{\"slug\":\"cac-hinh-thuc-cai-nghien\",\"title\":\"Các hình thức cai nghiện\","
            + "\"summary\":\"Cai nghiện tự nguyện tại gia đình, cộng đồng; cai nghiện bắt buộc; điều trị bằng methadone.\","
            + "\"language\":\"vi\",\"updatedAt\":\"2026-12-01T02:00:00Z\"},"
            + "{\"slug\":\"khi-can-giup-do\",\"title\":\"Khi bạn cần giúp đỡ\","
            + "\"language\":\"vi\",\"updatedAt\":\"2026-12-01T02:00:00Z\"}]}";
    static final String PAGE = "{\"slug\":\"quan-ly-sau-cai\",\"title\":\"Thời gian quản lý sau cai nghiện\","
            + "\"summary\":\"Quản lý sau cai nghiện là gì, kéo dài bao lâu và gồm những việc gì.\",\"language\":\"vi\","
            + "\"html\":\"<p>Sau khi cai nghiện xong, bạn về sống ở nơi cư trú của mình. Xã, phường nơi bạn ở sẽ quản lý"
            + " và giúp đỡ bạn trong một thời gian.</p>\\n<h2>Kéo dài bao lâu?</h2>\\n<ul>\\n"
            + "<li><strong>1 năm</strong> nếu bạn đã cai nghiện tự nguyện xong.</li>\\n"
            + "<li><strong>2 năm</strong> nếu bạn từ đủ 18 tuổi và đã chấp hành xong quyết định cai nghiện bắt buộc.</li>\\n"
            + "</ul>\\n<p>Xem <a href=\\\"/kien-thuc/noi-ho-tro\\\">nơi hỗ trợ ở tỉnh của bạn</a>.</p>\","
            + "\"updatedAt\":\"2026-12-01T02:00:00Z\"}";

    @ParameterizedRobolectricTestRunner.Parameters(name = "{0}-{1}")
    public static Collection<Object[]> variants() {
        return Screenshots.phones();
    }

    private final String lang;
    private final String scale;
    private TestPhone phone;

    public KnowledgeScreensShotTest(String lang, String scale) {
        this.lang = lang;
        this.scale = scale;
    }

    @Before
    public void setUp() {
        Screenshots.usePhone(lang, scale);
        phone = new TestPhone();
    }

    private String name(String state) {
        return "knowledge-" + state + "-" + lang + "-" + scale;
    }

    @Test
    public void theSignInScreenOpensTheReaderWithoutSigningIn() {
        SignInActivity signIn =
                Robolectric.buildActivity(SignInActivity.class).setup().get();
        View learn = signIn.findViewById(R.id.learn);
        assertTrue(learn.isShown());
        Screenshots.capture(signIn, name("signin"));
        learn.performClick();
        Intent next = shadowOf(signIn).getNextStartedActivity();
        assertEquals(KnowledgeActivity.class.getName(), next.getComponent().getClassName());
    }

    @Test
    public void theListThenAPageThenBack() {
        phone.backend
                .on("GET", "/api/v1/public/knowledge", 200, INDEX)
                .on("GET", "/api/v1/public/knowledge/quan-ly-sau-cai", 200, PAGE);
        KnowledgeActivity a =
                Robolectric.buildActivity(KnowledgeActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.list);
        assertEquals(4, list.getChildCount());
        Screenshots.capture(a, name("index"));
        list.getChildAt(0).performClick();
        assertEquals(
                "Thời gian quản lý sau cai nghiện",
                ((TextView) a.findViewById(R.id.title)).getText().toString());
        String body = ((TextView) a.findViewById(R.id.article)).getText().toString();
        assertTrue(body, body.contains("Kéo dài bao lâu?"));
        assertTrue(body, body.contains("2 năm"));
        assertEquals(
                lang.equals("en") ? View.VISIBLE : View.GONE,
                a.findViewById(R.id.notice).getVisibility());
        Screenshots.capture(a, name("page"));
        a.onBackPressed();
        assertEquals(View.VISIBLE, list.getVisibility());
        assertEquals(
                "the list from memory",
                2,
                phone.backend.requests("GET", "/api/v1/public/knowledge").size());
        assertTrue(phone.backend
                        .requests("GET", "/api/v1/public/knowledge")
                        .get(0)
                        .headers
                        .get("Authorization")
                == null);
    }

    @Test
    public void offlineSaysSoOnTheScreen() {
        phone.backend.offline(true);
        KnowledgeActivity a =
                Robolectric.buildActivity(KnowledgeActivity.class).setup().get();
        TextView notice = a.findViewById(R.id.notice);
        assertEquals(View.VISIBLE, notice.getVisibility());
        assertEquals(a.getString(R.string.knowledge_offline), notice.getText().toString());
        Screenshots.capture(a, name("offline"));
    }
}
