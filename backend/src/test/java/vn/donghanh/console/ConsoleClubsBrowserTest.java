package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The officer's peer clubs in a real browser (issue 17): create a club from the form (a missing name refused next
 * to its field), then on the club's page record who came to the meeting that has begun, and hide the reported post
 * with a reason. Members show by alias only.
 */
class ConsoleClubsBrowserTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static World w;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        browser = ConsoleBrowser.start("vi");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void signIn(String key) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
    }

    @Test
    void anOfficerCreatesAClubRecordsAttendanceAndHidesAReportedPost() {
        World.Person hoa = w.activatedPerson("Nguyễn Thị Hoa Thật", null);
        World.Person son = w.activatedPerson("Trần Văn Sơn Thật", null);
        signIn("officerA");
        browser.get(base + "/clubs");
        assertEquals(
                "Câu lạc bộ đồng đẳng", browser.findElement(By.tagName("h1")).getText());
        LocalDateTime first =
                LocalDateTime.now(CLOCK.withZone(VN)).minusHours(1).truncatedTo(ChronoUnit.HOURS);
        browser.findElement(By.id("club-day"))
                .sendKeys(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(first));
        WebElement time = browser.findElement(By.id("club-time"));
        time.clear();
        time.sendKeys(DateTimeFormatter.ofPattern("HH:mm").format(first));
        WebElement create = browser.findElement(By.cssSelector("#club-new button[type=submit]"));
        ConsoleBrowser.submit(browser, create, create::click);
        assertTrue(
                browser.findElement(By.cssSelector("#club-new .has-error"))
                                .getText()
                                .length()
                        > 0,
                "a club needs a name: " + browser.getPageSource());
        browser.findElement(By.id("club-name")).sendKeys("Câu lạc bộ \"Vượt lên chính mình\"");
        browser.findElement(By.id("club-description")).sendKeys("Sinh hoạt tại nhà văn hóa tổ 5");
        ConsoleBrowser.screenshot(browser, "clubs-new");
        WebElement again = browser.findElement(By.cssSelector("#club-new button[type=submit]"));
        ConsoleBrowser.submit(browser, again, again::click);
        assertEquals(
                "Câu lạc bộ \"Vượt lên chính mình\"",
                browser.findElement(By.tagName("h1")).getText());
        String club = browser.getCurrentUrl().replaceAll(".*/clubs/", "").replaceAll("[#?].*", "");

        // Two persons join by their own choice (on their phones: the API), post, and one reports.
        assertEquals(200, join(hoa, club, "Hoa Ban", false).status());
        assertEquals(200, join(son, club, "Sơn Ca", true).status());
        ApiResponse post = api.post(
                son.token(),
                "/api/v1/clubs/" + club + "/posts",
                Map.of("id", UUID.randomUUID().toString(), "text", "Tối nay ra quán làm vài chén nhé!"));
        assertEquals(201, post.status(), post::toString);
        api.post(
                hoa.token(),
                "/api/v1/clubs/" + club + "/posts",
                Map.of("id", UUID.randomUUID().toString(), "text", "Tuần này mình đi làm đủ 6 ngày."));
        String postId = post.json().get("id").asText();
        api.post(
                hoa.token(), "/api/v1/clubs/" + club + "/posts/" + postId + "/reports", Map.of("reason", "Rủ đi nhậu"));

        browser.get(base + "/clubs/" + club);
        String members = browser.findElement(By.id("club-members")).getText();
        assertTrue(members.contains("Hoa Ban") && members.contains("Sơn Ca"), members);
        assertFalse(members.contains("Nguyễn Thị Hoa Thật"), "a hidden name stays hidden: " + members);
        assertTrue(members.contains("Trần Văn Sơn Thật"), "shown by his choice: " + members);
        ConsoleBrowser.screenshot(browser, "club-page");

        WebElement tick = browser.findElement(By.cssSelector(".club-attendance input[type=checkbox]"));
        tick.click();
        WebElement save = browser.findElement(By.cssSelector(".club-attendance button[type=submit]"));
        ConsoleBrowser.submit(browser, save, save::click);
        assertTrue(
                browser.findElement(By.id("h-meetings")).isDisplayed()
                        && browser.findElement(By.cssSelector(".club-meeting h3"))
                                .getText()
                                .contains("1 người có mặt"),
                browser.getPageSource());

        WebElement reason = browser.findElement(By.cssSelector(".club-post.reported input[name=reason]"));
        reason.sendKeys("Rủ uống rượu, không hợp với câu lạc bộ");
        WebElement hide = browser.findElement(By.cssSelector(".club-post.reported button[type=submit]"));
        ConsoleBrowser.submit(browser, hide, hide::click);
        assertEquals(
                "Không có bài viết nào đang bị báo cáo.",
                browser.findElement(By.cssSelector("#h-reported + p")).getText());
        assertTrue(
                browser.findElement(By.cssSelector(".hidden-post")).getText().contains("Rủ uống rượu"),
                "the moderators still see the hidden post with why");
        ConsoleBrowser.screenshot(browser, "club-page-after");

        // An officer of another commune does not find the club.
        signIn("officerB");
        browser.get(base + "/clubs/" + club);
        assertFalse(browser.getPageSource().contains("Vượt lên chính mình"));
    }

    private static ApiResponse join(World.Person p, String club, String alias, boolean show) {
        return api.put(p.token(), "/api/v1/clubs/" + club + "/membership", Map.of("alias", alias, "showName", show));
    }
}
