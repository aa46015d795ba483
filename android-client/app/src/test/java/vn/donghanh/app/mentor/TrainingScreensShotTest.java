package vn.donghanh.app.mentor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.TextView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.ParameterizedRobolectricTestRunner;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/**
 * The mentor's training screens (issue 17) rendered to PNGs (target/screenshots/training-*): the course
 * list, a course with its lesson, picture and quiz, the answers kept while offline, and the result once
 * the outbox has sent them. Course content is the server's, in Vietnamese in both app languages.
 */
@RunWith(ParameterizedRobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class TrainingScreensShotTest {
    static final String COURSE = "55555555-5555-5555-5555-555555555555";
    static final String OTHER = "66666666-6666-6666-6666-666666666666";
    /** A 1×1 PNG: the screen must not trip on a picture. */
    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    static final String LIST = "[{\"id\":\"" + COURSE + "\",\"audience\":\"BOTH\",\"version\":1,"
            + "\"title\":\"Kỹ năng tư vấn cơ bản\",\"summary\":\"Ba bài ngắn về lắng nghe, đặt câu hỏi và giữ bí mật.\","
            + "\"passPercent\":80,\"lessons\":3,\"questions\":4,\"publishedAt\":\"2026-11-20T03:00:00Z\"},"
            + "{\"id\":\"" + OTHER + "\",\"audience\":\"MENTORS\",\"version\":2,"
            + "\"title\":\"Xử lý khi người được hỗ trợ gặp khủng hoảng\",\"summary\":\"Nhận biết dấu hiệu và việc cần làm ngay.\","
            + "\"passPercent\":80,\"lessons\":2,\"questions\":3,\"publishedAt\":\"2026-11-21T03:00:00Z\","
            + "\"completedVersion\":1,\"completedAt\":\"2026-11-22T03:00:00Z\"}]";
    static final String PACKAGE = "{\"id\":\"" + COURSE + "\",\"audience\":\"BOTH\",\"version\":1,"
            + "\"title\":\"Kỹ năng tư vấn cơ bản\",\"summary\":\"Ba bài ngắn\",\"passPercent\":80,"
            + "\"publishedAt\":\"2026-11-20T03:00:00Z\",\"lessons\":[{\"number\":1,\"title\":\"Lắng nghe tích cực\","
            + "\"text\":\"Người sau cai thường ngại chia sẻ. Việc đầu tiên là lắng nghe, không phán xét.\\n\\n"
            + "- Ngồi ngang hàng, tắt chuông điện thoại.\\n- Để họ nói hết, không ngắt lời.\","
            + "\"html\":\"\",\"image\":{\"id\":\"77777777-7777-7777-7777-777777777777\",\"contentType\":\"image/png\","
            + "\"data\":\"" + PNG + "\",\"alt\":\"Hai người ngồi nói chuyện\"},"
            + "\"videoUrl\":\"https://www.youtube.com/watch?v=tuvan\","
            + "\"questions\":[{\"id\":\"1.1\",\"text\":\"Khi người được hỗ trợ đang kể chuyện, nên làm gì?\","
            + "\"options\":[\"Ngắt lời để khuyên ngay\",\"Lắng nghe hết, rồi nhắc lại ý chính\",\"Vừa nghe vừa xem điện thoại\"]},"
            + "{\"id\":\"1.2\",\"text\":\"Vì sao không nên phán xét?\","
            + "\"options\":[\"Vì họ sẽ ngại chia sẻ thật lòng\",\"Vì mất thời gian\"]}]}]}";
    static final String RESULT = "{\"id\":\"x\",\"courseId\":\"" + COURSE + "\",\"version\":1,\"score\":2,\"total\":2,"
            + "\"scorePercent\":100,\"passPercent\":80,\"passed\":true,\"occurredAt\":\"2026-11-23T01:00:00Z\","
            + "\"receivedAt\":\"2026-11-23T01:05:00Z\",\"results\":[]}";

    @ParameterizedRobolectricTestRunner.Parameters(name = "{0}-{1}")
    public static Collection<Object[]> variants() {
        return Screenshots.phones();
    }

    private final String lang;
    private final String scale;
    private TestPhone phone;

    public TrainingScreensShotTest(String lang, String scale) {
        this.lang = lang;
        this.scale = scale;
    }

    @Before
    public void setUp() {
        Screenshots.usePhone(lang, scale);
        phone = new TestPhone().signedInAs(Role.MENTOR, "Trần Thị Bình", null);
        phone.backend
                .on("GET", "/api/v1/training/courses", 200, LIST)
                .on("GET", "/api/v1/training/courses/" + COURSE + "/package", 200, PACKAGE);
    }

    private String name(String state) {
        return "training-" + state + "-" + lang + "-" + scale;
    }

    @Test
    public void aCourseIsTakenOfflineAndItsResultShownAfterTheSync() {
        ActivityController<TrainingActivity> controller =
                Robolectric.buildActivity(TrainingActivity.class).setup();
        TrainingActivity screen = controller.get();
        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        Screenshots.capture(screen, name("list"));
        Screenshots.assertOnFirstScreen(screen, list.getChildAt(1), "the second course");

        list.getChildAt(0).performClick();
        Screenshots.capture(screen, name("course"));
        List<RadioGroup> quiz = groups(list);
        assertEquals(2, quiz.size());
        assertFalse(screen.findViewById(R.id.submit).isEnabled());

        phone.backend.offline(true);
        quiz.get(0).getChildAt(1).performClick();
        groups(list).get(1).getChildAt(0).performClick();
        assertTrue(screen.findViewById(R.id.submit).isEnabled());
        screen.findViewById(R.id.submit).performClick();
        TextView result = screen.findViewById(R.id.result);
        assertEquals(
                screen.getString(R.string.training_pending), result.getText().toString());
        assertEquals(View.GONE, screen.findViewById(R.id.submit).getVisibility());
        Screenshots.capture(screen, name("pending"));

        phone.backend.offline(false).on("POST", "/api/v1/training/courses/" + COURSE + "/attempts", 201, RESULT);
        phone.app.client().flusher().flush(true);
        controller.pause().stop().start().resume();
        assertTrue(
                result.getText().toString(),
                result.getText().toString().contains("2/2")
                        || result.getText().toString().contains("2 of 2"));
        Screenshots.capture(screen, name("result"));
    }

    private static List<RadioGroup> groups(ViewGroup list) {
        List<RadioGroup> out = new ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            if (list.getChildAt(i) instanceof RadioGroup) {
                out.add((RadioGroup) list.getChildAt(i));
            }
        }
        return out;
    }
}
