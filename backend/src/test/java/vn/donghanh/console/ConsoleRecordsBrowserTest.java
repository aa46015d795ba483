package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The records an officer keeps on a case's page, in a real browser: a drug test (a bad date is refused
 * next to its field and nothing is written; a good one is shown and the API has it), office presence
 * and residence checks, a contact, a referral made and moved on; every referral of the commune on
 * /referrals and in its .xlsx; and an officer of another commune gets "not found" on every one of the
 * case's record routes and does not see the referral.
 */
class ConsoleRecordsBrowserTest extends IntegrationTest {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String PERSON = "Vũ Thị Hồng Hạnh";
    private static final String JOB = "Thợ may tại Công ty May Đồng Hỷ";

    private static World w;
    private static World.Person person;
    private static String opportunityId;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        person = w.activatedPerson(PERSON, "mentorA1");
        ApiResponse provider = api.post(
                w.token("officerA"),
                "/api/v1/providers",
                Map.of(
                        "name", "Công ty May Đồng Hỷ",
                        "type", "EMPLOYER",
                        "adminUnitId", w.communeA,
                        "contactPerson", "Chị Lò Thị Mai",
                        "servedUnitIds", List.of(w.communeA)));
        assertEquals(201, provider.status(), provider::toString);
        ApiResponse job = api.post(
                w.token("officerA"),
                "/api/v1/opportunities",
                Map.of(
                        "providerId",
                        provider.json().get("id").asText(),
                        "type",
                        "JOB",
                        "title",
                        JOB,
                        "adminUnitId",
                        w.communeA));
        assertEquals(201, job.status(), job::toString);
        opportunityId = job.json().get("id").asText();
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
    void anOfficerKeepsTheCasesRecordsFromItsPage() throws Exception {
        signIn("officerA");
        browser.get(base + "/cases/" + person.caseId());
        LocalDate today = LocalDate.now(CLOCK.withZone(ZONE));

        // Drug test: an impossible date is refused next to its field, and nothing is written.
        WebElement drugs = browser.findElement(By.id("chk-drugtests"));
        assertTrue(drugs.getText().contains("Chưa có kết quả xét nghiệm nào."), drugs.getText());
        open(drugs, "Ghi kết quả xét nghiệm");
        type("dt-testedOn", "31/02/2026");
        new Select(browser.findElement(By.id("dt-result"))).selectByVisibleText("Dương tính");
        type("dt-testedBy", "Trạm y tế xã");
        submit("drug-test-form");
        WebElement problem = browser.findElement(By.id("dt-testedOn-error"));
        assertTrue(problem.getText().contains("ngày/tháng/năm"), problem.getText());
        assertEquals(
                "dt-testedOn-error", browser.findElement(By.id("dt-testedOn")).getAttribute("aria-describedby"));
        assertEquals("31/02/2026", browser.findElement(By.id("dt-testedOn")).getAttribute("value"), "kept as typed");
        assertEquals("Trạm y tế xã", browser.findElement(By.id("dt-testedBy")).getAttribute("value"));
        assertEquals(0, drugTests().size(), "nothing written");
        ConsoleBrowser.screenshot(browser, "case-drugtests-refused");
        // A date in the future: the service's own refusal, next to the same field.
        type("dt-testedOn", DMY.format(today.plusDays(2)));
        submit("drug-test-form");
        assertTrue(
                browser.findElement(By.id("dt-testedOn-error")).getText().contains("tương lai"),
                browser.findElement(By.id("dt-testedOn-error")).getText());
        assertEquals(0, drugTests().size(), "nothing written");
        LocalDate tested = today.minusDays(3);
        type("dt-testedOn", DMY.format(tested));
        submit("drug-test-form");
        assertTrue(
                browser.getCurrentUrl().endsWith("/cases/" + person.caseId() + "#chk-drugtests"),
                browser.getCurrentUrl());
        String shown = browser.findElement(By.id("drug-tests")).getText();
        assertTrue(shown.contains(DMY.format(tested)) && shown.contains("Dương tính"), shown);
        assertTrue(shown.contains("Trạm y tế xã") && shown.contains("Trần Văn Công"), shown);
        assertTrue(shown.contains("Cần xem xét việc thay đổi tình trạng hồ sơ"), shown);
        JsonNode recorded = drugTests();
        assertEquals(1, recorded.size(), recorded::toString);
        assertEquals(tested.toString(), recorded.get(0).get("testedOn").asText());
        assertEquals("POSITIVE", recorded.get(0).get("result").asText());
        ConsoleBrowser.screenshot(browser, "case-drugtests");

        // Office presence, then a residence check that found the person, then one that did not.
        WebElement checks = browser.findElement(By.id("chk-checks"));
        open(checks, "Ghi kiểm diện tại trụ sở");
        typeArea("op-note", "Đến trụ sở đúng hẹn");
        submit("presence-form");
        checks = browser.findElement(By.id("chk-checks"));
        open(checks, "Ghi lần đến xác minh nơi cư trú");
        typeArea("rc-note", "Đang ở cùng mẹ");
        submit("residence-form");
        checks = browser.findElement(By.id("chk-checks"));
        open(checks, "Ghi lần đến xác minh nơi cư trú");
        browser.findElement(By.cssSelector("label[for=rc-found-no]")).click();
        typeArea("rc-note", "Hàng xóm nói đi làm xa");
        submit("residence-form");
        assertTrue(
                browser.getCurrentUrl().endsWith("#chk-contacts"),
                "shown where it was written: " + browser.getCurrentUrl());
        String listed = browser.findElement(By.id("checks")).getText();
        assertTrue(listed.contains("Kiểm diện tại trụ sở") && listed.contains("Đến trụ sở đúng hẹn"), listed);
        assertTrue(listed.contains("Xác minh tại nơi cư trú") && listed.contains("Đang ở cùng mẹ"), listed);
        assertFalse(listed.contains("Hàng xóm nói đi làm xa"), "a visit that did not find them verifies nothing");
        assertTrue(listed.contains(DMY.format(today)), listed);
        List<String> kinds = new ArrayList<>();
        api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/checkins")
                .json()
                .get("items")
                .forEach(c -> kinds.add(c.get("kind").asText()));
        assertTrue(kinds.contains("OFFICE_PRESENCE") && kinds.contains("RESIDENCE_VERIFICATION"), kinds.toString());
        assertEquals(2, kinds.size(), kinds.toString());
        browser.get(base + "/cases/" + person.caseId() + "#chk-checks");
        ConsoleBrowser.screenshot(browser, "case-checks");
        checks = browser.findElement(By.id("chk-checks"));
        open(checks, "Ghi kiểm diện tại trụ sở");
        open(checks, "Ghi lần đến xác minh nơi cư trú");
        ConsoleBrowser.screenshot(browser, "case-checks-forms");
        browser.navigate().refresh();

        // A contact: the not-found visit is already in the log, to follow up.
        WebElement contacts = browser.findElement(By.id("chk-contacts"));
        String log = browser.findElement(By.id("contacts")).getText();
        assertTrue(log.contains("Thăm tại nhà") && log.contains("không gặp") && log.contains("Cần theo dõi"), log);
        open(contacts, "Thêm lần liên hệ");
        ConsoleBrowser.screenshot(browser, "case-contacts-new");
        new Select(browser.findElement(By.id("ct-type"))).selectByVisibleText("Gọi điện");
        typeArea("ct-summary", "Gọi hỏi thăm, đang tìm việc");
        browser.findElement(By.cssSelector("label[for=ct-concern-UNEMPLOYMENT]"))
                .click();
        browser.findElement(By.cssSelector("label[for=ct-followUpNeeded]")).click();
        submit("contact-form");
        log = browser.findElement(By.id("contacts")).getText();
        assertTrue(log.contains("Gọi điện") && log.contains("Gọi hỏi thăm, đang tìm việc"), log);
        assertTrue(log.contains("Không có việc làm") && log.contains("Trần Văn Công"), log);
        JsonNode contactLog = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/contacts")
                .json();
        assertEquals(2, contactLog.size(), contactLog::toString);
        JsonNode call =
                contactLog.get(0).get("type").asText().equals("PHONE_CALL") ? contactLog.get(0) : contactLog.get(1);
        assertEquals("UNEMPLOYMENT", call.get("concerns").get(0).asText(), call::toString);
        assertTrue(call.get("followUpNeeded").asBoolean());
        ConsoleBrowser.screenshot(browser, "case-contacts");

        // A referral to the open job; the person accepts on the phone; the officer sends it on.
        WebElement referrals = browser.findElement(By.id("chk-referrals"));
        open(referrals, "Giới thiệu mới");
        ConsoleBrowser.screenshot(browser, "case-referrals-new");
        new Select(browser.findElement(By.id("rf-opportunityId"))).selectByValue(opportunityId);
        typeArea("rf-note", "Đã hỏi ý kiến gia đình");
        submit("referral-form");
        String made = browser.findElement(By.id("referrals")).getText();
        assertTrue(made.contains(JOB) && made.contains("Đã đề xuất"), made);
        assertTrue(made.contains("Chờ người sau cai đồng ý"), made);
        String referralId = onlyReferral().get("id").asText();
        ApiResponse accepted = api.post(
                person.token(),
                "/api/v1/referrals/" + referralId + "/steps",
                Map.of("status", "ACCEPTED", "date", today.toString(), "sharedFields", List.of("FULL_NAME", "PHONE")));
        assertEquals(200, accepted.status(), accepted::toString);
        browser.navigate().refresh();
        Select next = new Select(browser.findElement(By.id("rs-" + referralId + "-status")));
        List<String> offered =
                next.getOptions().stream().map(WebElement::getText).toList();
        assertEquals(List.of("— Chọn —", "Đã gửi đến nơi tiếp nhận", "Đã rút lại"), offered);
        // Nothing chosen: refused next to the field, the referral unchanged.
        submit("step-form-" + referralId);
        WebElement noStep = browser.findElement(By.id("rs-" + referralId + "-status-error"));
        assertTrue(noStep.getText().contains("không được để trống"), noStep.getText());
        assertEquals("ACCEPTED", onlyReferral().get("status").asText());
        next = new Select(browser.findElement(By.id("rs-" + referralId + "-status")));
        next.selectByVisibleText("Đã gửi đến nơi tiếp nhận");
        typeArea("rs-" + referralId + "-note", "Đã gửi phiếu cho chị Mai");
        submit("step-form-" + referralId);
        String moved = browser.findElement(By.id("referral-" + referralId)).getText();
        assertTrue(moved.contains("Đã gửi đến nơi tiếp nhận") && moved.contains("Đã gửi phiếu cho chị Mai"), moved);
        assertTrue(moved.contains("Người sau cai đồng ý"), "the steps so far: " + moved);
        assertEquals("SENT", onlyReferral().get("status").asText());
        ConsoleBrowser.screenshot(browser, "case-referrals");

        // Every referral of the commune, on /referrals and in its download.
        WebElement nav = browser.findElement(By.linkText("Giới thiệu việc làm"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertEquals(
                "page",
                browser.findElement(By.cssSelector("nav a[href='/referrals']")).getAttribute("aria-current"));
        WebElement row = browser.findElement(By.linkText(PERSON)).findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.getText().contains(JOB) && row.getText().contains("Đã gửi đến nơi tiếp nhận"), row.getText());
        assertTrue(row.getText().contains(DMY.format(today)), row.getText());
        assertEquals(
                base + "/cases/" + person.caseId() + "#chk-referrals",
                browser.findElement(By.linkText(PERSON)).getAttribute("href"));
        ConsoleBrowser.screenshot(browser, "referrals");
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Đã được nhận (có việc làm)");
        WebElement show = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        ConsoleBrowser.submit(browser, show, show::click);
        assertFalse(browser.getPageSource().contains(PERSON), "filtered out");
        browser.get(base + "/referrals?status=SENT");
        assertTrue(browser.getPageSource().contains(PERSON));
        assertTrue(browser.findElement(By.id("download")).getAttribute("href").endsWith("/referrals.xlsx?status=SENT"));

        HttpResponse<byte[]> xlsx = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/referrals.xlsx"))
                        .header("Cookie", "dh_console=" + session())
                        .header("Accept-Language", "vi")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals(
                ConsoleSheet.XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Người sau cai", header.getCell(0).getStringCellValue());
            assertEquals("Tình trạng", header.getCell(4).getStringCellValue());
            assertEquals("Từ ngày", header.getCell(5).getStringCellValue());
            Row r = null;
            for (Row each : sheet) {
                if (each.getRowNum() > 0 && PERSON.equals(each.getCell(0).getStringCellValue())) {
                    r = each;
                }
            }
            assertNotNull(r, "the referral's row");
            assertEquals(PERSON, r.getCell(0).getStringCellValue());
            assertEquals(JOB, r.getCell(1).getStringCellValue());
            assertEquals("Việc làm", r.getCell(3).getStringCellValue());
            assertEquals("Đã gửi đến nơi tiếp nhận", r.getCell(4).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r.getCell(5)), "a real date cell");
            assertEquals(today, r.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(0, (int) r.getCell(6).getNumericCellValue());
        }
    }

    @Test
    void anOfficerOfAnotherCommuneGetsNotFoundOnTheCasesRecordRoutesAndSeesNoReferral() throws Exception {
        String caseId =
                w.registerCase("officerA", w.communeA, "Lò Văn Xa").get("id").asText();
        ApiResponse referred = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "opportunityId", opportunityId));
        assertEquals(201, referred.status(), referred::toString);
        String referralId = referred.json().get("id").asText();

