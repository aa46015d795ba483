package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * "Đào tạo" in a real browser (issue 17): the supervisor sees per commune who completed which course
 * and which version; an officer of another commune sees nothing of it.
 */
class ConsoleTrainingBrowserTest extends IntegrationTest {
    private static World w;
    private static ChromeDriver browser;
    private static String base;
    private static String title;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        title = "Kỹ năng tư vấn cơ bản " + w.tag;
        ApiResponse course = api.post(
                w.token("supervisor"),
                "/api/v1/training/courses",
                Map.of(
                        "audience",
                        "BOTH",
                        "title",
                        title,
                        "summary",
                        "Ba bài ngắn",
                        "passPercent",
                        80,
                        "lessons",
                        List.of(Map.of(
                                "title", "Lắng nghe tích cực",
                                "text", "Nghe hết, không ngắt lời.",
                                "questions",
                                        List.of(Map.of(
                                                "text",
                                                "Nên làm gì?",
                                                "options",
                                                List.of("Ngắt lời", "Lắng nghe hết"),
                                                "correctOption",
                                                1))))));
        assertEquals(201, course.status(), course::toString);
        String id = course.json().get("id").asText();
        ApiResponse done = api.post(
                w.token("mentorA1"),
                "/api/v1/training/courses/" + id + "/attempts",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "version", 1,
                        "occurredAt",
                                java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7))
                                        .minusHours(1)
                                        .format(java.time.format.DateTimeFormatter.ofPattern(
                                                "yyyy-MM-dd'T'HH:mm:ssXXX")),
                        "answers", List.of(Map.of("questionId", "1.1", "option", 1))));
        assertEquals(201, done.status(), done::toString);
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
    void theSupervisorSeesWhoCompletedWhichCourseInEachCommune() {
        signIn("supervisor");
        browser.get(base + "/training");
        ConsoleBrowser.screenshot(browser, "training-province");
        String page = browser.getPageSource();
        assertTrue(page.contains(title), page);
        WebElement communeA = browser.findElement(By.cssSelector("table[data-unit='" + w.communeA + "']"));
        String rows = communeA.getText();
        assertTrue(rows.contains("Nguyễn Thanh Niên"), rows);
        assertTrue(rows.contains("Đã hoàn thành (phiên bản 1"), rows);
        assertTrue(rows.contains("Chưa hoàn thành"), rows);
        assertTrue(rows.contains("1/4"), rows);
        assertTrue(page.contains("Phường Hoàng Văn Thụ " + w.tag), "commune B is listed too");
    }

    @Test
    void anOfficerOfAnotherCommuneSeesNothingOfCommuneA() {
        signIn("officerB");
        browser.get(base + "/training");
        String page = browser.getPageSource();
        ConsoleBrowser.screenshot(browser, "training-officer");
        assertFalse(page.contains("Nguyễn Thanh Niên"), "commune A's mentor is not shown to commune B's officer");
        browser.get(base + "/training?unit=" + w.communeA);
        assertFalse(browser.getPageSource().contains("Nguyễn Thanh Niên"));
    }

    private static void signIn(String key) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
    }
}
