package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.donghanh.report.periodic.PeriodKind;
import vn.donghanh.report.periodic.ReportPeriod;
import vn.donghanh.report.periodic.ReportPeriods;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The periodic report in a real browser. Officer A opens the six-month period running today from
 * "Báo cáo định kỳ", reads the figures (two persons under management, one with a mentor: 50 %) and
 * how one is counted, is refused a blank narrative next to the field, submits with a Vietnamese
 * narrative, sees "Đã nộp ngày …" and version 1, and downloads the report as Excel and PDF (fetched
 * with the session's cookie and opened). Officer B gets "not found" for commune A's report. The
 * supervisor sees commune A submitted and B not, with the totals, and sends A's back with a comment;
 * officer A sees "Bị trả lại" with the comment and submits version 2 with a reason. Before a
 * period's window opens, the form is replaced by "Nộp từ ngày …".
 */
class ConsoleReportBrowserTest extends IntegrationTest {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NARRATIVE =
            "Khó khăn: thiếu kinh phí hỗ trợ học nghề. Đề xuất: tăng cường phối hợp với Đoàn Thanh niên xã.";
    private static World w;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        // Commune A: two persons under management, one with a mentor; commune B: one.
        w.activatedPerson("Nguyễn Văn Báo Cáo", "mentorA1");
        w.registerCase("officerA", w.communeA, "Lê Văn Thống Kê");
        w.registerCase("officerB", w.communeB, "Hà Thị Phường Bê");
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

    @AfterEach
    void restoreClock() {
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(ZONE));
    }

    private static String provinceCode() {
        return "T" + w.tag + "P";
    }

    /** The six months running today; the clock is moved into its submission window when it is not open yet. */
    private static ReportPeriod openSixMonths() {
        ReportPeriods calendar = bean(ReportPeriods.class);
        ReportPeriod p = sixMonthsOf(today());
        LocalDate opens = calendar.opensOn(provinceCode(), p);
        if (today().isBefore(opens)) {
            CLOCK.set(opens.plusDays(1).atTime(9, 0).atZone(ZONE).toInstant());
        }
        return p;
    }

    private static ReportPeriod sixMonthsOf(LocalDate day) {
        ReportPeriods calendar = bean(ReportPeriods.class);
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (int i = 1; i <= 2; i++) {
                ReportPeriod p = calendar.period(PeriodKind.HALF_YEAR, year, i);
                if (p.contains(day)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no six months contain " + day);
    }

    private static String label(ReportPeriod p) {
        return "6 tháng " + (p.index() == 1 ? "đầu" : "cuối") + " năm " + p.year();
    }

    @Test
    void anOfficerSubmitsTheSupervisorSendsItBackAndTheOfficerSubmitsACorrection() throws Exception {
        ReportPeriod period = openSixMonths();
        LocalDate deadline = bean(ReportPeriods.class).deadline(provinceCode(), period);

        signIn("officerA");
        WebElement nav = browser.findElement(By.linkText("Báo cáo định kỳ"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertEquals("Báo cáo định kỳ", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("#periods tbody tr"));
        assertEquals(period.code(), rows.get(0).getAttribute("data-period"), "the current period first");
        String first = rows.get(0).getText();
        assertTrue(first.contains(label(period)), first);
        assertTrue(first.contains("Kỳ hiện tại"), first);
        assertTrue(first.contains(DMY.format(deadline)), "the deadline dd/MM/yyyy: " + first);
        long left = ChronoUnit.DAYS.between(today(), deadline);
        assertTrue(
                first.contains(
                        left > 0 ? "còn " + left + " ngày" : left == 0 ? "hôm nay" : "quá hạn " + -left + " ngày"),
                first);
        assertTrue(first.contains("Chưa nộp"), first);
        ConsoleBrowser.screenshot(browser, "report-periods");

        WebElement open = rows.get(0).findElement(By.linkText(label(period)));
        ConsoleBrowser.submit(browser, open, open::click);
        assertTrue(browser.getCurrentUrl().endsWith("/reports/" + period.code()), browser.getCurrentUrl());
        assertEquals(
                "Báo cáo " + label(period),
                browser.findElement(By.tagName("h1")).getText());
        assertEquals(
                "Số liệu tính đến ngày " + DMY.format(today()),
                browser.findElement(By.id("as-of")).getText());
        assertEquals("2", figure("figures", "UNDER_MANAGEMENT"));
        assertEquals("1", figure("figures", "WITH_MENTOR"));
        assertEquals("50", figure("figures", "WITH_MENTOR_PERCENT"));
        assertEquals("—", figure("figures", "HELP_FIRST_CONTACT_MEDIAN"), "a median of nothing");
        WebElement underManagement =
                browser.findElement(By.cssSelector("#figures tr[data-indicator=UNDER_MANAGEMENT]"));
        assertTrue(underManagement.getText().startsWith("1 "), underManagement.getText());
        assertTrue(underManagement.getText().contains("Người"), "the unit of measure: " + underManagement.getText());
        // How it is counted, on demand, without a script.
        WebElement how = underManagement.findElement(By.cssSelector("details.how"));
        assertFalse(how.findElement(By.tagName("p")).isDisplayed());
        how.findElement(By.tagName("summary")).click();
        assertTrue(how.findElement(By.tagName("p")).getText().startsWith("Hồ sơ có trạng thái đang quản lý"));
        String standing = browser.findElement(By.id("standing")).getText();
        assertTrue(standing.contains("Chưa nộp") && standing.contains(DMY.format(deadline)), standing);
        assertEquals("Nộp báo cáo", browser.findElement(By.id("submit-button")).getText());
        assertTrue(browser.findElements(By.id("correctionReason")).isEmpty(), "no reason for a first version");
        ConsoleBrowser.screenshot(browser, "report-unit-before");

        // A blank narrative (past the browser's own check): refused next to the field, in Vietnamese.
        browser.executeScript("document.getElementById('narrative').removeAttribute('required')");
        WebElement button = browser.findElement(By.id("submit-button"));
        ConsoleBrowser.submit(browser, button, button::click);
        WebElement problem = browser.findElement(By.id("narrative-error"));
        assertFalse(problem.getText().isBlank());
        assertFalse(problem.getText().contains("must"), "in the caller's language: " + problem.getText());
        assertTrue(browser.findElement(By.id("versions")).getText().contains("Chưa nộp lần nào"));

        browser.findElement(By.id("narrative")).sendKeys(NARRATIVE);
        WebElement submit = browser.findElement(By.id("submit-button"));
        ConsoleBrowser.submit(browser, submit, submit::click);
        assertTrue(browser.getCurrentUrl().endsWith("/reports/" + period.code()), browser.getCurrentUrl());
        assertEquals(
                "Xem các lần nộp (1)",
                browser.findElement(By.id("versions-link")).getText());
        ConsoleBrowser.screenshot(browser, "report-unit-after");
        assertTrue(
                browser.findElement(By.id("state")).getText().contains("Đã nộp ngày " + DMY.format(today())),
                browser.findElement(By.id("state")).getText());
        String v1 = browser.findElement(By.id("version-1")).getText();
        assertTrue(v1.contains("Phiên bản 1") && v1.contains("Đang có hiệu lực"), v1);
        assertTrue(v1.contains(NARRATIVE), v1);
        assertTrue(v1.contains("Trần Văn Công"), "who submitted: " + v1);
        assertTrue(v1.contains(DMY.format(today())), v1);
        browser.findElement(By.cssSelector("#version-1 details.frozen > summary"))
                .click();
        assertEquals("2", figure("figures-v1", "UNDER_MANAGEMENT"), "the frozen figures");
        // A correction waits behind its summary, with its reason.
        WebElement correction = browser.findElement(By.id("correction"));
        assertFalse(browser.findElement(By.id("correctionReason")).isDisplayed(), "closed at first");
        correction.findElement(By.tagName("summary")).click();
        assertTrue(browser.findElement(By.id("correctionReason")).isDisplayed());
        assertEquals("Nộp bản sửa", browser.findElement(By.id("submit-button")).getText());
        // A correction without its reason (past the browser's own check): refused at the reason, nothing submitted.
        browser.executeScript("document.getElementById('correctionReason').removeAttribute('required')");
        WebElement noReason = browser.findElement(By.id("submit-button"));
        ConsoleBrowser.submit(browser, noReason, noReason::click);
        String reasonProblem =
                browser.findElement(By.id("correctionReason-error")).getText();
        assertTrue(reasonProblem.contains("lý do sửa"), "in Vietnamese, at the reason: " + reasonProblem);
        assertTrue(browser.findElement(By.id("correctionReason")).isDisplayed(), "the form open again");
        assertTrue(browser.findElements(By.id("version-2")).isEmpty(), "nothing half-submitted");

        // The files, fetched as the browser would with its session.
        String xlsxHref = browser.findElement(By.cssSelector("#standing .rpt-downloads a:first-child"))
                .getAttribute("href");
        HttpResponse<byte[]> xlsx = fetch(xlsxHref);
        assertEquals(200, xlsx.statusCode());
        assertEquals(
                ConsoleSheet.XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String sheetText = text(xlsx.body());
        assertTrue(sheetText.contains("Xã Đồng Hỷ " + w.tag), "the unit: " + sheetText);
        assertTrue(sheetText.contains(NARRATIVE), "the narrative: " + sheetText);
        String pdfHref = browser.findElement(By.cssSelector("#version-1 .rpt-downloads a:last-child"))
                .getAttribute("href");
        assertTrue(pdfHref.contains("version=1"), pdfHref);
        HttpResponse<byte[]> pdf = fetch(pdfHref);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // Another commune's officer: commune A's report does not exist for them, nor its file.
        signIn("officerB");
        browser.get(base + "/reports/" + period.code() + "?unitId=" + w.communeA);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains(NARRATIVE));
        assertEquals(404, fetch(xlsxHref + "?unitId=" + w.communeA).statusCode());

        // The supervisor: A submitted, B not; the totals; A sent back with a comment.
        signIn("supervisor");
        WebElement reportsNav = browser.findElement(By.linkText("Báo cáo định kỳ"));
        ConsoleBrowser.submit(browser, reportsNav, reportsNav::click);
        WebElement communes =
                browser.findElement(By.cssSelector("#periods tbody tr[data-period='" + period.code() + "'] a"));
        ConsoleBrowser.submit(browser, communes, communes::click);
        assertTrue(browser.getCurrentUrl().endsWith("/reports/" + period.code() + "/units"), browser.getCurrentUrl());
        String counts = browser.findElement(By.id("counts")).getText();
        assertTrue(counts.contains("2 xã, phường") && counts.contains("1 đã nộp"), counts);
        WebElement rowA = browser.findElement(By.cssSelector("#communes-table tr[data-unit='" + w.communeA + "']"));
        WebElement rowB = browser.findElement(By.cssSelector("#communes-table tr[data-unit='" + w.communeB + "']"));
        assertTrue(rowA.getText().contains("Đã nộp"), rowA.getText());
        assertTrue(rowB.getText().contains("Chưa nộp"), rowB.getText());
        assertTrue(rowB.findElements(By.tagName("form")).isEmpty(), "nothing to send back for B");
        WebElement totals = browser.findElement(By.cssSelector("#totals-table tr[data-indicator=UNDER_MANAGEMENT]"));
        List<WebElement> cells = totals.findElements(By.cssSelector("td.num"));
        assertEquals(
                List.of("2", "1", "3"), cells.stream().map(WebElement::getText).toList(), totals.getText());
        ConsoleBrowser.screenshot(browser, "report-units");
        WebElement comment = browser.findElement(By.id("comment-" + w.communeA));
        comment.sendKeys("Đề nghị xã kiểm tra lại số người có việc làm.");
        WebElement back = rowA.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, back, back::click);
        rowA = browser.findElement(By.cssSelector("#communes-table tr[data-unit='" + w.communeA + "']"));
        assertTrue(rowA.getText().contains("Bị trả lại"), rowA.getText());
        WebElement link = rowA.findElement(By.tagName("a"));
        ConsoleBrowser.submit(browser, link, link::click);
        assertTrue(browser.findElement(By.id("version-1")).getText().contains("Đề nghị xã kiểm tra lại"));
        assertTrue(browser.findElements(By.id("submit-form")).isEmpty(), "a supervisor does not submit");

        // The officer: sent back, with the comment; version 2 with its reason.
        signIn("officerA");
        browser.get(base + "/reports/" + period.code());
        assertTrue(browser.findElement(By.id("state")).getText().contains("Bị trả lại"));
        assertTrue(browser.findElement(By.id("returned-notice"))
                .getText()
                .contains("Đề nghị xã kiểm tra lại số người có việc làm."));
        assertEquals(NARRATIVE, browser.findElement(By.id("narrative")).getAttribute("value"), "the narrative kept");
        ConsoleBrowser.screenshot(browser, "report-unit-returned");
        browser.findElement(By.id("correctionReason")).sendKeys("Bổ sung theo ý kiến của tỉnh");
        WebElement again = browser.findElement(By.id("submit-button"));
        assertEquals("Nộp bản sửa", again.getText());
        ConsoleBrowser.submit(browser, again, again::click);
        assertTrue(browser.findElement(By.id("state")).getText().contains("Đã nộp"));
        String v2 = browser.findElement(By.id("version-2")).getText();
        assertTrue(v2.contains("Đang có hiệu lực") && v2.contains("Bổ sung theo ý kiến của tỉnh"), v2);
        String old = browser.findElement(By.id("version-1")).getText();
        assertTrue(
                old.contains("Đã bị trả lại") && old.contains("Đề nghị xã kiểm tra lại"), "both stay visible: " + old);
        List<WebElement> versions = browser.findElements(By.cssSelector("#versions article"));
        assertEquals("version-2", versions.get(0).getAttribute("id"), "newest first");
    }

    @Test
    void beforeTheWindowOpensTheFormSaysFromWhen() {
        ReportPeriod period = sixMonthsOf(today());
        LocalDate opens = bean(ReportPeriods.class).opensOn(provinceCode(), period);
        CLOCK.set(opens.minusDays(3).atTime(9, 0).atZone(ZONE).toInstant());
        signIn("officerB");
        browser.get(base + "/reports/" + period.code());
        assertEquals(
                "Nộp từ ngày " + DMY.format(opens) + ".",
                browser.findElement(By.id("opens-on")).getText());
        assertTrue(browser.findElements(By.id("submit-form")).isEmpty());
    }

    private static String figure(String table, String indicator) {
        return browser.findElement(By.cssSelector("#" + table + " tr[data-indicator=" + indicator + "] td.value"))
                .getText();
    }

    private static HttpResponse<byte[]> fetch(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("dh_console");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every cell of the workbook as text, one line per row. */
    private static String text(byte[] xlsx) throws Exception {
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(cell.toString()).append(' ');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void signIn(String key) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(w.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
    }
}
