package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The officer's case list and the open help requests on "Hôm nay", in a real browser: a name typed
 * without diacritics finds the person, a status filter narrows the list, another commune's officer
 * does not see them, and a help request the person raised is on the officer's "Hôm nay".
 */
class ConsoleCaseListBrowserTest extends IntegrationTest {
    private static World w;
    private static World.Person person;
    private static String suspendedCase;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        person = w.activatedPerson("Phạm Thị Hồng Nhung", "mentorA1");
        w.registerCase("officerA", w.communeA, "Đỗ Văn Đức");
        suspendedCase = w.registerCase("officerA", w.communeA, "Lê Thị Tạm Dừng")
                .get("id")
                .asText();
        String today =
                LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString();
        ApiResponse suspend = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + suspendedCase + "/status-changes",
                Map.of("status", "SUSPENDED", "reason", "Nhập viện điều trị", "effectiveDate", today));
        assertEquals(201, suspend.status(), suspend::toString);
        ApiResponse asked = api.post(
                person.token(),
                "/api/v1/cases/" + person.caseId() + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CRISIS"));
        assertEquals(201, asked.status(), asked::toString);
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
    void anOfficerFindsAPersonByANameTypedWithoutDiacriticsAndFiltersByStatus() {
        signIn("officerA");
        WebElement nav = browser.findElement(By.linkText("Danh sách người sau cai"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertTrue(browser.getCurrentUrl().endsWith("/cases"), browser.getCurrentUrl());
        assertEquals(
                "Danh sách người sau cai", browser.findElement(By.tagName("h1")).getText());
        String all = browser.findElement(By.id("cases")).getText();
        assertTrue(
                all.contains("Phạm Thị Hồng Nhung") && all.contains("Đỗ Văn Đức") && all.contains("Lê Thị Tạm Dừng"),
                all);
        assertTrue(all.contains("17/05/1990"), "dates dd/MM/yyyy: " + all);
        assertTrue(all.contains("Đang quản lý") && all.contains("Tạm dừng"), "statuses in words: " + all);
        assertTrue(all.contains("Nguyễn Thanh Niên"), "the mentor's name: " + all);
        ConsoleBrowser.screenshot(browser, "case-list");

        // The search box has its label, and the keyboard alone submits the form.
        WebElement q = browser.findElement(By.id("q"));
        assertEquals("q", browser.findElement(By.cssSelector("label[for=q]")).getAttribute("for"));
        ConsoleBrowser.submit(browser, q, () -> q.sendKeys("pham thi hong nhung", Keys.ENTER));
        assertTrue(browser.getCurrentUrl().contains("q=pham"), browser.getCurrentUrl());
        String found = browser.findElement(By.id("cases")).getText();
        assertTrue(found.contains("Phạm Thị Hồng Nhung"), found);
        assertFalse(found.contains("Đỗ Văn Đức"), found);
        assertEquals("pham thi hong nhung", browser.findElement(By.id("q")).getAttribute("value"));
        ConsoleBrowser.screenshot(browser, "case-list-search");
        WebElement link = browser.findElement(By.linkText("Phạm Thị Hồng Nhung"));
        assertEquals(base + "/cases/" + person.caseId(), link.getAttribute("href"));

        browser.get(base + "/cases");
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Tạm dừng");
        WebElement find = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        ConsoleBrowser.submit(browser, find, find::click);
        String suspended = browser.findElement(By.id("cases")).getText();
        assertTrue(suspended.contains("Lê Thị Tạm Dừng"), suspended);
        assertFalse(suspended.contains("Phạm Thị Hồng Nhung"), suspended);
        assertEquals(
                "SUSPENDED",
                new Select(browser.findElement(By.id("status")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));

        browser.get(base + "/cases?q=khong+co+ai+ten+nay");
        assertEquals(
                "Không có ai khớp với điều kiện tìm.",
                browser.findElement(By.cssSelector("#main .none")).getText());
    }

    @Test
    void anOfficerOfAnotherCommuneDoesNotSeeThePersonInTheirList() {
        signIn("officerB");
        browser.get(base + "/cases?q=nhung");
        assertFalse(browser.getPageSource().contains("Phạm Thị Hồng Nhung"));
        browser.get(base + "/cases");
        assertFalse(browser.getPageSource().contains("Phạm Thị Hồng Nhung"));
        assertFalse(browser.getPageSource().contains("Lê Thị Tạm Dừng"));
        browser.get(base + "/");
        assertFalse(browser.getPageSource().contains("Phạm Thị Hồng Nhung"), "nor their help request");
    }

    @Test
    void aSupervisorHasNoCaseListLinkAndTheAddressRefusesThem() {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username("supervisor"));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        assertTrue(browser.findElements(By.cssSelector("nav a[href='/cases']")).isEmpty(), "no link for a supervisor");
        browser.get(base + "/cases");
        assertFalse(browser.getPageSource().contains("Phạm Thị Hồng Nhung"));
        assertTrue(browser.findElements(By.id("cases")).isEmpty());
    }

    @Test
    void aHelpRequestThePersonRaisedIsOnTheOfficersToday() {
        signIn("officerA");
        WebElement help = browser.findElement(By.id("help"));
        WebElement link = help.findElement(By.linkText("Phạm Thị Hồng Nhung"));
        assertEquals(base + "/cases/" + person.caseId(), link.getAttribute("href"));
        String row = link.findElement(By.xpath("./ancestor::tr")).getText();
        assertTrue(row.contains("Khủng hoảng"), row);
        assertTrue(row.contains("Chưa ai nhận"), row);
        assertTrue(row.contains("vừa xong") || row.matches("(?s).*\\d+ (phút|giờ|ngày).*"), row);
        String strip = browser.findElement(By.cssSelector("ul.summary a[href='#h-help']"))
                .getText();
        assertTrue(strip.startsWith("1"), strip);
        ConsoleBrowser.screenshot(browser, "today-help");

        ApiResponse ack = api.post(w.token("mentorA1"), "/api/v1/help-requests/" + helpId() + "/acknowledge", null);
        assertEquals(200, ack.status(), ack::toString);
        browser.navigate().refresh();
        String taken = browser.findElement(By.id("help")).getText();
        assertTrue(taken.contains("Đã có người nhận"), taken);
    }

    @Test
    void theListGoesOnWithTrangSauKeepingTheFilters() {
        World many = World.create(api);
        for (int i = 0; i <= CaseListController.PAGE; i++) {
            many.registerCase("officerA", many.communeA, String.format("Vũ Văn Số %03d", i));
        }
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(many.username("officerA"));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        browser.get(base + "/cases?q=vu+van+so&status=ACTIVE");
        assertEquals(
                CaseListController.PAGE,
                browser.findElements(By.cssSelector("#cases tbody tr")).size());
        WebElement next = browser.findElement(By.linkText("Trang sau →"));
        assertTrue(
                next.getAttribute("href").contains("q=vu")
                        && next.getAttribute("href").contains("status=ACTIVE"),
                next.getAttribute("href"));
        ConsoleBrowser.submit(browser, next, next::click);
        assertEquals(1, browser.findElements(By.cssSelector("#cases tbody tr")).size());
        assertTrue(browser.findElement(By.id("cases")).getText().contains("Vũ Văn Số 050"));
        assertTrue(browser.findElements(By.linkText("Trang sau →")).isEmpty(), "the last page");
        assertEquals("vu van so", browser.findElement(By.id("q")).getAttribute("value"));
        assertFalse(browser.findElements(By.linkText("← Về trang đầu")).isEmpty());
    }

    private static String helpId() {
        ApiResponse list = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/help-requests");
        assertEquals(200, list.status(), list::toString);
        return list.json().get("items").get(0).get("id").asText();
    }

    private static void signIn(String key) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        assertEquals(base + "/", browser.getCurrentUrl(), browser::getPageSource);
    }
}
