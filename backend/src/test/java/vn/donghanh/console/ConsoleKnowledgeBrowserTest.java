package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The knowledge pages in a real Chromium (issue 17): the admin writes a page in the console (a bad
 * address refused next to its field, in Vietnamese), saves it as a draft and publishes it; then a
 * phone-sized browser with JavaScript turned off reads it without signing in, and finds the places
 * of help of a province through the plain form. Screenshots: {@code admin-knowledge*.png},
 * {@code public-knowledge-*.png} (360 px wide, as a cheap Android phone).
 */
class ConsoleKnowledgeBrowserTest extends IntegrationTest {
    private static World w;
    private static ChromeDriver admin;
    private static ChromeDriver phone;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        admin = ConsoleBrowser.start("vi");
        phone = phoneWithoutJavaScript();
    }

    @AfterAll
    static void tearDown() {
        if (admin != null) {
            admin.quit();
        }
        if (phone != null) {
            phone.quit();
        }
    }

    /** A 360 px wide Chromium with JavaScript switched off for every site, asking for Vietnamese. */
    private static ChromeDriver phoneWithoutJavaScript() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ConsoleBrowser.CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--window-size=360,740",
                "--lang=vi");
        options.setExperimentalOption(
                "prefs",
                Map.of("intl.accept_languages", "vi", "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ConsoleBrowser.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(360, 740));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    @Test
    void theAdminPublishesAPageAndAPhoneWithoutJavaScriptReadsIt() {
        signIn();
        admin.get(base + "/admin/knowledge");
        assertEquals(
                "Trang kiến thức cho người dân",
                admin.findElement(By.cssSelector("#h-knowledge span")).getText());
        String slug = "khi-can-giup-do-" + w.tag;
        admin.findElement(By.id("slug")).sendKeys("Khi cần giúp");
        admin.findElement(By.id("titleVi")).sendKeys("Khi bạn cần giúp đỡ " + w.tag);
        admin.findElement(By.id("summaryVi")).sendKeys("Bấm nút \"Cần giúp đỡ\" hoặc gọi cán bộ xã, phường.");
        admin.findElement(By.id("bodyVi"))
                .sendKeys(
                        "Ai cũng có lúc khó khăn.\n\n## Khi khẩn cấp\n\n- Gọi **113** (Công an).\n- Gọi **115** (Cấp cứu)."
                                + "\n\n<script>alert(1)</script>");
        WebElement create = admin.findElement(By.cssSelector("#new-knowledge-page button[type=submit]"));
        ConsoleBrowser.submit(admin, create, create::click);
        assertEquals(
                "chỉ gồm chữ thường a-z, chữ số và dấu gạch nối đơn, ví dụ quan-ly-sau-cai",
                admin.findElement(By.id("slug-error")).getText());
        assertEquals(
                "Khi bạn cần giúp đỡ " + w.tag,
                admin.findElement(By.id("titleVi")).getAttribute("value"),
                "kept as typed");
        ConsoleBrowser.screenshot(admin, "admin-knowledge-refused");
        WebElement slugField = admin.findElement(By.id("slug"));
        slugField.clear();
        slugField.sendKeys(slug);
        WebElement again = admin.findElement(By.cssSelector("#new-knowledge-page button[type=submit]"));
        ConsoleBrowser.submit(admin, again, again::click);
        assertEquals("Bản nháp", admin.findElement(By.id("page-status")).getText());
        assertEquals(404, api.outsideContract(null, "/kien-thuc/" + slug).status(), "a draft is not public");
        WebElement publish = admin.findElement(By.id("publish"));
        ConsoleBrowser.submit(admin, publish, publish::click);
        assertEquals("Đã đăng", admin.findElement(By.id("page-status")).getText());
        ConsoleBrowser.screenshot(admin, "admin-knowledge-page");
        admin.get(base + "/admin/knowledge");
        assertTrue(admin.findElement(By.id("knowledge-pages")).getText().contains("Khi bạn cần giúp đỡ " + w.tag));
        ConsoleBrowser.screenshot(admin, "admin-knowledge");

        // A phone, JavaScript off, no account: the index, then the page.
        phone.get(base + "/kien-thuc");
        assertEquals("vi", phone.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(phone.manage().getCookies().isEmpty(), "no cookie");
        WebElement link = phone.findElement(By.linkText("Khi bạn cần giúp đỡ " + w.tag));
        ConsoleBrowser.screenshot(phone, "public-knowledge-index");
        ConsoleBrowser.submit(phone, link, link::click);
        assertEquals(
                "Khi bạn cần giúp đỡ " + w.tag,
                phone.findElement(By.tagName("h1")).getText());
        assertEquals(
                "Khi khẩn cấp", phone.findElement(By.cssSelector("article h2")).getText());
        assertTrue(phone.getPageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the script is text");
        assertFits(phone);
        ConsoleBrowser.screenshot(phone, "public-knowledge-page");
    }

    @Test
    void aPhoneWithoutJavaScriptFindsThePlacesOfHelpOfItsProvince() {
        Map<String, Object> point = new HashMap<>();
        point.put("name", "Điểm tư vấn, hỗ trợ điều trị nghiện xã Đồng Hỷ " + w.tag);
        point.put("type", "COUNSELLING_POINT");
        point.put("adminUnitId", w.communeA);
        point.put("address", "Trạm Y tế xã Đồng Hỷ, xóm Trung");
        point.put("phone", "0208 3822 111");
        point.put("contactPerson", "Chị Riêng Tư");
        point.put("servedUnitIds", List.of(w.communeA));
        assertEquals(201, api.post(w.admin, "/api/v1/providers", point).status());
        Map<String, Object> centre = new HashMap<>(point);
        centre.put("name", "Trung tâm Dịch vụ việc làm tỉnh " + w.tag);
        centre.put("type", "EMPLOYMENT_SERVICE_CENTRE");
        centre.put("adminUnitId", w.province);
        centre.put("address", "Số 1 đường Hoàng Văn Thụ");
        centre.put("servedUnitIds", List.of(w.province));
        assertEquals(201, api.post(w.admin, "/api/v1/providers", centre).status());

        phone.get(base + "/kien-thuc/noi-ho-tro");
        new Select(phone.findElement(By.id("tinh"))).selectByValue(w.province);
        WebElement show = phone.findElement(By.cssSelector("form button[type=submit]"));
        ConsoleBrowser.submit(phone, show, show::click);
        assertTrue(phone.getCurrentUrl().contains("tinh=" + w.province), phone.getCurrentUrl());
        assertEquals(
                "Tỉnh Thử nghiệm " + w.tag, phone.findElement(By.id("province")).getText());
        String page = phone.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Điểm tư vấn, hỗ trợ điều trị nghiện xã Đồng Hỷ " + w.tag), page);
        assertTrue(page.contains("Trung tâm Dịch vụ việc làm tỉnh " + w.tag), page);
        assertFalse(page.contains("Chị Riêng Tư"), "never a person");
        assertFits(phone);
        ConsoleBrowser.screenshot(phone, "public-knowledge-help");
    }

    /** Nothing wider than the 360 px screen: no sideways scrolling on a small phone. */
    private static void assertFits(ChromeDriver driver) {
        for (WebElement e : driver.findElements(By.cssSelector("main, main *"))) {
            int right = e.getRect().getX() + e.getRect().getWidth();
            assertTrue(right <= 360, e.getTagName() + " ends at " + right + " px: " + e.getText());
        }
    }

    private static void signIn() {
        admin.manage().deleteAllCookies();
        admin.get(base + "/sign-in");
        admin.findElement(By.id("username")).sendKeys("admin");
        admin.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        WebElement button = admin.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(admin, button, button::click);
        assertFalse(admin.getCurrentUrl().contains("/sign-in"), admin::getPageSource);
    }
}
