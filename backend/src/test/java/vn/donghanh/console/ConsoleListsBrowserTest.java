package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.escalation.EscalationJob;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.World;

/**
 * The lists part of the console in a real browser: the case list filtered by mentor, by an overdue
 * check-in and by "due for completion", sorted by name, downloaded whole as .xlsx and read back;
 * a help request taken and resolved from "Hôm nay" (the API then shows it resolved); the case
 * page's reminders with their delivery state and who accessed the record (the officer's own view
 * in it); another commune's officer sees none of it; a page printed to PDF without its frame.
 */
class ConsoleListsBrowserTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final String LATE = "Hoàng Văn Trễ Hẹn";
    private static final String DUE = "Bùi Thị Hết Hạn";
    private static final String REMINDED = "Đặng Văn Nhắc Lịch";

    private static World w;
    private static World.Person late;
    private static String dueCase;
    private static World.Person reminded;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        LocalDate today = LocalDate.now(CLOCK.withZone(VN));

        // Overdue (a daily self check-in for five days, none done), with mentor A1, and a help request.
        late = w.activatedPerson(LATE, "mentorA1");
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + late.caseId() + "/checkin-plans",
                Map.of(
                        "kind",
                        "SELF_CHECKIN",
                        "rrule",
                        "FREQ=DAILY",
                        "effectiveFrom",
                        today.minusDays(5).toString()));
        assertEquals(201, plan.status(), plan::toString);
        ApiResponse asked = api.post(
                late.token(),
                "/api/v1/cases/" + late.caseId() + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CONFLICT"));
        assertEquals(201, asked.status(), asked::toString);
        // The escalation scan raises the overdue alert, as its schedule would.
        bean(EscalationJob.class).runOnce();

        // Voluntary rehab from 10/03/2025: one year, so due for completion; no mentor.
        Map<String, Object> body = World.caseBody(w.communeA, DUE);
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("dateOfBirth", "1985-01-02");
        dueCase = w.registerCase("officerA", body).get("id").asText();

        // A methadone dose 31 minutes from now, with mentor A2: its half-hour reminder fires in a minute.
        reminded = w.activatedPerson(REMINDED, "mentorA2");
        String clinic = w.org("Cơ sở điều trị Methadone Đồng Hỷ", "METHADONE_CLINIC", w.communeA);
        LocalDateTime starts =
                LocalDateTime.now(CLOCK.withZone(VN)).plusMinutes(31).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> appointment = new HashMap<>(Map.of(
                "id",
                UUID.randomUUID().toString(),
                "type",
                "METHADONE_DOSE",
                "placeId",
                clinic,
                "startsAt",
                starts.toString() + ":00",
                "durationMinutes",
                30));
        ApiResponse made =
                api.post(w.token("officerA"), "/api/v1/cases/" + reminded.caseId() + "/appointments", appointment);
        assertEquals(201, made.status(), made::toString);
        ApiResponse craving = api.post(
                reminded.token(),
                "/api/v1/cases/" + reminded.caseId() + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CRAVING"));
        assertEquals(201, craving.status(), craving::toString);
        CLOCK.advance(Duration.ofMinutes(2));
        bean(ReminderService.class).runOnce();

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
    void theCaseListFiltersByMentorOverdueAndDueAndSortsByName() {
        signIn("officerA");
        browser.get(base + "/cases");
        List<String> ascending = names();
        assertEquals(3, ascending.size(), ascending::toString);

        // By mentor: the select lists the commune's mentors by name.
        new Select(browser.findElement(By.id("mentor"))).selectByVisibleText("Nguyễn Thanh Niên");
        find();
        assertEquals(List.of(LATE), names());
        assertTrue(browser.getCurrentUrl().contains("mentor=" + w.id("mentorA1")), browser.getCurrentUrl());
        new Select(browser.findElement(By.id("mentor"))).selectByVisibleText("Chưa có người giúp đỡ");
        find();
        assertEquals(List.of(DUE), names());

        // Overdue: only the person with a check-in overdue; the other filters cleared first.
        browser.get(base + "/cases");
        browser.findElement(By.id("overdue")).click();
        find();
        assertEquals(List.of(LATE), names());
        assertTrue(browser.findElement(By.id("overdue")).isSelected(), "the box stays ticked");
        ConsoleBrowser.screenshot(browser, "cases-filtered");

        // Due for completion: the one-year case that ended on 10/03/2026.
        browser.get(base + "/cases");
        browser.findElement(By.id("due")).click();
        find();
        assertEquals(List.of(DUE), names());
        assertTrue(browser.findElement(By.id("cases")).getText().contains("10/03/2026"), "planned end dd/MM/yyyy");

        // Sort by name: the header link turns the order round and says so (aria-sort).
        browser.get(base + "/cases");
        WebElement nameHeader = browser.findElement(By.cssSelector("#cases thead th:first-child"));
        assertEquals("ascending", nameHeader.getAttribute("aria-sort"));
        WebElement link = nameHeader.findElement(By.tagName("a"));
        ConsoleBrowser.submit(browser, link, link::click);
        assertEquals(
                "descending",
                browser.findElement(By.cssSelector("#cases thead th:first-child"))
                        .getAttribute("aria-sort"));
        List<String> descending = names();
        List<String> reversed = new ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);
        // Sorting by date of birth keeps the filter: 1985 comes before 1990.
        browser.get(base + "/cases?sort=DATE_OF_BIRTH");
        assertEquals(DUE, names().get(0));
        assertEquals(
                "ascending",
                browser.findElement(By.cssSelector("#cases thead th:nth-child(2)"))
                        .getAttribute("aria-sort"));
    }

    @Test
    void theFilteredListDownloadsWholeWithVietnameseHeadersAndDateCells() throws Exception {
        signIn("officerA");
        browser.get(base + "/cases?mentor=none");
        String href = browser.findElement(By.linkText("Tải danh sách về Excel (.xlsx)"))
                .getAttribute("href");
        assertTrue(href.startsWith(base + "/cases.xlsx?") && href.contains("mentor=none"), href);
        HttpResponse<byte[]> filtered = download(href.substring(base.length()), session());
        assertEquals(200, filtered.statusCode());
        assertEquals(
                ConsoleSheet.XLSX, filtered.headers().firstValue("Content-Type").orElse(""));
        List<List<Object>> rows = read(filtered.body());
        assertEquals(
                List.of(
                        "Họ và tên",
                        "Ngày sinh",
                        "Tình trạng",
                        "Người giúp đỡ",
                        "Ngày bắt đầu quản lý",
                        "Ngày hết hạn quản lý"),
                rows.get(0));
        assertEquals(
                List.of(
                        DUE,
                        LocalDate.of(1985, 1, 2),
                        "Đang quản lý",
                        "Chưa phân công",
                        LocalDate.of(2025, 3, 10),
                        LocalDate.of(2026, 3, 10)),
                rows.get(1));
        assertEquals(2, rows.size(), rows::toString);

        // The whole list: the three cases of commune A, and nobody else's.
        List<List<Object>> all = read(download("/cases.xlsx", session()).body());
        assertEquals(4, all.size(), all::toString);
        assertEquals(
                List.of(DUE, REMINDED, LATE).stream().sorted().toList(),
                all.subList(1, 4).stream().map(r -> (String) r.get(0)).sorted().toList());
    }

    @Test
    void anOfficerOfAnotherCommuneSeesNoneOfThem() throws Exception {
        signIn("officerB");
        List<List<Object>> rows = read(download("/cases.xlsx", session()).body());
        assertEquals(1, rows.size(), "only the header row: " + rows);
        List<List<Object>> overdue = read(download("/overdue.xlsx", session()).body());
        assertEquals(1, overdue.size(), overdue::toString);
        browser.get(base + "/cases");
        assertFalse(browser.getPageSource().contains(LATE));
        browser.get(base + "/cases/" + late.caseId());
        assertEquals("404", status("/cases/" + late.caseId()));
        browser.get(base + "/");
        assertFalse(browser.getPageSource().contains(LATE), "nor their help request");

        // Taking officer A's help request from officer B's session: not found, nothing taken.
        String csrf = csrfOf(session());
        String other = help(reminded.caseId()).get("id").asText();
        HttpResponse<String> take = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/today/help/" + other + "/take"))
                        .header("Cookie", "dh_console=" + session())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "vi")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, take.statusCode(), take::body);
        JsonNode untouched = help(reminded.caseId());
        assertTrue(
                untouched.path("acknowledgedAt").isMissingNode()
                        || untouched.get("acknowledgedAt").isNull(),
                untouched::toString);
    }

    @Test
    void aHelpRequestIsTakenAndResolvedFromToday() {
        signIn("officerA");
        WebElement row = helpRow();
        assertTrue(row.getText().contains("Chưa ai nhận"), row.getText());
        // The overdue row's next step is the case page's check-ins.
        WebElement record =
                browser.findElement(By.id("overdue")).findElement(By.linkText("Ghi nhận trình diện, báo cáo"));
        assertEquals(base + "/cases/" + late.caseId() + "#checkins", record.getAttribute("href"));
        WebElement complete = browser.findElement(By.id("completion")).findElement(By.linkText("Hoàn thành hồ sơ"));
        assertEquals(base + "/cases/" + dueCase + "#actions", complete.getAttribute("href"));

        WebElement take = row.findElement(By.cssSelector("button.take"));
        ConsoleBrowser.submit(browser, take, take::click);
        row = helpRow();
        assertTrue(row.getText().contains("Đã có người nhận"), row.getText());
        assertTrue(row.findElements(By.cssSelector("button.take")).isEmpty(), "taken once");
        assertEquals(w.id("officerA"), help().get("acknowledgedBy").asText());
        WebElement note = row.findElement(By.cssSelector("input[name=note]"));
        assertEquals(
                "Kết quả xử lý",
                browser.findElement(By.cssSelector("label[for='" + note.getAttribute("id") + "']"))
                        .getText());
        note.sendKeys("Đã đến nhà, hai bên đã hoà giải");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        ConsoleBrowser.screenshot(browser, "today-actions");
        WebElement resolve = row.findElement(By.cssSelector("button.resolve"));
        ConsoleBrowser.submit(browser, resolve, resolve::click);
        assertTrue(browser.findElements(By.id("help-" + helpId())).isEmpty(), "a resolved request leaves the list");

        JsonNode resolved = help();
        assertFalse(resolved.get("resolvedAt").isNull(), resolved::toString);
        assertEquals(
                "Đã đến nhà, hai bên đã hoà giải",
                resolved.get("resolutionNote").asText());
    }

    @Test
    void aResolutionWithoutANoteIsRefusedNextToTheField() throws Exception {
        signIn("officerA");
        String other = help(reminded.caseId()).get("id").asText();
        HttpResponse<String> refused = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/today/help/" + other + "/resolve"))
                        .header("Cookie", "dh_console=" + session())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "vi")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrfOf(session()) + "&note=+"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("id=\"note-" + other + "-error\""), refused::body);
        assertTrue(
                help(reminded.caseId()).path("resolvedAt").isMissingNode()
                        || help(reminded.caseId()).get("resolvedAt").isNull(),
                "nothing resolved");
    }

    @Test
    void anOverdueAlertIsAcknowledgedFromToday() {
        signIn("officerA");
        WebElement row = browser.findElement(By.id("alerts"))
                .findElement(By.linkText(LATE))
                .findElement(By.xpath("./ancestor::tr"));
        WebElement take = row.findElement(By.cssSelector("td.actions button"));
        assertEquals("Nhận xử lý", take.getText());
        ConsoleBrowser.submit(browser, take, take::click);
        row = browser.findElement(By.id("alerts"))
                .findElement(By.linkText(LATE))
                .findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.getText().contains("Đã có người xử lý lúc"), row.getText());
        JsonNode alert = Pages.all(api, w.token("officerA"), "/api/v1/alerts").stream()
                .filter(a -> late.caseId().equals(a.get("caseId").asText()))
                .findFirst()
                .orElseThrow();
        assertEquals("ACKNOWLEDGED", alert.get("firstActionKind").asText(), alert::toString);
    }

    @Test
    void theCasePageShowsRemindersWithDeliveryAndWhoAccessedTheRecord() {
        signIn("officerA");
        browser.get(base + "/cases/" + reminded.caseId());
        WebElement reminders = browser.findElement(By.id("reminders-table"));
        String text = reminders.getText();
        assertTrue(text.contains("(sắp tới)"), text);
        assertTrue(
                text.contains("Đang chờ gửi") || text.contains("Đã gửi đến") || text.contains("Đang gửi"),
                "the delivery state in words: " + text);
        assertTrue(text.matches("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), text);
        scrollTo("reminders");
        ConsoleBrowser.screenshot(browser, "case-reminders");

        WebElement access = browser.findElement(By.id("access-log"));
        WebElement first = access.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Xem hồ sơ"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(access.getText()));
        assertTrue(first.getText().contains("Trần Văn Công") && first.getText().contains("Cán bộ xã"), first.getText());
        scrollTo("access");
        ConsoleBrowser.screenshot(browser, "case-access");

        // The person's own access log (the API's /me/access-log) has the same view.
        List<JsonNode> log = Pages.all(api, reminded.token(), "/api/v1/me/access-log");
        assertTrue(
                log.stream()
                        .anyMatch(e -> "CASE_READ".equals(e.get("action").asText())
                                && "Trần Văn Công".equals(e.get("actorName").asText())),
                log::toString);
    }

    @Test
    void aListPrintsWithoutItsFrameAndWithFullWidthTables() throws Exception {
        signIn("officerA");
        browser.get(base + "/cases");
        Pdf pdf = browser.print(new PrintOptions());
        byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        Files.createDirectories(ConsoleBrowser.SCREENSHOTS);
        Path file = ConsoleBrowser.SCREENSHOTS.resolve("print-cases.pdf");
        Files.write(file, bytes);
        // The PNG to look at, where poppler's pdftoppm is installed (the PDF is kept either way).
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            Process p = new ProcessBuilder(
                            "/usr/bin/pdftoppm",
                            "-png",
                            "-r",
                            "60",
                            "-singlefile",
                            file.toString(),
                            ConsoleBrowser.SCREENSHOTS.resolve("print-cases").toString())
                    .redirectErrorStream(true)
                    .start();
            assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        }
        // What print hides, asked of the page itself under print media.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.cssSelector("header.top")).isDisplayed(), "no nav in print");
            assertFalse(browser.findElement(By.cssSelector("form.filters")).isDisplayed(), "no forms in print");
            assertTrue(browser.findElement(By.id("cases")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void todayPagesPastTheFirstRowsOfAList() {
        signIn("officerA");
        browser.get(base + "/?list=completion");
        assertEquals(1, browser.findElements(By.cssSelector("section.panel")).size(), "that list alone");
        assertTrue(browser.findElement(By.id("completion")).getText().contains(DUE));
        assertFalse(browser.findElements(By.linkText("← Về trang Hôm nay")).isEmpty());
    }

    @Test
    void everySortPagesThroughEveryCaseOnceInItsOrder() {
        Caller officer = new Caller(
                w.id("officerA"),
                Role.OFFICER,
                "Trần Văn Công",
                w.communeA,
                bean(AdminUnitService.class).require(w.communeA, "unit").path(),
                null,
                null,
                "127.0.0.1");
        CaseService cases = bean(CaseService.class);
        for (CaseQueries.SortBy sort : CaseQueries.SortBy.values()) {
            for (boolean desc : List.of(false, true)) {
                CaseQueries.CaseSearch search =
                        new CaseQueries.CaseSearch(null, null, false, null, false, null, sort, desc, null, 50);
                List<String> whole = cases.search(officer, search).items().stream()
                        .map(r -> r.summary().fullName())
                        .toList();
                List<String> paged = new ArrayList<>();
                String cursor = null;
                do {
                    var page = cases.search(officer, search.withCursor(cursor, 1));
                    page.items().forEach(r -> paged.add(r.summary().fullName()));
                    cursor = page.nextCursor();
                } while (cursor != null);
                assertEquals(3, whole.size(), sort + " " + desc);
                assertEquals(whole, paged, sort + (desc ? " descending" : " ascending"));
            }
        }
        // Descending by date of birth: 1990 before 1985.
        var byBirth = cases.search(
                officer,
                new CaseQueries.CaseSearch(
                        null, null, false, null, false, null, CaseQueries.SortBy.DATE_OF_BIRTH, true, null, 50));
        assertEquals(DUE, byBirth.items().get(2).summary().fullName());
    }

    @Test
    void countsAreWrittenAsVietnameseOfficesWriteThem() {
        assertEquals("1.234.567", ConsoleFormat.number(1_234_567, ConsoleMessages.VI));
        assertEquals("1,234,567", ConsoleFormat.number(1_234_567, ConsoleMessages.EN));
        assertEquals("12", ConsoleFormat.number(12, ConsoleMessages.VI));
    }

    private static void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static void find() {
        WebElement find = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        ConsoleBrowser.submit(browser, find, find::click);
    }

    private static List<String> names() {
        if (browser.findElements(By.id("cases")).isEmpty()) {
            return List.of();
        }
        return browser.findElements(By.cssSelector("#cases tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static WebElement helpRow() {
        return browser.findElement(By.id("help-" + helpId()));
    }

    private static String helpId() {
        return help().get("id").asText();
    }

    private static JsonNode help() {
        return help(late.caseId());
    }

    private static JsonNode help(String caseId) {
        ApiResponse list = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/help-requests");
        assertEquals(200, list.status(), list::toString);
        return list.json().get("items").get(0);
    }

    private static String session() {
        return browser.manage().getCookieNamed("dh_console").getValue();
    }

    private static String status(String path) throws IOException, InterruptedException {
        return Integer.toString(HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Cookie", "dh_console=" + session())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode());
    }

    private static String csrfOf(String session) throws IOException, InterruptedException {
        String page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/"))
                                .header("Cookie", "dh_console=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static HttpResponse<byte[]> download(String path, String session) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", "dh_console=" + session)
                        .header("Accept-Language", "vi")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body()));
        return r;
    }

    /** Every row of the first sheet: text as text, date cells as dates, numbers as longs. */
    private static List<List<Object>> read(byte[] xlsx) throws IOException {
        List<List<Object>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell c = row.getCell(i);
                    if (c == null) {
                        values.add(null);
                    } else if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                        assertNotNull(c.getCellStyle().getDataFormatString());
                        assertTrue(c.getCellStyle().getDataFormatString().startsWith("dd/mm/yyyy"));
                        values.add(c.getLocalDateTimeCellValue().toLocalDate());
                    } else if (c.getCellType() == CellType.NUMERIC) {
                        values.add((long) c.getNumericCellValue());
                    } else {
                        values.add(c.getStringCellValue());
                    }
                }
                out.add(values);
            }
        }
        return out;
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
