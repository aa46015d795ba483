package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * Taking a course in the console (issue 17, "on the phone or the console"): an officer reads the
 * lessons, is told next to the question which one is unanswered, hands in, passes and sees the right
 * answers; the supervisor's per-commune view then shows it completed. A mentors-only course is not
 * found for an officer, and a form sent twice records one attempt.
 */
class ConsoleTrainingCourseBrowserTest extends IntegrationTest {
    /** A 160×90 PNG, two bands of the console's colours. */
    private static final String PICTURE =
            "iVBORw0KGgoAAAANSUhEUgAAAKAAAABaCAIAAACwpMoFAAAAqElEQVR42u3RMQ0AQAjAQHbEYeANvj0UMGGCXFIFvchXOlxYAFiABViABViABRiwAAuwAAuwAAswYAEWYAEWYAEWYAEGLMACLMACLMACDFiABViABViABRiwAAuwAAuwAAuwFri/LmcBYAEWYAEWYAEWYMACLMACLMACLMCABViABViABViABRiwAAuwAAuwAAswYAEWYAEWYAEWYMACLMACLMACLMDaBtbGKfCxdCl5AAAAAElFTkSuQmCC";

    private static World w;
    private static ChromeDriver browser;
    private static String base;
    private static String title;
    private static String courseId;
    private static String mentorsOnlyId;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        title = "Phỏng vấn tạo động lực " + w.tag;
        ApiResponse course = api.post(
                w.token("supervisor"),
                "/api/v1/training/courses",
                Map.of(
                        "audience",
                        "BOTH",
                        "title",
                        title,
                        "summary",
                        "Hai bài ngắn về cách trò chuyện với người sau cai nghiện.",
                        "passPercent",
                        100,
                        "lessons",
                        List.of(
                                Map.of(
                                        "title", "Câu hỏi mở",
                                        "text",
                                                "Hỏi để người kia kể.\n\n- Bắt đầu bằng \"điều gì\"\n- Tránh câu <b>có/không</b>",
                                        "image",
                                                Map.of(
                                                        "contentType", "image/png",
                                                        "data", PICTURE,
                                                        "alt", "Sơ đồ hai màu"),
                                        "videoUrl", "https://video.example.vn/cau-hoi-mo",
                                        "questions",
                                                List.of(Map.of(
                                                        "text",
                                                        "Câu nào là câu hỏi mở?",
                                                        "options",
                                                        List.of("Anh có đi làm không?", "Điều gì giúp anh đi làm đều?"),
                                                        "correctOption",
                                                        1))),
                                Map.of(
                                        "title", "Phản hồi",
                                        "text", "Nhắc lại ý chính bằng lời của mình.",
                                        "questions",
                                                List.of(Map.of(
                                                        "text",
                                                        "Phản hồi tốt là gì?",
                                                        "options",
                                                        List.of("Nhắc lại ý chính", "Khuyên ngay", "Im lặng"),
                                                        "correctOption",
                                                        0))))));
        assertEquals(201, course.status(), course::toString);
        courseId = course.json().get("id").asText();
        ApiResponse mentorsOnly = api.post(
                w.token("supervisor"),
                "/api/v1/training/courses",
                Map.of(
                        "audience",
                        "MENTORS",
                        "title",
                        "Chỉ cho người giúp đỡ " + w.tag,
                        "summary",
                        "Một bài",
                        "passPercent",
                        50,
                        "lessons",
                        List.of(Map.of(
                                "title", "Bài một",
                                "text", "Nội dung",
                                "questions", List.of()))));
        assertEquals(201, mentorsOnly.status(), mentorsOnly::toString);
        mentorsOnlyId = mentorsOnly.json().get("id").asText();
        browser = ConsoleBrowser.start("vi");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshBrowser() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anOfficerTakesTheCourseAndTheSupervisorSeesItCompleted() {
        signIn("officerA");
        browser.get(base + "/training");
        ConsoleBrowser.screenshot(browser, "training-officer-courses");
        WebElement mine = browser.findElement(By.id("my-courses"));
        assertTrue(mine.getText().contains(title), mine.getText());
        assertTrue(mine.getText().contains("Bạn chưa hoàn thành"), mine.getText());
        assertFalse(mine.getText().contains("Chỉ cho người giúp đỡ"), "a mentors-only course is not offered");

        WebElement link = browser.findElement(By.linkText(title));
        ConsoleBrowser.submit(browser, link, link::click);
        ConsoleBrowser.screenshot(browser, "training-course");
        String page = browser.getPageSource();
        assertTrue(page.contains("Tránh câu &lt;b&gt;có/không&lt;/b&gt;"), "the author's HTML is shown as written");
        assertTrue(page.contains("<li>"), "a \"- \" line is a list item");
        WebElement img = browser.findElement(By.cssSelector(".trn-figure img"));
        assertEquals("Sơ đồ hai màu", img.getAttribute("alt"));
        assertTrue(
                ((Number) browser.executeScript("return arguments[0].naturalWidth", img)).intValue() == 160,
                "the picture is shown");
        assertEquals(
                "https://video.example.vn/cau-hoi-mo",
                browser.findElement(By.linkText("Xem video của bài học")).getAttribute("href"));

        // Only the first question answered: refused, the problem next to the second, the first kept.
        browser.findElement(By.id("q-1-1-1")).click();
        WebElement send = browser.findElement(By.cssSelector(".trn-quiz button[type=submit]"));
        ConsoleBrowser.submit(browser, send, send::click);
        ConsoleBrowser.screenshot(browser, "training-course-unanswered");
        browser.executeScript("document.getElementById('q-1-1').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "training-course-unanswered-field");
        assertEquals(
                "Hãy chọn một câu trả lời.",
                browser.findElement(By.id("q-2-1-error")).getText());
        assertTrue(browser.findElements(By.id("q-1-1-error")).isEmpty());
        assertTrue(browser.findElement(By.id("q-1-1-1")).isSelected(), "the answer given is kept");
        assertTrue(browser.findElement(By.id("quiz-error")).getText().contains("Còn 1 câu chưa trả lời"));
        // Seen where the officer lands after pressing the button at the bottom: the top of the page.
        assertTrue(
                browser.findElement(By.id("quiz-error")).getLocation().getY() < 400,
                "the problem is on the first screen");

        browser.findElement(By.id("q-2-1-0")).click();
        Map<String, String> sent = Map.of(
                "_csrf", value("_csrf"),
                "attemptId", value("attemptId"),
                "version", value("version"),
                "answer-1.1", "1",
                "answer-2.1", "0");
        send = browser.findElement(By.cssSelector(".trn-quiz button[type=submit]"));
        ConsoleBrowser.submit(browser, send, send::click);
        ConsoleBrowser.screenshot(browser, "training-course-passed");
        browser.executeScript("document.getElementById('h-quiz').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "training-course-answers");
        String result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("Đạt"), result);
        assertTrue(result.contains("2/2"), result);
        assertTrue(result.contains("Đã ghi nhận bạn hoàn thành phiên bản 1"), result);
        assertEquals(
                2, browser.findElements(By.cssSelector(".trn-option.correct")).size());
        assertTrue(browser.findElement(By.cssSelector(".trn-quiz")).getText().contains("Bạn chọn (đúng)"));

        // The same form sent again (a double click, a reload of the result): the first attempt, not a second one.
        WebElement shown = browser.findElement(By.id("result"));
        ConsoleBrowser.submit(
                browser,
                shown,
                () -> browser.executeScript(
                        "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                                + "var v = arguments[1]; for (var k in v) { var i = document.createElement('input');"
                                + " i.type = 'hidden'; i.name = k; i.value = v[k]; f.appendChild(i); }"
                                + "document.body.appendChild(f); f.submit();",
                        "/training/courses/" + courseId + "/attempts",
                        sent));
        assertTrue(browser.findElement(By.id("result")).getText().contains("2/2"));
        assertEquals(1, recordedAttempts(), "one attempt recorded for the one form");

        browser.get(base + "/training");
        String after = browser.findElement(By.id("my-courses")).getText();
        assertTrue(after.contains("Bạn đã hoàn thành (phiên bản 1"), after);

        browser.manage().deleteAllCookies();
        signIn("supervisor");
        browser.get(base + "/training");
        WebElement communeA = browser.findElement(By.cssSelector("table[data-unit='" + w.communeA + "']"));
        WebElement officerRow = communeA.findElement(By.xpath(".//tr[th[normalize-space()='Trần Văn Công']]"));
        assertTrue(officerRow.getText().contains("Đã hoàn thành (phiên bản 1"), officerRow.getText());
    }

    @Test
    void anOfficerCannotOpenAMentorsOnlyCourse() {
        signIn("officerA");
        browser.get(base + "/training/courses/" + mentorsOnlyId);
        ConsoleBrowser.screenshot(browser, "training-course-not-offered");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Không tìm thấy"));
        assertFalse(browser.getPageSource().contains("Chỉ cho người giúp đỡ"));
    }

    /** The officer's recorded attempts at the course. */
    private static long recordedAttempts() {
        return vn.donghanh.support.Sql.query(
                        "SELECT COUNT(*) FROM training_attempt WHERE course_id = '" + courseId + "'",
                        rs -> rs.getLong(1))
                .get(0);
    }

    private static String value(String name) {
        return browser.findElement(By.cssSelector(".trn-quiz input[name='" + name + "']"))
                .getAttribute("value");
    }

    private static void signIn(String key) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
    }
}
