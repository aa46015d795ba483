package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The admin's console in a real browser: the unit tree and a unit added, an organisation added, a
 * staff account created (its problems next to the fields), its password reset (the new one signs
 * in), deactivated; a locked-out account unlocked; the audit chain checked. A supervisor and an
 * officer are refused.
 */
class ConsoleAdminBrowserTest extends IntegrationTest {
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

    @BeforeEach
    void freshBrowser() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void theAdminSeesTheUnitTreeAndAddsAUnitAndAnOrganisation() {
        signIn("admin", ADMIN_PASSWORD);
        WebElement nav = browser.findElement(By.linkText("Quản trị"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertTrue(browser.getCurrentUrl().endsWith("/admin/units"), browser.getCurrentUrl());
        assertEquals("Quản trị", browser.findElement(By.tagName("h1")).getText());
        WebElement province = browser.findElement(By.xpath(
                "//ul[@id='unit-tree']//summary[span[@class='unit-name' and text()='Tỉnh Thử nghiệm " + w.tag + "']]"));
        WebElement communeA =
                browser.findElement(By.xpath("//span[@class='unit-name' and text()='Xã Đồng Hỷ " + w.tag + "']"));
        assertFalse(communeA.isDisplayed(), "a province's communes are folded at first");
        province.click();
        assertTrue(communeA.isDisplayed(), "opened with a click (or Enter: a summary is a button)");
        ConsoleBrowser.screenshot(browser, "admin-units");

        // A unit without a name: the problem is next to the name, in Vietnamese, and nothing is added.
        new Select(browser.findElement(By.id("parentId"))).selectByValue(w.province);
        new Select(browser.findElement(By.id("level"))).selectByValue("COMMUNE");
        browser.findElement(By.id("code")).sendKeys("T" + w.tag + "N");
        WebElement add = browser.findElement(By.cssSelector("form[action='/admin/units'] button[type=submit]"));
        ConsoleBrowser.submit(browser, add, add::click);
        assertEquals(
                "không được để trống", browser.findElement(By.id("name-error")).getText());
        assertEquals("T" + w.tag + "N", browser.findElement(By.id("code")).getAttribute("value"), "kept as typed");
        browser.findElement(By.id("name")).sendKeys("Xã Mới Lập " + w.tag);
        WebElement again = browser.findElement(By.cssSelector("form[action='/admin/units'] button[type=submit]"));
        ConsoleBrowser.submit(browser, again, again::click);
        assertEquals(
                "Đã thêm đơn vị hành chính.",
                browser.findElement(By.cssSelector(".notice")).getText());
        ApiResponse below = api.get(w.admin, "/api/v1/admin-units?parentId=" + w.province);
        assertTrue(below.text().contains("Xã Mới Lập " + w.tag), below::toString);

        WebElement orgs = browser.findElement(By.linkText("Cơ quan, tổ chức"));
        ConsoleBrowser.submit(browser, orgs, orgs::click);
        browser.findElement(By.id("name")).sendKeys("Hội Cựu chiến binh xã " + w.tag);
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Hội Cựu chiến binh");
        new Select(browser.findElement(By.id("adminUnitId"))).selectByValue(w.communeA);
        WebElement create = browser.findElement(By.cssSelector("form#new-organisation button[type=submit]"));
        ConsoleBrowser.submit(browser, create, create::click);
        assertEquals(
                "Đã thêm cơ quan, tổ chức.",
                browser.findElement(By.cssSelector(".notice")).getText());
        assertTrue(browser.findElement(By.id("organisations")).getText().contains("Hội Cựu chiến binh xã " + w.tag));
        ApiResponse listed = api.get(w.admin, "/api/v1/organisations?adminUnitId=" + w.communeA);
        assertTrue(listed.text().contains("Hội Cựu chiến binh xã " + w.tag), listed::toString);
        ConsoleBrowser.screenshot(browser, "admin-organisations");

        // The admin's "Giám sát" starts at the nation (their unit), counts only, and reaches any province.
        WebElement supervision = browser.findElement(By.linkText("Giám sát"));
        ConsoleBrowser.submit(browser, supervision, supervision::click);
        assertEquals(
                "Việt Nam", browser.findElement(By.cssSelector("h1 > span")).getText());
        WebElement toProvince = browser.findElement(By.linkText("Tỉnh Thử nghiệm " + w.tag));
        ConsoleBrowser.submit(browser, toProvince, toProvince::click);
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Tỉnh Thử nghiệm " + w.tag));
    }

    @Test
    void theAdminCreatesAnOfficerResetsThePasswordAndDeactivatesTheAccountThenChecksTheAuditChain() {
        String username = "t" + w.tag + ".moi";
        signIn("admin", ADMIN_PASSWORD);
        browser.get(base + "/admin/accounts");
        new Select(browser.findElement(By.id("role"))).selectByValue("OFFICER");
        browser.findElement(By.id("displayName")).sendKeys("Cán Bộ Mới " + w.tag);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("ngan");
        new Select(browser.findElement(By.id("adminUnitId"))).selectByValue(w.communeA);
        new Select(browser.findElement(By.id("organisationId"))).selectByValue(w.policeA);
        submit("form#new-account button[type=submit]");
        assertEquals(
                "độ dài phải từ 10 đến 128",
                browser.findElement(By.id("password-error")).getText());
        assertEquals("", browser.findElement(By.id("password")).getAttribute("value"), "a password is never sent back");
        assertEquals(username, browser.findElement(By.id("username")).getAttribute("value"));
        assertEquals(
                w.policeA,
                new Select(browser.findElement(By.id("organisationId")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        browser.findElement(By.id("password")).sendKeys("mat-khau-ban-dau");
        submit("form#new-account button[type=submit]");
        assertEquals(
                "Đã tạo tài khoản.",
                browser.findElement(By.cssSelector(".notice")).getText());
        String row = row(username).getText();
        assertTrue(
                row.contains("Cán Bộ Mới " + w.tag) && row.contains("Cán bộ xã") && row.contains("Đang hoạt động"),
                row);
        JsonNode created = account(username);
        assertEquals("OFFICER", created.get("role").asText());
        assertEquals(w.communeA, created.get("adminUnitId").asText());
        ConsoleBrowser.screenshot(browser, "admin-accounts");

        // The same username again: said next to the username.
        new Select(browser.findElement(By.id("role"))).selectByValue("MENTOR");
        browser.findElement(By.id("displayName")).sendKeys("Người Trùng Tên");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("mat-khau-ban-dau");
        new Select(browser.findElement(By.id("adminUnitId"))).selectByValue(w.communeA);
        new Select(browser.findElement(By.id("organisationId"))).selectByValue(w.youthUnionA);
        submit("form#new-account button[type=submit]");
        assertTrue(
                browser.findElement(By.id("username-error")).getText().contains(username),
                browser.findElement(By.id("username-error")).getText());

        // A new temporary password, shown once; the first one stops working; the new one signs in.
        browser.get(base + "/admin/accounts");
        WebElement reset = row(username).findElement(By.cssSelector("button.reset"));
        ConsoleBrowser.submit(browser, reset, reset::click);
        String temporary = browser.findElement(By.id("temporary-password")).getText();
        assertTrue(temporary.matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}"), temporary);
        assertTrue(browser.getPageSource().contains("chỉ hiện một lần"));
        ConsoleBrowser.screenshot(browser, "admin-password");
        assertEquals(401, login(username, "mat-khau-ban-dau").status());
        signOut();
        signIn(username, temporary);
        assertEquals("Hôm nay", browser.findElement(By.tagName("h1")).getText(), "the officer's start page");
        signOut();

        // Deactivated: the row says so, and the account no longer signs in.
        signIn("admin", ADMIN_PASSWORD);
        browser.get(base + "/admin/accounts");
        WebElement deactivate = row(username).findElement(By.cssSelector("button.deactivate"));
        ConsoleBrowser.submit(browser, deactivate, deactivate::click);
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().startsWith("Đã vô hiệu hoá tài khoản."));
        assertTrue(row(username).getText().contains("Đã vô hiệu hoá"));
        assertFalse(account(username).get("active").asBoolean());
        assertEquals(401, login(username, temporary).status());
        assertTrue(row("admin").findElements(By.cssSelector("button")).isEmpty(), "no buttons on the admin's own row");

        // The audit chain, checked as the API checks it.
        WebElement audit = browser.findElement(By.linkText("Kiểm tra nhật ký"));
        ConsoleBrowser.submit(browser, audit, audit::click);
        WebElement run = browser.findElement(By.id("run-check"));
        ConsoleBrowser.submit(browser, run, run::click);
        String result =
                browser.findElement(By.cssSelector("#audit-result strong")).getText();
        assertTrue(result.matches("Chuỗi nhật ký nguyên vẹn: đã kiểm tra [0-9.]+ dòng\\."), result);
        ApiResponse verified = api.get(w.admin, "/api/v1/audit/verification");
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().get("valid").asBoolean());
        long onPage = Long.parseLong(result.replaceAll("[^0-9]", ""));
        assertTrue(verified.json().get("checked").asLong() > onPage, "the page's check is itself in the log");
        ConsoleBrowser.screenshot(browser, "admin-audit");
    }

    @Test
    void aLockedOutAccountIsUnlocked() {
        String mentor = w.username("mentorA2");
        for (int i = 0; i < 10; i++) {
            login(mentor, "sai mat khau " + i);
        }
        assertEquals(401, login(mentor, World.PASSWORD).status(), "locked out");
        signIn("admin", ADMIN_PASSWORD);
        browser.get(base + "/admin/accounts?role=MENTOR");
        WebElement row = row(mentor);
        assertTrue(row.getText().contains("Bị khoá đăng nhập đến"), row.getText());
        WebElement unlock = row.findElement(By.cssSelector("button.unlock"));
        ConsoleBrowser.submit(browser, unlock, unlock::click);
        assertEquals(
                "Đã mở khoá đăng nhập.",
                browser.findElement(By.cssSelector(".notice")).getText());
        assertTrue(row(mentor).findElements(By.cssSelector("button.unlock")).isEmpty());
        assertEquals(200, login(mentor, World.PASSWORD).status());
    }

    @Test
    void aSupervisorAndAnOfficerAreRefusedTheAdminPages() {
        signIn(w.username("supervisor"), World.PASSWORD);
        assertTrue(browser.findElements(By.cssSelector("nav a[href='/admin']")).isEmpty(), "no link for a supervisor");
        for (String page : new String[] {
            "/admin", "/admin/units", "/admin/organisations", "/admin/accounts", "/admin/audit?check=1"
        }) {
            browser.get(base + page);
            assertEquals("Không có quyền", browser.findElement(By.tagName("h1")).getText(), page);
        }
        assertFalse(browser.getPageSource().contains(w.username("officerA")));
        signOut();
        signIn(w.username("officerA"), World.PASSWORD);
        browser.get(base + "/admin/accounts");
        assertEquals("Không có quyền", browser.findElement(By.tagName("h1")).getText());
    }

    private static WebElement row(String username) {
        return browser.findElement(By.cssSelector("#accounts tr[data-username='" + username + "']"));
    }

    private static JsonNode account(String username) {
        ApiResponse r = api.get(w.admin, "/api/v1/accounts");
        assertEquals(200, r.status(), r::toString);
        for (JsonNode a : r.json()) {
            if (username.equals(a.get("username").asText())) {
                return a;
            }
        }
        throw new AssertionError("no account " + username);
    }

    private static ApiResponse login(String username, String password) {
        return api.post(null, "/api/v1/auth/login", Map.of("username", username, "password", password));
    }

    private static void submit(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        ConsoleBrowser.submit(browser, button, button::click);
    }

    private static void signOut() {
        submit("header form[action='/sign-out'] button");
    }

    private static void signIn(String username, String password) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        // Signed in: each role lands on its own start (an officer on Hôm nay, an admin on Quản trị).
        assertFalse(browser.getCurrentUrl().contains("/sign-in"), browser::getPageSource);
        assertFalse(
                browser.findElements(By.cssSelector("form[action='/sign-out']")).isEmpty(), browser::getPageSource);
    }
}
