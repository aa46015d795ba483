package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.donghanh.retention.RetentionJob;
import vn.donghanh.retention.RetentionModels;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The admin's retention page in a real browser, in Vietnamese: the rule in words (the configured five years),
 * the runs newest first, and the ids of the cases a run anonymised. An officer is refused.
 */
class ConsoleRetentionBrowserTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static World w;
    /** The "next page" link of the run page (i18n/console_retention_vi: ret.more). */
    private static final String MORE = "Xem tiếp";

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

    @Test
    void theAdminSeesWhatTheRetentionJobAnonymised() {
        LocalDate today = LocalDate.now(VN);
        Map<String, Object> body = World.caseBody(w.communeA, "Hoàn Thành Đã Lâu " + w.tag);
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("startDate", today.minusMonths(14).toString());
        body.put("decisionDate", today.minusMonths(14).minusDays(5).toString());
        String caseId = w.registerCase("officerA", body).get("id").asText();
        ApiResponse done = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/status-changes",
                Map.of(
                        "status",
                        "COMPLETED",
                        "reason",
                        "Hết thời hạn",
                        "effectiveDate",
                        today.minusDays(30).toString()));
        assertEquals(201, done.status(), done::toString);
        Instant real = CLOCK.instant();
        CLOCK.set(today.plusYears(5).atTime(8, 0).atZone(VN).toInstant());
        RetentionModels.Run run = bean(RetentionJob.class).runOnce();
        CLOCK.set(real);
        assertTrue(run.casesAnonymised() >= 1, run::toString);

        signIn("admin", ADMIN_PASSWORD);
        browser.get(base + "/admin/units");
        WebElement nav = browser.findElement(By.linkText("Ẩn danh hồ sơ"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertTrue(browser.getCurrentUrl().endsWith("/admin/retention"), browser.getCurrentUrl());
        String rule = browser.findElement(By.id("retention-rule")).getText();
        assertTrue(rule.contains("quá 5 năm kể từ ngày kết thúc"), rule);
        WebElement row = browser.findElement(By.cssSelector("#retention-runs tr[data-run='" + run.id() + "']"));
        assertTrue(row.getText().contains(Integer.toString(run.casesAnonymised())), row.getText());
        ConsoleBrowser.screenshot(browser, "admin-retention");

        WebElement see = row.findElement(By.linkText("Xem mã hồ sơ"));
        ConsoleBrowser.submit(browser, see, see::click);
        assertTrue(browser.findElement(By.id("run-summary")).getText().startsWith("Đã ẩn danh "));
        // In the whole suite the run also anonymises other classes' old cases: the ids come 200 a page.
        int pages = run.casesAnonymised() / 200 + 1;
        boolean listed = browser.findElement(By.id("retention-cases")).getText().contains(caseId);
        for (int page = 1; !listed && page < pages; page++) {
            WebElement more = browser.findElement(By.linkText(MORE));
            ConsoleBrowser.submit(browser, more, more::click);
            listed = browser.findElement(By.id("retention-cases")).getText().contains(caseId);
        }
        assertTrue(listed, "the anonymised case's id is listed, on one of the " + pages + " pages");
        assertFalse(browser.getPageSource().contains("Hoàn Thành Đã Lâu"), "and no name");
        ConsoleBrowser.screenshot(browser, "admin-retention-run");

        browser.manage().deleteAllCookies();
        signIn(w.username("officerA"), World.PASSWORD);
        browser.get(base + "/admin/retention");
        assertEquals("Không có quyền", browser.findElement(By.tagName("h1")).getText(), "an officer is refused");
        assertTrue(browser.findElements(By.id("retention-runs")).isEmpty(), "and sees no run");
    }

    private static void signIn(String username, String password) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        assertFalse(browser.getCurrentUrl().contains("/sign-in"), browser::getPageSource);
    }
}
