package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * "Nhập từ Excel" in a real browser, as a commune officer does it: a list made with POI (a title
 * block, columns in an odd order, one column the officer maps by hand, good and bad rows) is
 * uploaded, mapped, previewed with every problem in Vietnamese, confirmed skipping the bad rows (the
 * good ones are cases, as the API says; the skipped ones download as an .xlsx with a "Lý do"
 * column) and uploaded again (the mapping remembered, no one registered twice). Files that are not
 * a plain .xlsx are refused in words; another commune's officer finds nothing at an import's
 * address; the shared sample list stops at the rows its README names.
 */
class ConsoleImportBrowserTest extends IntegrationTest {
    private static World w;
    private static ChromeDriver browser;
    private static String base;
    private static Path files;

    @BeforeAll
    static void setUp() throws Exception {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        files = Files.createTempDirectory("console-import");
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
    void anOfficerMapsPreviewsAndImportsAListSkippingTheBadRowsAndAReimportRegistersNoOneTwice() throws Exception {
        // Registered through the API with World.caseBody: born 17/05/1990, no national ID.
        w.registerCase("officerA", w.communeA, "Phạm Văn Đã Có");
        Path list = write("danh-sach-xa.xlsx", communeList());

        signIn(w, "officerA");
        WebElement nav = browser.findElement(By.linkText("Nhập từ Excel"));
        ConsoleBrowser.submit(browser, nav, nav::click);
        assertEquals(base + "/import", browser.getCurrentUrl());
        assertEquals("Nhập từ Excel", browser.findElement(By.tagName("h1")).getText());
        upload(list);

        // Columns: proposed from the header words; "Diện" names nothing, the officer picks it.
        assertTrue(browser.getCurrentUrl().endsWith("/mapping"), browser.getCurrentUrl());
        assertEquals("Ghép cột", browser.findElement(By.tagName("h1")).getText());
        assertEquals("nationalId", selected("Số CMND"));
        assertEquals("fullName", selected("Họ tên"));
        assertEquals("dateOfBirth", selected("Ngày sinh"));
        assertEquals("address", selected("Nơi ở hiện nay"));
        assertEquals("decisionDate", selected("Ngày QĐ"));
        assertEquals("startDate", selected("Ngày về địa phương"));
        assertEquals("", selected("Diện"));
        assertEquals("", selected("STT"));
        String samples = browser.findElement(By.id("mapping")).getText();
        assertTrue(samples.contains("17/05/1990"), "a date cell's example is shown dd/MM/yyyy: " + samples);
        select("Diện").selectByVisibleText("Căn cứ quản lý");
        browser.executeScript("window.scrollTo(0, 0)");
        ConsoleBrowser.screenshot(browser, "import-mapping");
        WebElement save = browser.findElement(By.id("save-mapping"));
        ConsoleBrowser.submit(browser, save, save::click);

        // Preview: every row as it will be registered, every problem in Vietnamese.
        assertTrue(browser.getCurrentUrl().endsWith("/preview"), browser.getCurrentUrl());
        assertEquals("3", browser.findElement(By.id("count-good")).getText());
        assertEquals("5", browser.findElement(By.id("count-bad")).getText());
        String good = row(5);
        assertTrue(
                good.contains("Trần Văn Tốt")
                        && good.contains("17/05/1990")
                        && good.contains("10/03/2025")
                        && good.contains("Cai nghiện tự nguyện")
                        && good.contains("Đúng"),
                good);
        assertTrue(row(6).contains("02/03/1988") && row(6).contains("Nữ"), row(6));
        assertTrue(row(7).contains("Ngày sinh: ô này còn trống"), row(7));
        assertTrue(row(8).contains("Số CCCD/CMND: phải gồm 9 hoặc 12 chữ số"), row(8));
        assertTrue(row(9).contains("Giới tính: không rõ giới tính “?”"), row(9));
        assertTrue(row(10).contains("trùng với dòng 5 trong file"), row(10));
        assertTrue(row(11).contains("người này đã được đăng ký"), row(11));
        assertTrue(row(12).contains("01/01/1985") && row(12).contains("chỉ có năm 1985"), row(12));
        assertTrue(browser.findElement(By.id("ignored-below")).getText().startsWith("2 dòng dưới bảng"));
        ConsoleBrowser.screenshot(browser, "import-preview");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("h-rows")));
        ConsoleBrowser.screenshot(browser, "import-preview-rows");
        browser.executeScript("window.scrollTo(0, 0)");
        assertEquals(
                1, names().stream().filter(n -> n.startsWith("Phạm Văn Đã Có")).count(), "nothing written yet");
        assertEquals(1, names().size());

