package vn.donghanh.app.ui;

import static org.junit.Assert.assertEquals;

import java.util.TimeZone;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import vn.donghanh.client.presenter.Countdown;

/** Countdowns in plain words: the two largest units, singular and plural right in English. */
@RunWith(RobolectricTestRunner.class)
public class FormatsTest {
    private final Formats formats =
            new Formats(RuntimeEnvironment.getApplication(), TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

    @Test
    public void vietnamese() {
        assertEquals("Còn 1 ngày 0 giờ", formats.format(new Countdown(1, 0, 5, false)));
        assertEquals("Còn 3 giờ 20 phút", formats.format(new Countdown(0, 3, 20, false)));
        assertEquals("Còn 20 phút", formats.format(new Countdown(0, 0, 20, false)));
        assertEquals("Đã đến giờ", formats.format(new Countdown(0, 0, 0, true)));
        assertEquals("vừa xong", formats.ago(0));
        assertEquals("59 phút trước", formats.ago(59));
        assertEquals("2 giờ trước", formats.ago(150));
        assertEquals("3 ngày trước", formats.ago(3 * 24 * 60 + 5));
        assertEquals("07:40", formats.time(1_795_480_800_000L)); // 2026-11-24T00:40Z = 07:40 in Vietnam
    }

    @Test
    @Config(qualifiers = "en")
    public void english() {
        assertEquals("In 1 day 1 hour", formats.format(new Countdown(1, 1, 0, false)));
        assertEquals("In 2 hours 1 minute", formats.format(new Countdown(0, 2, 1, false)));
        assertEquals("In 5 minutes", formats.format(new Countdown(0, 0, 5, false)));
        assertEquals("It is time", formats.format(new Countdown(0, 0, 0, true)));
        assertEquals("1 minute ago", formats.ago(1));
        assertEquals("1 hour ago", formats.ago(60));
        assertEquals("2 days ago", formats.ago(2 * 24 * 60));
    }
}
