package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The case's own writes in a real browser, as a commune officer does them at the office PC:
 * register a person through the form (a bad form says what is wrong next to each field, keeps what
 * was typed and registers no one), a stale edit shows both versions and loses nothing, a status
 * change with its reason reaches the timeline, an activation slip carries a code that activates
 * the app, completion leads to the Form No. 54 PDF, and another commune's officer gets "not found".
 */
class ConsoleCaseFormsBrowserTest extends IntegrationTest {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
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
    void anOfficerRegistersAPersonThroughTheFormAfterFixingWhatItSaysIsWrong() {
        String name = "Hoàng Thị Ngọc Ánh " + w.tag;
        String address = "Thôn Nà Lạ, xóm Đồng Bẩm, số nhà 7";
        signIn("officerA");
        WebElement nav = browser.findElement(By.linkText("Đăng ký mới"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertEquals(base + "/cases/new", browser.getCurrentUrl());
        assertEquals(
                "Lập hồ sơ người sau cai", browser.findElement(By.tagName("h1")).getText());
        Select commune = new Select(browser.findElement(By.id("adminUnitId")));
        assertEquals(w.communeA, commune.getFirstSelectedOption().getAttribute("value"), "their only commune");
        assertEquals(
                "Họ và tên *",
                browser.findElement(By.cssSelector("label[for=fullName]")).getText());
        ConsoleBrowser.screenshot(browser, "case-new");

        // A national ID of five digits and no date of birth.
        type("fullName", name);
        new Select(browser.findElement(By.id("sex"))).selectByVisibleText("Nữ");
        type("ethnicity", "Tày");
        type("phone", "0912345678");
        type("nationalId", "12345");
        type("address", address);
        new Select(browser.findElement(By.id("basis"))).selectByVisibleText("Cai nghiện tự nguyện");
        type("decisionNumber", "27/QĐ-UBND");
        type("decisionDate", "01/03/2025");
        type("startDate", "10/03/2025");
        WebElement send = browser.findElement(By.cssSelector("form.case-fields button[type=submit]"));
        ConsoleBrowser.submit(browser, send, send::click);

        assertEquals(base + "/cases/new", browser.getCurrentUrl(), "the form comes back");
        String idProblem = browser.findElement(By.id("nationalId-error")).getText();
        assertEquals("phải gồm 9 hoặc 12 chữ số", idProblem);
        assertEquals(
                "nationalId-hint nationalId-error",
                browser.findElement(By.id("nationalId")).getAttribute("aria-describedby"));
        assertEquals("true", browser.findElement(By.id("nationalId")).getAttribute("aria-invalid"));
        assertEquals(
                "không được để trống",
                browser.findElement(By.id("dateOfBirth-error")).getText());
        assertTrue(browser.findElements(By.id("fullName-error")).isEmpty(), "no problem where there is none");
        // What was typed is kept, diacritics and all.
        assertEquals(name, value("fullName"));
        assertEquals("12345", value("nationalId"));
        assertEquals(address, value("address"));
        assertEquals("Tày", value("ethnicity"));
        assertEquals("01/03/2025", value("decisionDate"));
        assertEquals(
                "Nữ",
                new Select(browser.findElement(By.id("sex")))
                        .getFirstSelectedOption()
                        .getText());
        assertEquals(
                "VOLUNTARY_REHAB",
                new Select(browser.findElement(By.id("basis")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertTrue(summary.getText().startsWith("Biểu mẫu còn 2 chỗ cần sửa"), summary.getText());
        assertTrue(
                summary.getText().contains("Số định danh cá nhân (CCCD): phải gồm 9 hoặc 12 chữ số"),
                summary.getText());
        assertEquals(
                base + "/cases/new#nationalId",
                summary.findElement(By.partialLinkText("Số định danh")).getAttribute("href"));
        assertEquals(0, found(name).size(), "nothing registered");
        ConsoleBrowser.screenshot(browser, "case-new-errors");
        scrollTo(By.id("nationalId"));
        ConsoleBrowser.screenshot(browser, "case-new-errors-below");

        browser.findElement(By.id("nationalId")).clear();
        type("nationalId", "001203004567");
        type("dateOfBirth", "17/05/1990");
        WebElement again = browser.findElement(By.cssSelector("form.case-fields button[type=submit]"));
        ConsoleBrowser.submit(browser, again, again::click);

        assertTrue(browser.getCurrentUrl().matches(".*/cases/[0-9a-f-]{36}$"), browser.getCurrentUrl());
        String caseId = browser.getCurrentUrl().replaceAll(".*/cases/", "");
        assertEquals(name, browser.findElement(By.cssSelector("h1 > span")).getText());
        assertTrue(browser.findElement(By.id("main")).getText().contains("17/05/1990"));
        JsonNode saved = api.get(w.token("officerA"), "/api/v1/cases/" + caseId).json();
        assertEquals(name, saved.get("fullName").asText());
        assertEquals(address, saved.get("address").asText());
        assertEquals("Tày", saved.get("ethnicity").asText());
        assertEquals("001203004567", saved.get("nationalId").asText());
        assertEquals("1990-05-17", saved.get("dateOfBirth").asText());
        assertEquals(w.communeA, saved.get("adminUnitId").asText());
        assertEquals("27/QĐ-UBND", saved.get("decisionNumber").asText());
        assertEquals(1, found(name).size(), "registered once");
    }

    @Test
    void aStaleEditShowsBothVersionsAndAppliesTheOfficersChangeOnTopOfTheOther() {
        String caseId = w.registerCase("officerA", w.communeA, "Trịnh Văn Sửa " + w.tag)
                .get("id")
                .asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId + "/edit");
        assertEquals("Kinh", value("ethnicity"));
        browser.findElement(By.id("address")).clear();
        type("address", "Tổ 9, phường Quang Trung");

        // Meanwhile someone else changes the ethnicity through the API.
        JsonNode current =
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId).json();
        Map<String, Object> body = World.caseBody(w.communeA, "Trịnh Văn Sửa " + w.tag);
        body.remove("adminUnitId");
        body.put("ethnicity", "Mường");
        body.put("version", current.get("version").asInt());
        ApiResponse other = api.put(w.token("officerA"), "/api/v1/cases/" + caseId, body);
        assertEquals(200, other.status(), other::toString);

        WebElement save = browser.findElement(By.cssSelector("form.case-fields button[type=submit]"));
        ConsoleBrowser.submit(browser, save, save::click);
        WebElement stale = browser.findElement(By.id("stale"));
        assertTrue(stale.getText().contains("Hồ sơ vừa được người khác sửa"), stale.getText());
        WebElement ethnicity = browser.findElement(By.cssSelector("#stale-compare tr[data-field=ethnicity]"));
        assertTrue(ethnicity.findElement(By.className("saved")).getText().contains("Mường"), ethnicity.getText());
        assertTrue(ethnicity.findElement(By.className("typed")).getText().contains("Kinh"), ethnicity.getText());
        assertTrue(ethnicity.getText().contains("người khác đã sửa"), ethnicity.getText());
        WebElement addressRow = browser.findElement(By.cssSelector("#stale-compare tr[data-field=address]"));
        assertTrue(addressRow.findElement(By.className("saved")).getText().contains("Tổ 5, số nhà 12"));
        assertTrue(addressRow.findElement(By.className("typed")).getText().contains("Tổ 9, phường Quang Trung"));
        assertTrue(addressRow.getText().contains("anh/chị đã sửa"), addressRow.getText());
        // Nothing lost: the officer's change stays in the form, the other's change is taken in.
        assertEquals("Tổ 9, phường Quang Trung", value("address"));
        assertEquals("Mường", value("ethnicity"));
        JsonNode meanwhile =
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId).json();
        assertEquals("Mường", meanwhile.get("ethnicity").asText(), "the other's change is kept");
        assertEquals("Tổ 5, số nhà 12", meanwhile.get("address").asText(), "the stale edit wrote nothing");
        ConsoleBrowser.screenshot(browser, "case-edit-stale");
        scrollTo(By.cssSelector("form.case-fields"));
        ConsoleBrowser.screenshot(browser, "case-edit-stale-form");

        WebElement apply = browser.findElement(By.cssSelector("form.case-fields button[type=submit]"));
        assertEquals("Lưu những gì tôi đã nhập lên bản mới nhất", apply.getText());
        ConsoleBrowser.submit(browser, apply, apply::click);
        assertEquals(base + "/cases/" + caseId, browser.getCurrentUrl());
        JsonNode after = api.get(w.token("officerA"), "/api/v1/cases/" + caseId).json();
        assertEquals("Tổ 9, phường Quang Trung", after.get("address").asText());
        assertEquals("Mường", after.get("ethnicity").asText());
    }

    @Test
    void aStatusChangeWithItsReasonAppearsOnTheTimeline() {
        String caseId = w.registerCase("officerA", w.communeA, "Lò Văn Vắng " + w.tag)
                .get("id")
                .asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        WebElement actions = browser.findElement(By.id("actions"));
        assertTrue(actions.getText().contains("Đổi tình trạng"), actions.getText());
        assertTrue(browser.findElements(By.id("certificate")).isEmpty(), "no certificate before completion");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", actions);
        ConsoleBrowser.screenshot(browser, "case-actions");

        // Without a reason the change is refused, next to the reason, and nothing changes.
        new Select(browser.findElement(By.id("status-to"))).selectByVisibleText("Tạm dừng");
        WebElement change = browser.findElement(By.cssSelector("#status-change button[type=submit]"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].removeAttribute('required')", browser.findElement(By.id("status-reason")));
        ConsoleBrowser.submit(browser, change, change::click);
        assertEquals(
                "không được để trống",
                browser.findElement(By.id("reason-error")).getText());
        ConsoleBrowser.screenshot(browser, "case-status-errors");
        assertEquals(
                "SUSPENDED",
                new Select(browser.findElement(By.id("status")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        assertEquals(
                "ACTIVE",
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("status")
                        .asText());

        type("reason", "Đi làm ăn xa ở Bình Dương, gia đình xác nhận");
        WebElement send = browser.findElement(By.cssSelector("form button[type=submit].primary"));
        ConsoleBrowser.submit(browser, send, send::click);
        assertTrue(browser.getCurrentUrl().startsWith(base + "/cases/" + caseId), browser.getCurrentUrl());
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("Lý do: Đi làm ăn xa ở Bình Dương, gia đình xác nhận"), timeline);
        assertTrue(timeline.contains("Đang quản lý → Tạm dừng"), timeline);
        assertTrue(timeline.contains(today()), "effective today, dd/MM/yyyy: " + timeline);
        assertEquals(
                "SUSPENDED",
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("status")
                        .asText());
    }

    @Test
    void anActivationSlipCarriesACodeThatActivatesTheApp() throws Exception {
        Map<String, Object> body = World.caseBody(w.communeA, "Vi Thị Kích Hoạt " + w.tag);
        String phone = "09" + String.format("%08d", Math.floorMod(w.tag.hashCode(), 100_000_000));
        body.put("phone", phone);
        String caseId = w.registerCase("officerA", body).get("id").asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        WebElement issue = browser.findElement(By.cssSelector("#activation button[type=submit]"));
        ConsoleBrowser.submit(browser, issue, issue::click);

        assertEquals(
                "Vi Thị Kích Hoạt " + w.tag,
                browser.findElement(By.id("slip-name")).getText());
        assertEquals(phone, browser.findElement(By.id("slip-phone")).getText());
        String code = browser.findElement(By.id("slip-code")).getText();
        assertFalse(code.isBlank(), "a code");
        assertTrue(
                browser.findElement(By.id("slip-expires")).getText().matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"),
                browser.findElement(By.id("slip-expires")).getText());
        String slip = browser.findElement(By.className("slip")).getText();
        assertTrue(slip.contains("Lần đầu dùng") && slip.contains("mã PIN"), slip);
        ConsoleBrowser.screenshot(browser, "activation-slip");
        // As printed: the slip alone, without the console's frame.
        Files.createDirectories(ConsoleBrowser.SCREENSHOTS);
        Files.write(
                ConsoleBrowser.SCREENSHOTS.resolve("activation-slip-print.pdf"),
                java.util.Base64.getDecoder()
                        .decode(browser.print(new org.openqa.selenium.print.PrintOptions())
                                .getContent()));

        ApiResponse activated =
                api.post(null, "/api/v1/auth/activate", Map.of("phone", phone, "code", code, "pin", "246813"));
        assertEquals(200, activated.status(), activated::toString);
        browser.get(base + "/cases/" + caseId);
        assertFalse(browser.getPageSource().contains(code), "the code is on the slip only");
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("Cấp mã kích hoạt ứng dụng"));
    }

    @Test
    void aCompletedCasePrintsItsCertificateAndOffersNoActivationCode() throws Exception {
        Map<String, Object> body = World.caseBody(w.communeA, "Hà Văn Hoàn Thành " + w.tag);
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("decisionDate", "2024-01-02");
        body.put("startDate", "2024-01-05");
        body.put("phone", "08" + String.format("%08d", Math.floorMod((w.tag + "done").hashCode(), 100_000_000)));
        String caseId = w.registerCase("officerA", body).get("id").asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        assertEquals(today(), value("complete-effective"));
        WebElement complete = browser.findElement(By.cssSelector("#complete button[type=submit]"));
        ConsoleBrowser.submit(browser, complete, complete::click);

        assertTrue(browser.getCurrentUrl().startsWith(base + "/cases/" + caseId), browser.getCurrentUrl());
        assertEquals(
                "Đã hoàn thành",
                browser.findElement(By.cssSelector("h1 .status")).getText());
        assertTrue(browser.findElements(By.id("activation")).isEmpty(), "no activation code for a closed case");
        assertTrue(browser.findElements(By.id("complete")).isEmpty());
        assertTrue(browser.findElements(By.id("status-change")).isEmpty(), "a completed case is final");
        WebElement link = browser.findElement(By.id("certificate"));
        HttpResponse<byte[]> pdf = download(link.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        Files.createDirectories(ConsoleBrowser.SCREENSHOTS);
        Files.write(ConsoleBrowser.SCREENSHOTS.resolve("certificate.pdf"), pdf.body());
        assertEquals(
                "COMPLETED",
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("status")
                        .asText());
    }

    @Test
    void anOfficerOfAnotherCommuneGetsNotFound() throws Exception {
        String caseId = w.registerCase("officerA", w.communeA, "Mạc Thị Riêng " + w.tag)
                .get("id")
                .asText();
        signIn("officerB");
        browser.get(base + "/cases/" + caseId + "/edit");
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Mạc Thị Riêng"));
        browser.get(base + "/cases/" + caseId + "/status");
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertEquals(404, download(base + "/cases/" + caseId + "/certificate").statusCode());
        // Their own registration form offers only their own commune.
        browser.get(base + "/cases/new");
        var options = new Select(browser.findElement(By.id("adminUnitId"))).getOptions();
        assertTrue(options.stream().noneMatch(o -> w.communeA.equals(o.getAttribute("value"))));
        assertTrue(options.stream().anyMatch(o -> w.communeB.equals(o.getAttribute("value"))));
    }

    private static void scrollTo(By what) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(what));
    }

    private static String today() {
        return LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).format(DMY);
    }

    private static void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static java.util.List<JsonNode> found(String name) {
        ApiResponse list =
                api.get(w.token("officerA"), "/api/v1/cases?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, list.status(), list::toString);
        java.util.List<JsonNode> items = new java.util.ArrayList<>();
        list.json().get("items").forEach(items::add);
        return items;
    }

    /** GETs {@code url} with the browser's session cookie, as the browser's own download would. */
    private static HttpResponse<byte[]> download(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        assertNotNull(cookies);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
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
