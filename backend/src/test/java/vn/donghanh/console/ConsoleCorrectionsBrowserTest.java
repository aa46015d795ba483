package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
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
 * Issue 17 in a real browser: the officer sees a person's correction requests on "Hôm nay" and on
 * the case page, declines one with a reason (refused without one), accepts the other, and the case
 * shows the corrected name.
 */
class ConsoleCorrectionsBrowserTest extends IntegrationTest {
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

    private static String ask(World.Person p, String field, String value, String reason) {
        ApiResponse r = api.post(
                p.token(),
                "/api/v1/me/correction-requests",
                Map.of("field", field, "proposedValue", value, "reason", reason));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    @Test
    void theOfficerDeclinesOneWithAReasonAndAcceptsTheOther() {
        World.Person p = w.activatedPerson("Nguyen Thi Sua Ten", "mentorA1");
        String nameRequest = ask(p, "FULL_NAME", "Nguyễn Thị Sửa Tên", "Tên trên giấy khai sinh có dấu");
        String addressRequest = ask(p, "ADDRESS", "Tổ 12, số nhà 45", "Gia đình đã chuyển sang tổ 12");

        signIn("officerA");
        WebElement today = browser.findElement(By.id("corrections-list"));
        assertTrue(today.getText().contains("Nguyen Thi Sua Ten"), today::getText);
        ConsoleBrowser.screenshot(browser, "corrections-today");
        today.findElement(By.linkText("Nguyen Thi Sua Ten")).click();
        WebElement section = browser.findElement(By.id("corrections"));
        assertTrue(section.getText().contains("Nguyễn Thị Sửa Tên"), section::getText);
        assertTrue(section.getText().contains("Gia đình đã chuyển sang tổ 12"), section::getText);
        browser.executeScript("document.getElementById('corrections').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "corrections-case-section");

        // Declining without a reason: the browser's "required" is taken away to see the server's answer.
        browser.executeScript(
                "document.getElementById('corr-reason-" + addressRequest + "').removeAttribute('required')");
        WebElement decline =
                browser.findElement(By.cssSelector("#correction-" + addressRequest + " .correction-decline button"));
        ConsoleBrowser.submit(browser, decline, decline::click);
        String refused = browser.findElement(By.id("corrections")).getText();
        assertTrue(refused.contains("cần ghi lý do khi không chấp nhận đề nghị sửa thông tin"), refused);
        ConsoleBrowser.screenshot(browser, "corrections-decline-refused");

        browser.get(base + "/cases/" + p.caseId());
        browser.findElement(By.id("corr-reason-" + addressRequest)).sendKeys("Cần giấy xác nhận tạm trú");
        WebElement decline2 =
                browser.findElement(By.cssSelector("#correction-" + addressRequest + " .correction-decline button"));
        ConsoleBrowser.submit(browser, decline2, decline2::click);
        WebElement accept =
                browser.findElement(By.cssSelector("#correction-" + nameRequest + " .correction-accept button"));
        ConsoleBrowser.submit(browser, accept, accept::click);

        String h1 = browser.findElement(By.tagName("h1")).getText();
        assertTrue(h1.startsWith("Nguyễn Thị Sửa Tên"), h1);
        String answered = browser.findElement(By.id("corrections-past")).getText();
        assertTrue(answered.contains("Cần giấy xác nhận tạm trú"), answered);
        assertTrue(answered.contains("Đã chấp nhận"), answered);
        browser.executeScript("document.getElementById('corrections').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "corrections-answered");
        String mine = api.get(p.token(), "/api/v1/me/correction-requests").text();
        assertTrue(mine.contains("\"ACCEPTED\"") && mine.contains("\"DECLINED\""), mine);
    }

    private static void signIn(String key) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        assertEquals(base + "/", browser.getCurrentUrl(), browser::getPageSource);
    }
}
