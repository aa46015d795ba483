package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.demo.DemoData;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The "done when", on the demo data itself: the demo service (its own database beside the
 * tests', so its cases touch no other test) is started with {@code donghanh.demo=true}; the demo
 * officer of Tân Thịnh opens the current six-month report, whose figures this test recomputes on its
 * own from the officer's case list, case pages and drug-test lists; submits it; downloads it as XLSX
 * and PDF and finds those figures in them; and the demo supervisor sees that commune submitted and
 * the others not, with province totals of frozen and live figures.
 */
class DemoReportTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static ApplicationContext demo;

    private static Api startDemo() {
        Map<String, Object> props = serviceProperties();
        String url = (String) props.get("datasources.default.url");
        int q = url.indexOf('?');
        String base = url.substring(0, q);
        props.put(
                "datasources.default.url",
                base.substring(0, base.lastIndexOf('/') + 1) + "donghanh_demo" + url.substring(q)
                        + "&createDatabaseIfNotExist=true");
        props.put("micronaut.server.port", -1);
        props.put("donghanh.auth.bcrypt-cost", 4);
        props.put("donghanh.demo", "true");
        props.put(
                "donghanh.data-dir",
                Path.of("target", "test-data-demo").toAbsolutePath().toString());
        props.put("donghanh.report.scan-initial-delay", "3650d");
        demo = ApplicationContext.builder().properties(props).build();
        demo.registerSingleton(Clock.class, CLOCK);
        demo.start();
        return new Api(demo.getBean(EmbeddedServer.class).start().getURI());
    }

    @AfterAll
    static void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void theDemoOfficerSubmitsTheSixMonthReportAndTheSupervisorSeesIt() throws Exception {
        Api d = startDemo();
        String officer = World.login(d, "demo.officer.tanthinh", DemoData.STAFF_PASSWORD);
        LocalDate today = LocalDate.now(CLOCK.withZone(VN));
        JsonNode period = null;
        for (JsonNode p : d.get(officer, "/api/v1/report-periods").json()) {
            if (p.get("kind").asText().equals("HALF_YEAR")
                    && !LocalDate.parse(p.get("startsOn").asText()).isAfter(today)
                    && !LocalDate.parse(p.get("endsOn").asText()).isBefore(today)) {
                period = p;
            }
        }
        String code = period.get("code").asText();
        LocalDate startsOn = LocalDate.parse(period.get("startsOn").asText());
        LocalDate opensOn = LocalDate.parse(period.get("opensOn").asText());
        if (today.isBefore(opensOn)) {
            // the demo data is of today; submitting waits for the window, later in the same period
            CLOCK.set(opensOn.atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
            today = opensOn;
        }
        String path = "/api/v1/reports/periodic/" + code;
        JsonNode report = vi(d, officer, path).json();
        assertEquals(today.toString(), report.get("liveAsOf").asText());
        Map<Indicator, Long> live = new EnumMap<>(Indicator.class);
        report.get("live").forEach(v -> {
            if (v.hasNonNull("value")) {
                live.put(
                        Indicator.valueOf(v.get("indicator").asText()),
                        v.get("value").asLong());
            }
        });

        // Recounted here from what the officer's own pages show, not from the report's code.
        Map<Indicator, Long> recount = new EnumMap<>(Indicator.class);
        JsonNode list = d.get(officer, "/api/v1/cases?limit=100").json();
        for (JsonNode c : list.get("items")) {
            JsonNode detail =
                    d.get(officer, "/api/v1/cases/" + c.get("id").asText()).json();
            String status = detail.get("status").asText();
            boolean under = status.equals("ACTIVE") || status.equals("ABSENT") || status.equals("RELAPSED");
            if (under) {
                recount.merge(Indicator.UNDER_MANAGEMENT, 1L, Long::sum);
                recount.merge(Indicator.valueOf("SEX_" + detail.get("sex").asText()), 1L, Long::sum);
                recount.merge(Indicator.valueOf("BASIS_" + detail.get("basis").asText()), 1L, Long::sum);
                if (detail.hasNonNull("mentor")) {
                    recount.merge(Indicator.WITH_MENTOR, 1L, Long::sum);
                }
            }
            if (status.equals("ABSENT")) {
                recount.merge(Indicator.ABSENT, 1L, Long::sum);
            }
            for (JsonNode t : d.get(officer, "/api/v1/cases/" + c.get("id").asText() + "/drug-tests")
                    .json()) {
                LocalDate on = LocalDate.parse(t.get("testedOn").asText());
                if (!on.isBefore(startsOn) && !on.isAfter(today)) {
                    recount.merge(Indicator.DRUG_TESTS, 1L, Long::sum);
                    if (t.get("result").asText().equals("POSITIVE")) {
                        recount.merge(Indicator.DRUG_TESTS_POSITIVE, 1L, Long::sum);
                    }
                }
            }
        }
        assertTrue(recount.get(Indicator.UNDER_MANAGEMENT) >= 8, () -> "the demo commune's caseload: " + recount);
        assertTrue(recount.get(Indicator.DRUG_TESTS) >= 1, () -> "the demo's drug tests: " + recount);
        recount.forEach(
                (i, n) -> assertEquals(n, live.get(i), () -> i + ": recounted " + recount + ", report " + live));

        ApiResponse submitted = d.send(
                "POST",
                officer,
                path + "/submissions",
                Api.write(Map.of("narrative", "Khó khăn: hai người vắng mặt.\nĐề xuất: hỗ trợ tổ tự quản.")),
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(201, submitted.status(), submitted::toString);
        assertEquals(1, submitted.json().get("version").asInt());

        Map<String, Double> inXlsx = new HashMap<>();
        ApiResponse xlsx = vi(d, officer, path + "/file?format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getFirstCellNum() < 0) {
                    continue; // an empty spacer row
                }
                Cell number = row.getCell(row.getFirstCellNum());
                Cell value = row.getCell(row.getLastCellNum() - 1);
                if (number != null
                        && value != null
                        && number.getCellType() == CellType.STRING
                        && value.getCellType() == CellType.NUMERIC) {
                    inXlsx.put(number.getStringCellValue().trim(), value.getNumericCellValue());
                }
            }
        }
        recount.forEach((i, n) -> assertEquals(
                (double) n, inXlsx.get(i.number()), () -> "row " + i.number() + " of the XLSX: " + inXlsx));

        ApiResponse pdf = vi(d, officer, path + "/file?format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        PdfReader reader = new PdfReader(pdf.body());
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(firstPage.contains("PHƯỜNG TÂN THỊNH"), firstPage);
        assertTrue(firstPage.contains("Số người đang quản lý sau cai nghiện"), firstPage);

        String supervisor = World.login(d, "demo.supervisor", DemoData.STAFF_PASSWORD);
        JsonNode overview = vi(d, supervisor, path + "/units").json();
        assertEquals(3, overview.get("communes").asInt());
        assertEquals(1, overview.get("submitted").asInt());
        for (JsonNode u : overview.get("units")) {
            boolean tanThinh = u.get("unit").get("name").asText().equals("Phường Tân Thịnh");
            assertEquals(
                    tanThinh ? "SUBMITTED" : "NOT_SUBMITTED", u.get("state").asText(), u::toString);
        }
        for (JsonNode t : overview.get("totals")) {
            if (t.get("indicator").asText().equals("UNDER_MANAGEMENT")) {
                assertEquals(
                        recount.get(Indicator.UNDER_MANAGEMENT),
                        t.get("submitted").asLong());
                assertEquals(
                        t.get("submitted").asLong() + t.get("liveUnsubmitted").asLong(),
                        t.get("total").asLong());
                assertTrue(t.get("liveUnsubmitted").asLong() > 0, "the other two communes' live figures");
            }
        }
    }

    private static ApiResponse vi(Api d, String token, String path) {
        return d.send("GET", token, path, null, null, Map.of("Accept-Language", "vi"));
    }
}