        signIn("officerB");
        browser.get(base + "/cases/" + caseId);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Lò Văn Xa"));
        browser.get(base + "/referrals");
        assertFalse(browser.getPageSource().contains("Lò Văn Xa"), "not on another commune's list");
        assertFalse(browser.getPageSource().contains(JOB));
        assertTrue(browser.getPageSource().contains("Không có lần giới thiệu nào"));

        // An address of a record form, opened as a page, leads to the case page: "not found" too.
        browser.get(base + "/cases/" + caseId + "/drug-tests");
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        String session = session();
        String csrf = browser.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
        String routes = "/cases/" + caseId;
        Map<String, Map<String, String>> forms = new HashMap<>();
        forms.put(
                routes + "/drug-tests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "testedOn",
                        "01/11/2026",
                        "result",
                        "NEGATIVE",
                        "testedBy",
                        "x"));
        forms.put(routes + "/office-presence", Map.of("id", UUID.randomUUID().toString(), "occurredAt", now()));
        forms.put(
                routes + "/residence-checks",
                Map.of("id", UUID.randomUUID().toString(), "occurredAt", now(), "found", "no"));
        forms.put(
                routes + "/contacts",
                Map.of("id", UUID.randomUUID().toString(), "occurredAt", now(), "type", "PHONE_CALL", "summary", "x"));
        forms.put(routes + "/referrals", Map.of("id", UUID.randomUUID().toString(), "opportunityId", opportunityId));
        forms.put(routes + "/referrals/" + referralId + "/steps", Map.of("status", "WITHDRAWN", "date", "01/12/2026"));
        for (var route : forms.entrySet()) {
            Map<String, String> body = new HashMap<>(route.getValue());
            body.put("_csrf", csrf);
            HttpResponse<String> answer = post(route.getKey(), session, body);
            assertEquals(404, answer.statusCode(), route.getKey() + ": " + answer.body());
            assertTrue(answer.body().contains("Không tìm thấy"), route.getKey());
            assertFalse(answer.body().contains("Lò Văn Xa"), route.getKey());
        }
        String token = w.token("officerA");
        String api1 = "/api/v1/cases/" + caseId;
        assertEquals(0, api.get(token, api1 + "/drug-tests").json().size(), "nothing written");
        assertEquals(0, api.get(token, api1 + "/checkins").json().get("items").size());
        assertEquals(0, api.get(token, api1 + "/contacts").json().size());
        JsonNode referrals = api.get(token, api1 + "/referrals").json();
        assertEquals(1, referrals.size(), referrals::toString);
        assertEquals("PROPOSED", referrals.get(0).get("status").asText());
    }

    private static JsonNode drugTests() {
        ApiResponse r = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/drug-tests");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static JsonNode onlyReferral() {
        JsonNode list = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/referrals")
                .json();
        assertEquals(1, list.size(), list::toString);
        return list.get(0);
    }

    private static String now() {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(java.time.LocalDateTime.now(CLOCK.withZone(ZONE)));
    }

    /** Opens a section's "new record" disclosure by its summary, as a keyboard user would (Enter). */
    private static void open(WebElement section, String summary) {
        WebElement s = section.findElement(By.xpath(".//summary[normalize-space()='" + summary + "']"));
        if (s.findElement(By.xpath("..")).getAttribute("open") == null) {
            s.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void typeArea(String id, String text) {
        type(id, text);
    }

    private static void submit(String formId) {
        WebElement button = browser.findElement(By.cssSelector("#" + formId + " button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
    }

    private static String session() {
        var cookie = browser.manage().getCookieNamed("dh_console");
        assertNotNull(cookie, "signed in");
        return cookie.getValue();
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (var e : form.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", "dh_console=" + session)
                        .header("Accept-Language", "vi")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
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
