package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The provincial supervisor's "Giám sát" in a real browser: their province with the same figures the
 * API's commune summary gives, drilled down through a district to a commune and back by the
 * breadcrumbs, the server-drawn trend chart with its table, the table as .xlsx — and never a
 * person's name. An officer is refused; a unit of another province is "not found".
 */
class ConsoleSupervisorBrowserTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> NAMES = List.of("Vương Thị Giám Một", "Vương Văn Giám Hai", "Vương Thị Huyện Ba");
    private static World w;
    private static String district;
    private static String communeE;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        // A legacy district with a commune of its own below the province, beside communes A and B.
        district = w.unit("D", "Huyện Cũ " + w.tag, "DISTRICT", w.province);
        communeE = w.unit("E", "Xã Trong Huyện " + w.tag, "COMMUNE", district);
        String policeE = w.org("Công an xã E", "COMMUNE_POLICE", communeE);
        w.account("officerE", "OFFICER", communeE, policeE, "Cán Bộ Xã E");

        String a =
                w.registerCase("officerA", w.communeA, NAMES.get(0)).get("id").asText();
        String b =
                w.registerCase("officerA", w.communeA, NAMES.get(1)).get("id").asText();
        w.registerCase("officerE", communeE, NAMES.get(2));
        LocalDate today = LocalDate.now(CLOCK.withZone(ZONE));
        LocalDate from = today.minusDays(27).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (String id : List.of(a, b)) {
            ApiResponse plan = api.post(
                    w.token("officerA"),
                    "/api/v1/cases/" + id + "/checkin-plans",
                    Map.of(
                            "kind",
                            "OFFICE_PRESENCE",
                            "rrule",
                            "FREQ=WEEKLY;BYDAY=MO",
                            "effectiveFrom",
                            from.toString()));
            assertEquals(201, plan.status(), plan::toString);
        }
        // The first case came to the office on each Monday of the last four weeks; the second never.
        for (LocalDate d = from; d.isBefore(today); d = d.plusWeeks(1)) {
            ApiResponse in = api.post(
                    w.token("officerA"),
                    "/api/v1/cases/" + a + "/checkins",
                    Map.of(
                            "id",
                            UUID.randomUUID().toString(),
                            "kind",
                            "OFFICE_PRESENCE",
                            "occurredAt",
                            d + "T09:00:00+07:00"));
            assertEquals(201, in.status(), in::toString);
        }
        ApiResponse assigned = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + a + "/assignments",
                Map.of("mentorId", w.id("mentorA1"), "startDate", from.toString()));
        assertEquals(201, assigned.status(), assigned::toString);
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
    void theSupervisorSeesTheirProvinceWithTheApisFiguresAndDrillsDownToACommune() throws Exception {
        signIn("supervisor");
        WebElement nav = browser.findElement(By.linkText("Giám sát"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertTrue(browser.getCurrentUrl().endsWith("/supervision"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Tỉnh Thử nghiệm " + w.tag));
        assertEquals(
                "page",
                browser.findElement(By.cssSelector("nav a[href='/supervision']"))
                        .getAttribute("aria-current"));

        // Commune A's row says what the API's commune summary says for commune A.
        ApiResponse r = api.get(w.token("supervisor"), "/api/v1/reports/commune-summary");
        assertEquals(200, r.status(), r::toString);
        JsonNode apiA = communeOf(r.json(), w.communeA);
        WebElement rowA = browser.findElement(By.cssSelector("#units tbody tr[data-unit='" + w.communeA + "']"));
        List<String> cells = cells(rowA);
        assertEquals("Xã Đồng Hỷ " + w.tag, cells.get(0));
        assertEquals(apiA.get("byStatus").get("ACTIVE").asText(), cells.get(1), "active: " + cells);
        assertEquals(2, apiA.get("byStatus").get("ACTIVE").asInt());
        assertEquals(percent(apiA.get("mentorCoveragePercent")), firstLine(cells.get(8)), cells.toString());
        assertEquals("50%", firstLine(cells.get(8)), "one of two active cases has a mentor");
        assertEquals(percent(apiA.get("compliancePercentThisMonth")), firstLine(cells.get(9)), cells.toString());
        assertEquals(apiA.get("overdueCases").asText(), cells.get(10));
        assertEquals(apiA.get("alertsThisMonth").asText(), cells.get(11));
        assertEquals(apiA.get("employedOrInTraining").asText(), firstLine(cells.get(13)));

        // The district's row adds up its commune; the province's total adds up every commune.
        List<String> districtRow =
                cells(browser.findElement(By.cssSelector("#units tbody tr[data-unit='" + district + "']")));
        assertEquals("1", districtRow.get(1), districtRow.toString());
        long activeInProvince = 0;
        for (JsonNode c : r.json().get("communes")) {
            activeInProvince += c.get("byStatus").get("ACTIVE").asLong();
        }
        List<String> total = cells(browser.findElement(By.cssSelector("#units tfoot tr")));
        assertEquals(Long.toString(activeInProvince), total.get(1), total.toString());
        assertEquals("3", total.get(1));

        // The trend: an SVG with its title and description, and the same months in a table under it.
        WebElement svg = browser.findElement(By.cssSelector("svg.trend-chart"));
        assertEquals("img", svg.getAttribute("role"));
        String labelled = svg.getAttribute("aria-labelledby");
        assertEquals("trend-title trend-desc", labelled);
        assertEquals(1, svg.findElements(By.cssSelector("title#trend-title")).size());
        assertEquals(1, svg.findElements(By.cssSelector("desc#trend-desc")).size());
        assertEquals(12, svg.findElements(By.cssSelector("g.bars rect")).size());
        List<WebElement> months = browser.findElements(By.cssSelector("#trend-table tbody tr"));
        assertEquals(12, months.size());
        String thisMonth = DateTimeFormatter.ofPattern("MM/yyyy").format(LocalDate.now(CLOCK.withZone(ZONE)));
        List<String> last = cells(months.get(11));
        assertEquals(thisMonth, last.get(0));
        assertEquals("3", last.get(1), "three cases active today");
        // Check-ins of the last four weeks: the months they fall in expected two a Monday and got about one.
        long expected = 0;
        long satisfied = 0;
        for (WebElement m : months) {
            List<String> c = cells(m);
            expected += Long.parseLong(c.get(2).replace(".", ""));
            satisfied += Long.parseLong(c.get(3).replace(".", ""));
        }
        assertTrue(
                expected > 0 && satisfied > 0 && satisfied < expected, expected + " expected, " + satisfied + " made");
        assertNoNamesAndNothingInline();
        ConsoleBrowser.screenshot(browser, "supervision-province");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("h-trend")));
        ConsoleBrowser.screenshot(browser, "supervision-province-trend");
        browser.executeScript("window.scrollTo(0, 0)");

        // The table as .xlsx: the same rows, numbers as numbers.
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(browser.findElement(By.linkText("Tải bảng về (.xlsx)")).getAttribute("href"))))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Đơn vị", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Đang quản lý", sheet.getRow(0).getCell(2).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("Xã Đồng Hỷ " + w.tag)) {
                    assertEquals(2, (int) row.getCell(2).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found, "commune A in the sheet");
        }

        // Down: the district, then its commune; back up by the breadcrumbs.
        WebElement toDistrict = browser.findElement(By.linkText("Huyện Cũ " + w.tag));
        ConsoleBrowser.submit(browser, toDistrict, toDistrict::click);
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Huyện Cũ " + w.tag));
        WebElement toCommune = browser.findElement(By.linkText("Xã Trong Huyện " + w.tag));
        ConsoleBrowser.submit(browser, toCommune, toCommune::click);
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Xã Trong Huyện " + w.tag));
        String crumbs = browser.findElement(By.cssSelector("nav.crumbs")).getText();
        assertTrue(crumbs.contains("Tỉnh Thử nghiệm " + w.tag) && crumbs.contains("Huyện Cũ " + w.tag), crumbs);
        List<String> own = cells(browser.findElement(By.cssSelector("#units tbody tr[data-unit='" + communeE + "']")));
        assertEquals("1", own.get(1), own.toString());
        assertEquals(1, browser.findElements(By.cssSelector("#units tbody tr")).size(), "the commune itself");
        assertEquals(1, browser.findElements(By.cssSelector("svg.trend-chart")).size());
        assertEquals(
                12,
                browser.findElements(By.cssSelector("#trend-table tbody tr")).size());
        assertNoNamesAndNothingInline();
        ConsoleBrowser.screenshot(browser, "supervision-commune");
        WebElement up = browser.findElement(By.cssSelector("nav.crumbs a"));
        ConsoleBrowser.submit(browser, up, up::click);
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Tỉnh Thử nghiệm " + w.tag));
    }

    @Test
    void aUnitOfAnotherProvinceIsNotFoundAndAnOfficerIsRefused() {
        signIn("supervisor");
        browser.get(base + "/supervision?unit=" + w.otherProvince);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        browser.get(base + "/supervision/sheet?unit=" + w.otherCommune);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        browser.get(base + "/supervision?unit=not-a-unit");
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());

        browser.manage().deleteAllCookies();
        signIn("officerA");
        assertTrue(
                browser.findElements(By.cssSelector("nav a[href='/supervision']"))
                        .isEmpty(),
                "no link for an officer");
        browser.get(base + "/supervision");
        assertEquals("Không có quyền", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("units")).isEmpty());
        browser.get(base + "/supervision?unit=" + w.communeA);
        assertEquals("Không có quyền", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theStartPageSendsTheSupervisorToTheirUnits() {
        signIn("supervisor"); // lands on /supervision (signIn checks it)
        browser.get(base + "/");
        assertEquals(
                base + "/supervision", browser.getCurrentUrl(), "the start address, and the brand link, lead there");
        assertTrue(browser.findElements(By.cssSelector("nav a[href='/']")).isEmpty(), "no 'Hôm nay' for a supervisor");
    }

    private static void assertNoNamesAndNothingInline() {
        String source = browser.getPageSource();
        for (String name : NAMES) {
            assertFalse(source.contains(name), "no person's name: " + name);
        }
        assertFalse(source.contains(" style=\""), "no inline style (the CSP refuses it)");
        assertFalse(source.contains("<script>"), "no inline script");
    }

    private static JsonNode communeOf(JsonNode summary, String unitId) {
        for (JsonNode c : summary.get("communes")) {
            if (c.get("adminUnitId").asText().equals(unitId)) {
                return c;
            }
        }
        throw new AssertionError("no commune " + unitId + " in " + summary);
    }

    private static String percent(JsonNode p) {
        return p == null || p.isNull() ? "—" : p.asInt() + "%";
    }

    private static String firstLine(String cell) {
        return cell.split("\n")[0].strip();
    }

    private static List<String> cells(WebElement row) {
        List<String> out = new ArrayList<>();
        for (WebElement c : row.findElements(By.cssSelector("th, td"))) {
            out.add(c.getText().strip());
        }
        return out;
    }

    /** The download with the browser's own session cookie (the console gives no token to anything else). */
    private static byte[] download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("dh_console");
        assertNotNull(session, "the console's session cookie");
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "dh_console=" + session.getValue())
                                .header("Accept-Language", "vi")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(
                ConsoleSheet.XLSX,
                r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return r.body();
    }

    private static void signIn(String key) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        // A supervisor's work starts on Giám sát; anyone else here is an officer, on Hôm nay.
        assertEquals(
                base + ("supervisor".equals(key) ? "/supervision" : "/"),
                browser.getCurrentUrl(),
                browser::getPageSource);
    }
}