        // Without "skip", rows with problems stop the whole list.
        WebElement confirm = browser.findElement(By.id("confirm"));
        assertEquals("Xác nhận đăng ký 3 người", confirm.getText());
        ConsoleBrowser.submit(browser, confirm, confirm::click);
        assertTrue(browser.findElement(By.id("confirm-error")).getText().startsWith("Còn dòng có vấn đề"));
        assertEquals(1, names().size());

        browser.findElement(By.id("skip")).click();
        WebElement again = browser.findElement(By.id("confirm"));
        ConsoleBrowser.submit(browser, again, again::click);
        waitUntilDone();
        assertEquals("Đã nhập xong", browser.findElement(By.id("h-status")).getText());
        assertEquals("3", browser.findElement(By.id("count-created")).getText());
        assertEquals("5", browser.findElement(By.id("count-skipped")).getText());
        ConsoleBrowser.screenshot(browser, "import-done");
        List<String> names = names();
        assertTrue(names.containsAll(List.of("Trần Văn Tốt", "Lê Thị Hai", "Ngô Văn Năm")), names.toString());
        assertEquals(4, names.size(), names.toString());

        // The skipped rows, as an .xlsx with the file's own columns and a reason column.
        String href = browser.findElement(By.id("download-skipped")).getAttribute("href");
        HttpResponse<byte[]> download = fetch(href);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(
                    List.of(
                            "STT",
                            "Số CMND",
                            "Họ tên",
                            "Giới tính",
                            "Ngày sinh",
                            "Nơi ở hiện nay",
                            "Số QĐ",
                            "Ngày QĐ",
                            "Ngày về địa phương",
                            "Diện",
                            "Lý do"),
                    headers);
            assertEquals(5, sheet.getLastRowNum());
            Row wrongId = sheet.getRow(2);
            assertEquals("02345678901", wrongId.getCell(1).getStringCellValue());
            assertTrue(wrongId.getCell(10).getStringCellValue().contains("phải gồm 9 hoặc 12 chữ số"));
            Cell dob = wrongId.getCell(4);
            assertEquals(CellType.STRING, dob.getCellType(), "a date typed as text stays as typed");
            Row duplicate = sheet.getRow(4);
            assertEquals(CellType.NUMERIC, duplicate.getCell(4).getCellType(), "a date cell stays a date cell");
            assertEquals("17/05/1990", new DataFormatter().formatCellValue(duplicate.getCell(4)));
        }

        // The same file again: the mapping is remembered, every row is "already registered".
        browser.get(base + "/import");
        upload(list);
        assertTrue(browser.getCurrentUrl().endsWith("/preview"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("remembered")).isEmpty(), "the remembered mapping was used");
        assertEquals("0", browser.findElement(By.id("count-good")).getText());
        assertTrue(row(5).contains("người này đã được đăng ký"), row(5));
        assertTrue(row(12).contains("người này đã được đăng ký"), row(12));
        browser.findElement(By.id("skip")).click();
        WebElement none = browser.findElement(By.id("confirm"));
        ConsoleBrowser.submit(browser, none, none::click);
        assertTrue(browser.findElement(By.id("confirm-error")).getText().startsWith("Không có dòng nào đăng ký được"));
        assertEquals(4, names().size(), "no one registered twice");
    }

    @Test
    void filesThatAreNoPlainXlsxAreRefusedInWords() throws Exception {
        signIn(w, "officerA");
        browser.get(base + "/import");
        assertEquals(
                "file", browser.findElement(By.cssSelector("label[for=file]")).getAttribute("for"));
        ConsoleBrowser.screenshot(browser, "import-upload");

        upload(write("danh-sach.xlsx", "Họ và tên;Ngày sinh\nA;1/1/1990\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(uploadError().startsWith("Đây không phải file Excel .xlsx"), uploadError());

        upload(write("co-mat-khau.xlsx", encrypted(communeList(), "mat-khau")));
        assertTrue(uploadError().startsWith("File đang được đặt mật khẩu"), uploadError());

        upload(write("co-macro.xlsm", communeList()));
        assertTrue(uploadError().startsWith("File có macro"), uploadError());

        byte[] broken = java.util.Arrays.copyOf(communeList(), 3000);
        upload(write("hong.xlsx", broken));
        assertTrue(uploadError().startsWith("File bị hỏng"), uploadError());

        upload(write("qua-lon.xlsx", new byte[(int) ImportController.MAX_BYTES + 1024]));
        assertTrue(uploadError().startsWith("File lớn hơn 5 MB"), uploadError());
        ConsoleBrowser.screenshot(browser, "import-refused");
    }

    @Test
    void anOfficerOfAnotherCommuneFindsNothingAtAnImportsAddress() throws Exception {
        signIn(w, "officerA");
        browser.get(base + "/import");
        upload(write("rieng.xlsx", communeList()));
        String mapping = browser.getCurrentUrl();
        assertTrue(mapping.endsWith("/mapping"), mapping);
        browser.manage().deleteAllCookies();
        signIn(w, "officerB");
        browser.get(mapping);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        browser.get(mapping.replace("/mapping", "/preview"));
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Trần Văn Tốt"));
    }

    @Test
    void theSharedSampleListStopsAtTheRowsItsReadmeNames() throws Exception {
        World sample = World.create(api);
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/import/danh-sach-sau-cai-phuong.xlsx")) {
            bytes = in.readAllBytes();
        }
        signIn(sample, "officerA");
        browser.get(base + "/import");
        upload(write("danh-sach-sau-cai-phuong.xlsx", bytes));
        assertEquals("basis", selected("Hình thức cai nghiện"));
        assertEquals("startDate", selected("Ngày chấp hành xong"));
        assertEquals("decisionNumber", selected("Số QĐ"));
        WebElement save = browser.findElement(By.id("save-mapping"));
        ConsoleBrowser.submit(browser, save, save::click);
        assertTrue(browser.getCurrentUrl().endsWith("/preview"), browser.getCurrentUrl());
        // Persons 4, 6, 9 and 11 (sheet rows 11, 13, 16, 18): no date of birth, an 11-digit national ID,
        // the same person as 3 (row 10), a completion date in the future.
        assertTrue(row(11).contains("Ngày sinh: ô này còn trống"), row(11));
        assertTrue(row(13).contains("phải gồm 9 hoặc 12 chữ số"), row(13));
        assertTrue(row(16).contains("trùng với dòng 10 trong file"), row(16));
        assertTrue(
                row(18).contains("Ngày bắt đầu quản lý: xa hơn một năm trong tương lai"),
                () -> browser.findElement(By.id("row-18")).getAttribute("outerHTML"));
        String first = row(8);
        assertTrue(first.contains("Hoàng Quốc Bình") && first.contains("04/09/1972") && first.contains("Đúng"), first);
        assertTrue(row(15).contains("01/01/2003"), "a bare year of birth: " + row(15));
        int good = Integer.parseInt(browser.findElement(By.id("count-good")).getText());
        assertTrue(good >= 15, "most of the list is good: " + good);
        ConsoleBrowser.screenshot(browser, "import-sample-preview");
        browser.findElement(By.id("skip")).click();
        WebElement confirm = browser.findElement(By.id("confirm"));
        ConsoleBrowser.submit(browser, confirm, confirm::click);
        waitUntilDone();
        assertEquals(
                String.valueOf(good),
                browser.findElement(By.id("count-created")).getText());
        ApiResponse list = api.get(sample.token("officerA"), "/api/v1/cases?limit=100");
        assertEquals(good, list.json().get("items").size(), list::toString);
    }

    // --- a commune's list as the test makes it --------------------------------------------------------

    /** A title block, the header in an odd order, eight persons (three good), then totals and a signature. */
    static byte[] communeList() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet s = book.createSheet("Danh sách");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("UBND XÃ THỬ NGHIỆM");
            s.createRow(1).createCell(0).setCellValue("DANH SÁCH NGƯỜI SAU CAI NGHIỆN ĐANG QUẢN LÝ");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 9));
            String[] header = {
                "STT",
                "Số CMND",
                "Họ tên",
                "Giới tính",
                "Ngày sinh",
                "Nơi ở hiện nay",
                "Số QĐ",
                "Ngày QĐ",
                "Ngày về địa phương",
                "Diện"
            };
            Row h = s.createRow(3);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                {"1", "012345678901", "Trần Văn Tốt", "Nam", LocalDate.of(1990, 5, 17), "Tổ 1", "12/QĐ-UBND"},
                {"2", "", "Lê Thị Hai", "Nữ", "2/3/1988", "Tổ 2", "13/QĐ-UBND"},
                {"3", "023456789012", "Đỗ Văn Thiếu", "Nam", "", "Tổ 3", "14/QĐ-UBND"},
                {"4", "02345678901", "Vũ Văn Sai", "Nam", "1/1/1991", "Tổ 4", "15/QĐ-UBND"},
                {"5", "034567890123", "Hồ Văn Lạ", "?", "1/1/1992", "Tổ 5", "16/QĐ-UBND"},
                {"6", "012345678901", "Trần Văn Tốt", "Nam", LocalDate.of(1990, 5, 17), "Tổ 1", "12/QĐ-UBND"},
                {"7", "", "Phạm Văn Đã Có", "Nam", "17/05/1990", "Tổ 5, số nhà 12", "12/QĐ-UBND"},
                {"8", "045678901234", "Ngô Văn Năm", "Nam", "1985", "Tổ 6", "17/QĐ-UBND"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(4 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (!"".equals(v)) {
                        cell.setCellValue((String) v);
                    }
                }
                row.createCell(7).setCellValue("01/03/2025");
                row.createCell(8).setCellValue("10/03/2025");
                row.createCell(9).setCellValue("Cai tự nguyện");
            }
            s.createRow(13).createCell(0).setCellValue("Tổng cộng: 8 người");
            s.createRow(14).createCell(2).setCellValue("NGƯỜI LẬP BIỂU");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                    OutputStream os = enc.getDataStream(fs)) {
                book.write(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    // --- the page, as the officer uses it ------------------------------------------------------------

    private static Path write(String name, byte[] bytes) throws Exception {
        Path dir = Files.createDirectories(files.resolve(UUID.randomUUID().toString()));
        return Files.write(dir.resolve(name), bytes);
    }

    private static void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        WebElement read = browser.findElement(By.cssSelector("form.import-upload button[type=submit]"));
        ConsoleBrowser.submit(browser, read, read::click);
    }

    private static String uploadError() {
        return browser.findElement(By.id("upload-error")).getText();
    }

    /** The select of the column whose header is {@code header} (found by its label). */
    private static Select select(String header) {
        for (WebElement label : browser.findElements(By.cssSelector("#mapping label"))) {
            List<WebElement> spans = label.findElements(By.tagName("span"));
            if (spans.size() == 2 && spans.get(1).getText().equals(header)) {
                return new Select(browser.findElement(By.id(label.getAttribute("for"))));
            }
        }
        throw new AssertionError("no column " + header + " in "
                + browser.findElement(By.id("mapping")).getText());
    }

    private static String selected(String header) {
        return select(header).getFirstSelectedOption().getAttribute("value");
    }

    private static String row(int sheetRow) {
        return browser.findElement(By.id("row-" + sheetRow)).getText();
    }

    private static void waitUntilDone() {
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(d -> !d.findElements(By.id("count-created")).isEmpty()
                        || !d.findElements(By.cssSelector("#import-status .error"))
                                .isEmpty());
    }

    /** The names of the cases officerA of {@link #w} sees through the API. */
    private static List<String> names() {
        ApiResponse list = api.get(w.token("officerA"), "/api/v1/cases?limit=100");
        assertEquals(200, list.status(), list::toString);
        List<String> names = new ArrayList<>();
        list.json().get("items").forEach(i -> names.add(i.get("fullName").asText()));
        return names;
    }

    private static HttpResponse<byte[]> fetch(String url) throws Exception {
        String cookie = browser.manage().getCookieNamed("dh_console").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "dh_console=" + cookie)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void signIn(World world, String key) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(world.username(key));
        browser.findElement(By.id("password")).sendKeys(World.PASSWORD);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
        assertEquals(base + "/", browser.getCurrentUrl(), browser::getPageSource);
    }
}
