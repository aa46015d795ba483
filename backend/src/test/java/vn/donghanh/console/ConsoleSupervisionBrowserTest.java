package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The officer supervises a case from its page, in a real browser: assigns a mentor with each
 * mentor's load in view (a full one is refused next to the field), sets a weekly check-in plan
 * from plain choices and reads it back in words while the API holds the RRULE, changes it, adds
 * and cancels appointments, and downloads the case's check-ins as {@code .xlsx}; an officer of
 * another commune gets "not found" on every one of these addresses.
 */
class ConsoleSupervisionBrowserTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static World w;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        // Đỗ Thị Phụ Nữ (mentorA2) already helps two persons: the limit.
        for (String name : new String[] {"Lý Văn Một", "Lý Văn Hai"}) {
            String id = w.registerCase("officerA", w.communeA, name).get("id").asText();
            assign(id, "mentorA2");
        }
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
    void theOfficerAssignsAMentorSeeingEachMentorsLoad() {
        String caseId = w.registerCase("officerA", w.communeA, "Trịnh Văn Giúp")
                .get("id")
                .asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        assertEquals(
                "Chưa phân công người giúp đỡ.",
                browser.findElement(By.cssSelector("#mentor .none")).getText());
        Select mentors = new Select(browser.findElement(By.id("mentorId")));
        assertEquals(
                "mentorId",
                browser.findElement(By.cssSelector("label[for=mentorId]")).getAttribute("for"));
        String full = optionText(mentors, w.id("mentorA2"));
        assertTrue(full.contains("Đỗ Thị Phụ Nữ") && full.contains("đã đủ 2/2"), full);
        String free = optionText(mentors, w.id("mentorA3"));
        assertTrue(free.contains("Hoàng Văn Đoàn") && free.contains("đang giúp 0/2"), free);
        assertFalse(browser.getPageSource().contains("Mentor Khác"), "another province's mentor is not offered");

        // The full mentor: the service's refusal, next to the field.
        mentors.selectByValue(w.id("mentorA2"));
        submit("#mentor-assign button[type=submit]");
        String refusal = browser.findElement(By.id("mentorId-error")).getText();
        assertTrue(refusal.contains("Đỗ Thị Phụ Nữ") && refusal.contains("giới hạn là 2"), refusal);
        assertEquals("mentorId-error", browser.findElement(By.id("mentorId")).getAttribute("aria-describedby"));
        String capacity = browser.findElement(By.id("mentor-capacity")).getText();
        assertTrue(
                capacity.contains("Đỗ Thị Phụ Nữ") && capacity.contains("2/2 người") && capacity.contains("Đã đủ"),
                capacity);
        assertTrue(capacity.contains("Hội Phụ nữ xã A"), "the mentor's organisation: " + capacity);
        scrollTo("h-mentor");
        ConsoleBrowser.screenshot(browser, "case-mentor");
        assertTrue(noMentor(caseId), "nothing was assigned");

        new Select(browser.findElement(By.id("mentorId"))).selectByValue(w.id("mentorA3"));
        submit("#mentor-assign button[type=submit]");
        assertTrue(browser.getCurrentUrl().startsWith(base + "/cases/" + caseId), browser.getCurrentUrl());
        String current = browser.findElement(By.id("mentor-current")).getText();
        assertTrue(current.contains("Hoàng Văn Đoàn"), current);
        assertTrue(current.contains("từ " + DMY.format(today())), current);
        JsonNode detail =
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId).json();
        assertEquals("Hoàng Văn Đoàn", detail.path("mentor").path("displayName").asText(), detail::toString);
        String phone = detail.path("mentor").path("phone").asText();
        assertTrue(!phone.isEmpty() && current.contains(phone), "the mentor's phone: " + current);
        scrollTo("h-mentor");
        ConsoleBrowser.screenshot(browser, "case-mentor-assigned");

        // Ending it, with a reason.
        browser.findElement(By.id("reason")).sendKeys("Người giúp đỡ chuyển công tác");
        submit("#mentor-current button[type=submit]");
        assertEquals(
                "Chưa phân công người giúp đỡ.",
                browser.findElement(By.cssSelector("#mentor .none")).getText());
        assertTrue(browser.findElement(By.id("mentor-history")).getText().contains("Người giúp đỡ chuyển công tác"));
        assertTrue(noMentor(caseId));
    }

    @Test
    void theOfficerSetsAWeeklyPlanOnMondayFromPlainChoices() {
        String caseId = w.registerCase("officerA", w.communeA, "Vương Văn Kế Hoạch")
                .get("id")
                .asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        assertEquals(
                "Chưa có kế hoạch trình báo nào.",
                browser.findElement(By.cssSelector("#plans .none")).getText());

        // Weekly with no day chosen: said next to the days, nothing stored.
        new Select(browser.findElement(By.id("plan-kind"))).selectByVisibleText("Tự báo cáo qua điện thoại");
        new Select(browser.findElement(By.id("plan-freq"))).selectByVisibleText("Theo tuần");
        submit("#plan-new button[type=submit]");
        assertEquals(
                "Chọn ít nhất một thứ trong tuần.",
                browser.findElement(By.id("weekdays-error")).getText());
        assertEquals(0, plans(caseId).size());

        browser.findElement(By.cssSelector("label[for=plan-day-MO]")).click();
        WebElement from = browser.findElement(By.id("plan-from"));
        from.clear();
        from.sendKeys(DMY.format(today()));
        submit("#plan-new button[type=submit]");
        String list = browser.findElement(By.id("plan-list")).getText();
        assertTrue(list.contains("Hằng tuần vào thứ Hai"), list);
        assertTrue(list.contains("Tự báo cáo qua điện thoại"), list);
        assertTrue(list.contains("từ " + DMY.format(today())), list);
        assertFalse(browser.getPageSource().contains("FREQ="), "never the raw RRULE on the page");
        JsonNode stored = plans(caseId);
        assertEquals(1, stored.size(), stored::toString);
        assertEquals("FREQ=WEEKLY;BYDAY=MO", stored.get(0).get("rrule").asText());
        assertEquals("SELF_CHECKIN", stored.get(0).get("kind").asText());
        assertEquals(today().toString(), stored.get(0).get("effectiveFrom").asText());

        // Changed from tomorrow on: every 2 weeks on Monday and Thursday; the form starts from the current choices.
        WebElement change = browser.findElement(By.linkText("Thay đổi"));
        ConsoleBrowser.submit(browser, change, change::click);
        assertTrue(browser.findElement(By.id("plan-current")).getText().contains("Hằng tuần vào thứ Hai"));
        assertTrue(browser.findElement(By.id("plan-day-MO")).isSelected(), "Monday, as the plan has it");
        assertEquals(
                "WEEKLY",
                new Select(browser.findElement(By.id("plan-freq")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        browser.findElement(By.cssSelector("label[for=plan-day-TH]")).click();
        WebElement interval = browser.findElement(By.id("plan-interval"));
        interval.clear();
        interval.sendKeys("2");
        WebElement changeFrom = browser.findElement(By.id("plan-from"));
        changeFrom.clear();
        changeFrom.sendKeys(DMY.format(today().plusDays(1)));
        submit("#plan-change button[type=submit]");
        String changed = browser.findElement(By.id("plan-list")).getText();
        assertTrue(changed.contains("Mỗi 2 tuần vào thứ Hai và thứ Năm"), changed);
        assertTrue(changed.contains("Đã thay bằng lịch khác"), changed);
        scrollTo("h-plans");
        ConsoleBrowser.screenshot(browser, "case-plans");
        JsonNode versions = plans(caseId);
        assertEquals(2, versions.size(), versions::toString);
        assertEquals(
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
                versions.get(1).get("rrule").asText());
        assertEquals(
                versions.get(0).get("seriesId").asText(),
                versions.get(1).get("seriesId").asText());
    }

    @Test
    void theOfficerAddsAnAppointmentAndARepeatingOneAndCancelsOne() {
        String caseId = w.registerCase("officerA", w.communeA, "Mai Văn Lịch Hẹn")
                .get("id")
                .asText();
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        LocalDate tomorrow = today().plusDays(1);
        new Select(browser.findElement(By.id("appt-type"))).selectByVisibleText("Tư vấn");
        new Select(browser.findElement(By.id("appt-place"))).selectByVisibleText("Công an xã A");
        WebElement date = browser.findElement(By.id("appt-date"));
        date.clear();
        date.sendKeys(DMY.format(tomorrow));
        WebElement time = browser.findElement(By.id("appt-time"));
        time.clear();
        time.sendKeys("9:30");
        browser.findElement(By.id("appt-note")).sendKeys("Mang theo sổ theo dõi");
        submit("#appointment-new button[type=submit]");
        String upcoming = browser.findElement(By.id("appointments-upcoming")).getText();
        assertTrue(upcoming.contains(DMY.format(tomorrow)) && upcoming.contains("09:30"), upcoming);
        assertTrue(upcoming.contains("Tư vấn") && upcoming.contains("Công an xã A"), upcoming);
        assertTrue(upcoming.contains("Một lần") && upcoming.contains("Mang theo sổ theo dõi"), upcoming);

        // A weekly drug test on tomorrow's weekday: the same plain words as the plans.
        String day = code(tomorrow.getDayOfWeek());
        new Select(browser.findElement(By.id("appt-type"))).selectByVisibleText("Xét nghiệm ma túy");
        new Select(browser.findElement(By.id("appt-place"))).selectByVisibleText("Công an xã A");
        WebElement date2 = browser.findElement(By.id("appt-date"));
        date2.clear();
        date2.sendKeys(DMY.format(tomorrow));
        WebElement time2 = browser.findElement(By.id("appt-time"));
        time2.clear();
        time2.sendKeys("14:00");
        new Select(browser.findElement(By.id("appt-freq"))).selectByVisibleText("Theo tuần");
        browser.findElement(By.cssSelector("label[for=appt-day-" + day + "]")).click();
        submit("#appointment-new button[type=submit]");
        String both = browser.findElement(By.id("appointments-upcoming")).getText();
        String words = "Hằng tuần vào " + weekdayWords(tomorrow.getDayOfWeek());
        assertTrue(both.contains("Xét nghiệm ma túy") && both.contains(words), both);
        assertFalse(browser.getPageSource().contains("FREQ="), "never the raw RRULE on the page");
        JsonNode listed = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/appointments")
                .json();
        assertTrue(listed.size() >= 2, listed::toString);

        // Cancelling the one-off.
        WebElement row =
                browser.findElement(By.xpath("//table[@id='appointments-upcoming']//tr[contains(., 'Tư vấn')]"));
        WebElement cancel = row.findElement(By.xpath(".//button[normalize-space()='Hủy buổi này']"));
        ConsoleBrowser.submit(browser, cancel, cancel::click);
        WebElement cancelled =
                browser.findElement(By.xpath("//table[@id='appointments-upcoming']//tr[contains(., 'Tư vấn')]"));
        assertTrue(cancelled.getText().contains("Đã hủy"), cancelled::getText);
        scrollTo("h-appointments");
        ConsoleBrowser.screenshot(browser, "case-appointments");
        JsonNode after = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/appointments")
                .json();
        boolean counsellingCancelled = false;
        for (JsonNode o : after) {
            if ("COUNSELLING".equals(o.get("type").asText())) {
                counsellingCancelled = "CANCELLED".equals(o.get("status").asText());
            }
        }
        assertTrue(counsellingCancelled, after::toString);
    }

    @Test
    void appointmentsCancelledBecauseTheCaseEndedSayWhy() {
        String caseId = w.registerCase("officerA", w.communeA, "Lý Văn Kết Thúc")
                .get("id")
                .asText();
        var created = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/appointments",
                java.util.Map.of(
                        "id",
                        java.util.UUID.randomUUID().toString(),
                        "type",
                        "COUNSELLING",
                        "placeId",
                        w.policeA,
                        "startsAt",
                        today().plusDays(2).atTime(10, 0) + ":00",
                        "durationMinutes",
                        60));
        assertEquals(201, created.status(), created::toString);
        var closed = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/status-changes",
                java.util.Map.of(
                        "status", "DECEASED", "reason", "Gia đình báo tin", "effectiveDate", today().toString()));
        assertEquals(201, closed.status(), closed::toString);
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        WebElement row =
                browser.findElement(By.xpath("//table[@id='appointments-upcoming']//tr[contains(., 'Tư vấn')]"));
        assertTrue(row.getText().contains("Đã hủy") && row.getText().contains("(hồ sơ đã kết thúc)"), row::getText);
    }

    @Test
    void theOfficerSeesCheckInsAndComplianceAndDownloadsThemAsXlsx() throws Exception {
        String caseId = w.registerCase("officerA", w.communeA, "Đinh Văn Trình Báo")
                .get("id")
                .asText();
        LocalDate start = today().minusDays(3);
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of(
                        "kind",
                        "OFFICE_PRESENCE",
                        "rrule",
                        "FREQ=WEEKLY;BYDAY=" + code(start.getDayOfWeek()),
                        "effectiveFrom",
                        start.toString()));
        assertEquals(201, plan.status(), plan::toString);
        Instant onTime = start.atTime(10, 0).atZone(ZONE).toInstant();
        Instant late = CLOCK.instant().minus(1, ChronoUnit.HOURS);
        for (Instant at : new Instant[] {onTime, late}) {
            ApiResponse r = api.post(
                    w.token("officerA"),
                    "/api/v1/cases/" + caseId + "/checkins",
                    Map.of("id", UUID.randomUUID().toString(), "kind", "OFFICE_PRESENCE", "occurredAt", at.toString()));
            assertEquals(201, r.status(), r::toString);
        }
        signIn("officerA");
        browser.get(base + "/cases/" + caseId);
        String list = browser.findElement(By.id("checkin-list")).getText();
        assertTrue(list.contains(DMY.format(start)) && list.contains("Kiểm diện tại xã"), list);
        assertTrue(list.contains("Đúng hạn") && list.contains("Trễ hạn"), list);
        assertTrue(list.contains("Trần Văn Công"), "who recorded: " + list);
        String compliance = browser.findElement(By.id("compliance")).getText();
        assertTrue(compliance.contains("Hằng tuần vào " + weekdayWords(start.getDayOfWeek())), compliance);
        String period = "?from=" + today().minusDays(29) + "&to=" + today().plusDays(1);
        JsonNode figure = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/compliance" + period)
                .json()
                .get("plans")
                .get(0);
        assertTrue(
                compliance.contains(figure.get("satisfied").asInt() + " / "
                        + figure.get("expected").asInt()),
                "as the API computes it: " + figure + " / " + compliance);
        assertTrue(figure.get("expected").asInt() >= 1, "the plan's first day is within the 30 days: " + figure);
        String overall = browser.findElement(By.id("compliance-overall")).getText();
        assertTrue(overall.contains(figure.get("percent").asInt() + "%"), overall);
        scrollTo("h-checkins");
        ConsoleBrowser.screenshot(browser, "case-checkins");

        WebElement download = browser.findElement(By.id("checkins-download"));
        assertEquals(base + "/cases/" + caseId + "/checkins.xlsx", download.getAttribute("href"));
        HttpResponse<byte[]> file = getBytes(download.getAttribute("href"), sessionCookie());
        assertEquals(200, file.statusCode());
        assertEquals(
                ConsoleSheet.XLSX, file.headers().firstValue("Content-Type").orElseThrow());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Trình báo", sheet.getSheetName());
            Row head = sheet.getRow(0);
            assertEquals("Ngày", head.getCell(0).getStringCellValue());
            assertEquals("Hình thức", head.getCell(2).getStringCellValue());
            assertEquals("Đúng hạn", head.getCell(3).getStringCellValue());
            assertEquals("Người ghi nhận", head.getCell(4).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "two check-ins");
            // Newest first, as the list: the late one, then the one on time.
            Row oldest = sheet.getRow(2);
            Cell when = oldest.getCell(0);
            assertEquals(CellType.NUMERIC, when.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(when), "a real date cell");
            assertEquals(start, when.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", when.getCellStyle().getDataFormatString());
            assertEquals("Kiểm diện tại xã", oldest.getCell(2).getStringCellValue());
            assertEquals("Đúng hạn", oldest.getCell(3).getStringCellValue());
            assertEquals("Trễ hạn", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Trần Văn Công", oldest.getCell(4).getStringCellValue());
        }
    }

    @Test
    void anOfficerOfAnotherCommuneGetsNotFoundOnEveryAddress() throws Exception {
        String caseId = w.registerCase("officerA", w.communeA, "Phan Thị Ngoài Phạm Vi")
                .get("id")
                .asText();
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=WEEKLY;BYDAY=MO", "effectiveFrom", today().toString()));
        assertEquals(201, plan.status(), plan::toString);
        String planId = plan.json().get("id").asText();
        assertEquals(
                404, api.get(w.token("officerB"), "/api/v1/cases/" + caseId).status(), "the API's scope");

        signIn("officerB");
        for (String path : new String[] {
            "/cases/" + caseId, "/cases/" + caseId + "/plans/" + planId + "/change",
        }) {
            browser.get(base + path);
            assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText(), path);
            assertFalse(browser.getPageSource().contains("Phan Thị Ngoài Phạm Vi"), path);
        }
        String session = sessionCookie();
        HttpResponse<byte[]> sheet = getBytes(base + "/cases/" + caseId + "/checkins.xlsx", session);
        assertEquals(404, sheet.statusCode(), "the check-ins download");
        String csrf = browser.findElement(By.cssSelector("form[action='/sign-out'] input[name=_csrf]"))
                .getAttribute("value");
        Map<String, String> posts = Map.of(
                "/cases/" + caseId + "/mentor",
                "mentorId=" + w.id("mentorA3") + "&startDate=" + DMY.format(today()),
                "/cases/" + caseId + "/plans",
                "kind=SELF_CHECKIN&freq=DAILY&interval=1&effectiveFrom=" + DMY.format(today()),
                "/cases/" + caseId + "/plans/" + planId + "/change",
                "freq=DAILY&interval=1&effectiveFrom=" + DMY.format(today().plusDays(1)),
                "/cases/" + caseId + "/appointments",
                "id=" + UUID.randomUUID() + "&type=COUNSELLING&placeId=" + w.policeA + "&date="
                        + DMY.format(today().plusDays(1)) + "&time=09:00&durationMinutes=60&freq=NONE");
        for (var p : posts.entrySet()) {
            HttpResponse<String> r = post(p.getKey(), session, "_csrf=" + csrf + "&" + p.getValue());
            assertEquals(404, r.statusCode(), p.getKey());
            assertTrue(r.body().contains("Không tìm thấy"), p.getKey());
        }
        assertTrue(noMentor(caseId));
        assertEquals(1, plans(caseId).size(), "no plan added or changed");
        assertEquals(
                0,
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/appointments")
                        .json()
                        .size());
    }

    private static void assign(String caseId, String mentorKey) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/assignments",
                Map.of("mentorId", w.id(mentorKey), "startDate", "2025-03-10"));
        assertEquals(201, r.status(), r::toString);
    }

    private static boolean noMentor(String caseId) {
        JsonNode mentor =
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId).json().path("mentor");
        return mentor.isNull() || mentor.isMissingNode();
    }

    private static JsonNode plans(String caseId) {
        ApiResponse r = api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/checkin-plans");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(ZONE));
    }

    private static String code(DayOfWeek d) {
        return new String[] {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}[d.ordinal()];
    }

    private static String weekdayWords(DayOfWeek d) {
        return new String[] {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"}[d.ordinal()];
    }

    private static String optionText(Select select, String value) {
        return select.getOptions().stream()
                .filter(o -> value.equals(o.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    /** Clicks the form's button and waits for the next page. */
    private static void submit(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        ConsoleBrowser.submit(browser, button, button::click);
    }

    /** Brings a part of the case page to the top, for its screenshot. */
    private static void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView(true);", id);
    }

    private static String sessionCookie() {
        return browser.manage().getCookieNamed("dh_console").getValue();
    }

    private static HttpResponse<byte[]> getBytes(String url, String session) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", "dh_console=" + session)
                        .header("Accept-Language", "vi")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String path, String session, String body)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", "dh_console=" + session)
                        .header("Accept-Language", "vi")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
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
