package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
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
 * Moving a case between communes in a real browser, both ways. Sender first: officer A finds the
 * receiving commune by typing its name without diacritics on the case page and sends the request;
 * the receiving officer sees it on Hôm nay with the time left, reads the sheet, declines without a
 * reason (refused next to the field), then accepts and lands on the case, which officer A can no
 * longer open while the transfer page keeps the history. Receiver first: the person reported at the
 * new commune; its officer finds the case by national ID, asks, officer A releases it from the case
 * page, the receiver accepts. An officer of an unrelated commune gets "not found".
 */
class ConsoleTransferBrowserTest extends IntegrationTest {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static World w;
    /** The receiving commune, in the other province: "Xã Tân Thịnh <tag>". */
    private static String tanThinh;

    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        tanThinh = w.unit("T", "Xã Tân Thịnh " + w.tag, "COMMUNE", w.otherProvince);
        String police = w.org("Công an xã Tân Thịnh", "COMMUNE_POLICE", tanThinh);
        w.account("officerT", "OFFICER", tanThinh, police, "Vũ Thị Tiếp Nhận");
        w.account("officerT2", "OFFICER", tanThinh, police, "Đinh Văn Nhanh Tay");
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

    private static String today() {
        return DMY.format(LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
    }

    @Test
    void theSenderStartsItFromTheCasePageAndTheReceiverDeclinesWithoutAReasonThenAccepts() {
        String name = "Nguyễn Văn Chuyển Đi";
        String caseId = w.activatedPerson(name, "mentorA1").caseId();
        // Something for the sheet to show: a weekly plan and a drug test.
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=WEEKLY;BYDAY=MO", "effectiveFrom", "2025-03-10"));
        assertEquals(201, plan.status(), plan::toString);
        ApiResponse test = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/drug-tests",
                Map.of(
                        "id",
                        java.util.UUID.randomUUID().toString(),
                        "testedOn",
                        LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh")))
                                .minusDays(20)
                                .toString(),
                        "result",
                        "NEGATIVE",
                        "testedBy",
                        "Trạm y tế xã"));
        assertEquals(201, test.status(), test::toString);

        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        WebElement contents = browser.findElement(By.cssSelector("#contents a[href='#transfer']"));
        assertEquals("Chuyển nơi cư trú", contents.getText());
        WebElement q = browser.findElement(By.id("transfer-q"));
        ConsoleBrowser.submit(browser, q, () -> q.sendKeys("tan thinh " + w.tag, Keys.ENTER));
        assertEquals(
                "Chuyển hồ sơ của " + name + " đến xã khác",
                browser.findElement(By.tagName("h1")).getText());
        Select commune = new Select(browser.findElement(By.id("toUnitId")));
        assertEquals(
                "Xã Tân Thịnh " + w.tag + " (Tỉnh Khác " + w.tag + ")",
                commune.getOptions().get(1).getText(),
                "the match with its province");
        commune.selectByValue(tanThinh);
        assertEquals(today(), browser.findElement(By.id("moveDate")).getAttribute("value"), "today, dd/MM/yyyy");
        browser.findElement(By.id("reason")).sendKeys("Về sống cùng gia đình vợ");
        browser.findElement(By.id("newAddress")).sendKeys("Thôn 3, số nhà 18");
        ConsoleBrowser.screenshot(browser, "transfer-start");
        WebElement send = browser.findElement(By.cssSelector("#transfer-start button[type=submit]"));
        ConsoleBrowser.submit(browser, send, send::click);

        assertEquals(base + "/cases/" + caseId + "#transfer", browser.getCurrentUrl());
        String section = browser.findElement(By.id("transfer")).getText();
        assertTrue(section.contains("Đang chuyển đi: Xã Tân Thịnh " + w.tag + " (Tỉnh Khác " + w.tag + ")"), section);
        assertTrue(section.contains(today()), "the move date: " + section);
        assertTrue(section.matches("(?s).*còn \\d+ giờ \\d+ phút.*"), "the time left: " + section);
        assertTrue(section.contains("Hủy đề nghị chuyển"), "the sender may cancel: " + section);
        assertFalse(section.contains("Tìm xã"), "no second transfer while one is open: " + section);
        browser.executeScript("document.getElementById('transfer').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "transfer-case-section");
        String transferId = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/transfers")
                .json()
                .get(0)
                .get("id")
                .asText();

        // The receiving officer: Hôm nay, with the legal clock.
        signIn("officerT");
        WebElement incoming = browser.findElement(By.id("transfers-in-list"));
        WebElement row = incoming.findElement(By.linkText(name)).findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.getText().contains("Xã Đồng Hỷ " + w.tag + " (Tỉnh Thử nghiệm " + w.tag + ")"), row::getText);
        assertTrue(row.getText().contains(today()), row::getText);
        assertTrue(row.getText().matches("(?s).*còn \\d+ giờ.*"), row::getText);
        assertTrue(browser.findElement(By.id("transfers-out")).getText().contains("Không có hồ sơ nào"));
        ConsoleBrowser.screenshot(browser, "transfer-today");

        WebElement open = row.findElement(By.linkText(name));
        ConsoleBrowser.submit(browser, open, open::click);
        assertEquals(base + "/transfers/" + transferId, browser.getCurrentUrl());
        String sheet = browser.findElement(By.id("transfer-sheet")).getText();
        assertTrue(sheet.contains(name) && sheet.contains("17/05/1990"), sheet);
        assertTrue(sheet.contains("Cai nghiện bắt buộc (người thành niên)"), "the basis in words: " + sheet);
        assertTrue(browser.findElement(By.id("sheet-compliance")).getText().contains("Tự báo cáo"), "plans in words");
        assertTrue(browser.findElement(By.id("sheet-drugtests")).getText().contains("Âm tính"), "drug tests in words");
        assertTrue(browser.findElement(By.id("transfer-facts")).getText().contains("Về sống cùng gia đình vợ"));
        ConsoleBrowser.screenshot(browser, "transfer-page");
        browser.executeScript("document.getElementById('transfer-sheet').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "transfer-sheet");

        // Declined without a reason: refused, next to the field.
        WebElement decline = browser.findElement(By.cssSelector("#transfer-DECLINED button[type=submit]"));
        ConsoleBrowser.submit(browser, decline, decline::click);
        String problem = browser.findElement(By.id("reason-DECLINED-error")).getText();
        assertFalse(problem.isBlank(), "the problem next to the reason");
        assertEquals("true", browser.findElement(By.id("reason-DECLINED")).getAttribute("aria-invalid"));
        assertEquals("REQUESTED", transfer("officerT", transferId).get("state").asText(), "nothing was done");
        assertTrue(
                browser.findElement(By.id("answer-error")).getText().contains("Từ chối tiếp nhận"), "said at the top");
        assertEquals(
                "reason-DECLINED", browser.switchTo().activeElement().getAttribute("id"), "the field has the focus");
        ConsoleBrowser.screenshot(browser, "transfer-decline-refused");

        WebElement accept = browser.findElement(By.cssSelector("#transfer-ACCEPTED button[type=submit]"));
        ConsoleBrowser.submit(browser, accept, accept::click);
        assertEquals(base + "/cases/" + caseId, browser.getCurrentUrl(), "the case is theirs now");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(name));
        assertEquals(
                tanThinh,
                api.get(w.token("officerT"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("adminUnitId")
                        .asText());
        assertEquals("ACCEPTED", transfer("officerT", transferId).get("state").asText());

        // Officer A: the case has left; the transfer page keeps its history up to the move.
        signIn("officerA");
        assertTrue(
                browser.findElement(By.id("transfers-answered-list")).getText().contains(name));
        browser.get(base + "/cases/" + caseId);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        browser.get(base + "/transfers/" + transferId);
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Đã tiếp nhận"));
        assertTrue(browser.findElement(By.id("history-only")).getText().contains("Xã Tân Thịnh " + w.tag));
        assertTrue(browser.findElement(By.id("transfer-facts")).getText().contains("Vũ Thị Tiếp Nhận"), "who accepted");
        assertTrue(browser.findElement(By.id("sheet-timeline")).getText().contains("Đề nghị chuyển hồ sơ đi"));

        // An officer of an unrelated commune: not found, as the API says.
        signIn("officerB");
        browser.get(base + "/transfers/" + transferId);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains(name));
        assertEquals(
                404,
                api.get(w.token("officerB"), "/api/v1/transfers/" + transferId).status());
    }

    @Test
    void theReceiverFindsThePersonByNationalIdAsksAndTheHolderReleasesIt() {
        String name = "Trần Thị Đến Trước";
        String nationalId = "0010" + String.format("%08d", Math.floorMod(w.tag.hashCode(), 100_000_000));
        Map<String, Object> body = World.caseBody(w.communeA, name);
        body.put("nationalId", nationalId);
        String caseId = w.registerCase("officerA", body).get("id").asText();

        signIn("officerT");
        WebElement lookupLink = browser.findElement(By.id("lookup-link"));
        ConsoleBrowser.submit(browser, lookupLink, lookupLink::click);
        assertEquals(base + "/transfers/lookup", browser.getCurrentUrl());
        // A number nobody has first.
        browser.findElement(By.id("nationalId")).sendKeys("099999999999");
        WebElement find = browser.findElement(By.cssSelector("#lookup button[type=submit]"));
        ConsoleBrowser.submit(browser, find, find::click);
        assertEquals(
                "Không tìm thấy hồ sơ nào với số này.",
                browser.findElement(By.id("lookup-none")).getText());

        WebElement id = browser.findElement(By.id("nationalId"));
        id.clear();
        id.sendKeys(nationalId);
        WebElement again = browser.findElement(By.cssSelector("#lookup button[type=submit]"));
        ConsoleBrowser.submit(browser, again, again::click);
        assertEquals(
                "Có hồ sơ đang được quản lý tại Xã Đồng Hỷ " + w.tag + " (Tỉnh Thử nghiệm " + w.tag + ")",
                browser.findElement(By.id("lookup-found")).getText());
        assertFalse(browser.getPageSource().contains(name), "the lookup reveals no name");
        browser.findElement(By.id("reason")).sendKeys("Đã đến trình báo tại Công an xã Tân Thịnh");
        browser.findElement(By.id("newAddress")).sendKeys("Xóm Mới, số 4");
        ConsoleBrowser.screenshot(browser, "transfer-lookup");
        WebElement ask = browser.findElement(By.cssSelector("#ask button[type=submit]"));
        ConsoleBrowser.submit(browser, ask, ask::click);
        assertTrue(browser.getCurrentUrl().startsWith(base + "/transfers/"), browser.getCurrentUrl());
        String transferId = browser.getCurrentUrl().replaceAll(".*/transfers/", "");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("(chưa được chuyển giao)"));
        assertTrue(
                browser.findElement(By.id("sheet-withheld")).getText().contains("chưa đồng ý chuyển giao"),
                () -> browser.findElement(By.id("sheet-withheld")).getText());
        assertFalse(browser.getPageSource().contains(name), "not released: no name");
        ConsoleBrowser.screenshot(browser, "transfer-asked");
        browser.get(base + "/");
        String incoming = browser.findElement(By.id("transfers-in-list")).getText();
        assertTrue(incoming.contains("(chưa được chuyển giao)"), incoming);
        assertTrue(incoming.contains("chờ xã bên kia trả lời"), incoming);

        // The holder: on Hôm nay, then releases it from the case page.
        signIn("officerA");
        String outgoing = browser.findElement(By.id("transfers-out-list")).getText();
        assertTrue(outgoing.contains(name) && outgoing.contains("(xã nơi đến đề nghị)"), outgoing);
        assertTrue(outgoing.contains("chờ xã mình trả lời"), outgoing);
        browser.executeScript("document.getElementById('transfers-in').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "transfer-today-holder");
        browser.get(base + "/cases/" + caseId);
        String section = browser.findElement(By.id("transfer")).getText();
        assertTrue(
                section.contains("Được đề nghị chuyển đến Xã Tân Thịnh " + w.tag + " (Tỉnh Khác " + w.tag + ")"),
                section);
        WebElement release = browser.findElement(By.cssSelector("#case-transfer-OFFERED button[type=submit]"));
        assertEquals("Đồng ý chuyển", release.getText());
        ConsoleBrowser.submit(browser, release, release::click);
        assertEquals(base + "/cases/" + caseId + "#transfer", browser.getCurrentUrl());
        assertTrue(
                browser.findElement(By.id("transfer")).getText().contains("Đã đồng ý chuyển, chờ tiếp nhận"),
                () -> browser.findElement(By.id("transfer")).getText());

        // The receiver: the sheet now, and accepts.
        signIn("officerT");
        browser.get(base + "/transfers/" + transferId);
        assertTrue(browser.findElement(By.id("transfer-sheet")).getText().contains(name));
        WebElement accept = browser.findElement(By.cssSelector("#transfer-ACCEPTED button[type=submit]"));
        ConsoleBrowser.submit(browser, accept, accept::click);
        assertEquals(base + "/cases/" + caseId, browser.getCurrentUrl());
        assertEquals(
                tanThinh,
                api.get(w.token("officerT"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("adminUnitId")
                        .asText());
    }

    @Test
    void anAnswerAnotherOfficerGaveFirstIsShownInWordsNotACrash() {
        String name = "Lê Văn Hai Người Nhận";
        String caseId = w.registerCase("officerA", w.communeA, name).get("id").asText();
        Map<String, Object> start = new HashMap<>();
        start.put("toUnitId", tanThinh);
        start.put(
                "moveDate",
                LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString());
        start.put("reason", "Đi làm ăn xa");
        ApiResponse started = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/transfers", start);
        assertEquals(201, started.status(), started::toString);
        String transferId = started.json().get("id").asText();

        signIn("officerT");
        browser.get(base + "/transfers/" + transferId);
        WebElement accept = browser.findElement(By.cssSelector("#transfer-ACCEPTED button[type=submit]"));
        ApiResponse first = api.post(
                w.token("officerT2"), "/api/v1/transfers/" + transferId + "/answers", Map.of("state", "ACCEPTED"));
        assertEquals(200, first.status(), first::toString);
        ConsoleBrowser.submit(browser, accept, accept::click);
        String problem = browser.findElement(By.id("form-error")).getText();
        assertTrue(problem.startsWith("đề nghị chuyển đã được trả lời (Đã tiếp nhận)"), problem);
        assertTrue(
                browser.findElement(By.id("transfer-facts")).getText().contains("Đinh Văn Nhanh Tay"), "who answered");
        assertTrue(browser.findElements(By.id("transfer-actions")).isEmpty(), "nothing left to answer");
        ConsoleBrowser.screenshot(browser, "transfer-conflict");
        WebElement toCase = browser.findElement(By.id("case-link"));
        ConsoleBrowser.submit(browser, toCase, toCase::click);
        assertEquals(base + "/cases/" + caseId, browser.getCurrentUrl(), "the case is their commune's now");
    }

    @Test
    void theOverdueListNamesATransferInWordsAndLinksToIt() {
        String name = "Phạm Văn Quá Hạn Chuyển";
        String caseId = w.registerCase("officerA", w.communeA, name).get("id").asText();
        Map<String, Object> start = new HashMap<>();
        start.put("toUnitId", tanThinh);
        start.put(
                "moveDate",
                LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString());
        start.put("reason", "Về quê");
        ApiResponse started = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/transfers", start);
        assertEquals(201, started.status(), started::toString);
        String transferId = started.json().get("id").asText();
        CLOCK.advance(java.time.Duration.ofHours(27));
        try {
            signIn("officerA");
            WebElement link = browser.findElement(By.cssSelector("#overdue a[href='/transfers/" + transferId + "']"));
            WebElement row = link.findElement(By.xpath("./ancestor::tr"));
            assertTrue(row.getText().contains("Chuyển hồ sơ quá hạn trả lời"), row::getText);
            assertFalse(row.getText().contains("TRANSFER_ANSWER"), row::getText);
            String out = browser.findElement(By.id("transfers-out-list")).getText();
            assertTrue(out.matches("(?s).*" + name + ".*quá hạn \\d+ giờ.*"), out);
        } finally {
            CLOCK.advance(java.time.Duration.ofHours(-27));
        }
    }

    private static JsonNode transfer(String officer, String transferId) {
        ApiResponse r = api.get(w.token(officer), "/api/v1/transfers/" + transferId);
        assertEquals(200, r.status(), r::toString);
        return r.json();
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
