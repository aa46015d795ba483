package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The periodic report's training section (issue 17): a course of the province, one of commune A's three
 * mentors and its officer completed it, and the commune's PDF says so (33 % of the mentors, 100 % of the
 * officers). The file is written to target/report-files/ to be looked at (pdftoppm).
 */
class TrainingReportRowsTest extends IntegrationTest {
    @Test
    void theCommunesReportShowsTheShareOfItsMentorsAndOfficersWhoCompletedEachCourse() throws Exception {
        World w = World.create(api);
        String title = "Kỹ năng tư vấn cơ bản " + w.tag;
        ApiResponse course = api.post(
                w.token("supervisor"),
                "/api/v1/training/courses",
                Map.of(
                        "audience",
                        "BOTH",
                        "title",
                        title,
                        "summary",
                        "Ba bài ngắn",
                        "passPercent",
                        80,
                        "lessons",
                        List.of(Map.of(
                                "title", "Lắng nghe tích cực",
                                "text", "Nghe hết, không ngắt lời.",
                                "questions",
                                        List.of(Map.of(
                                                "text",
                                                "Nên làm gì?",
                                                "options",
                                                List.of("Ngắt lời", "Lắng nghe hết"),
                                                "correctOption",
                                                1))))));
        assertEquals(201, course.status(), course::toString);
        String id = course.json().get("id").asText();
        for (String who : List.of("mentorA1", "officerA")) {
            ApiResponse done = api.post(
                    w.token(who),
                    "/api/v1/training/courses/" + id + "/attempts",
                    Map.of(
                            "id", UUID.randomUUID().toString(),
                            "version", 1,
                            "occurredAt",
                                    OffsetDateTime.now(ZoneOffset.ofHours(7))
                                            .minusHours(1)
                                            .format(java.time.format.DateTimeFormatter.ofPattern(
                                                    "yyyy-MM-dd'T'HH:mm:ssXXX")),
                            "answers", List.of(Map.of("questionId", "1.1", "option", 1))));
            assertEquals(201, done.status(), done::toString);
        }
        String period = bean(ReportPeriods.class)
                .begunBy(null, java.time.LocalDate.now(CLOCK.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                .get(0)
                .code();
        ApiResponse file = api.send(
                "GET",
                w.token("officerA"),
                "/api/v1/reports/periodic/" + period + "/file?format=pdf",
                null,
                null,
                Map.of("Accept-Language", "vi"));
        assertEquals(200, file.status(), file::toString);
        Path out = Path.of("target", "report-files");
        Files.createDirectories(out);
        Files.write(out.resolve("bao-cao-dao-tao.pdf"), file.body());
        PdfReader reader = new PdfReader(file.body());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        String words = text.toString().replaceAll("\\s+", " ");
        assertTrue(words.contains("Đào tạo người giúp đỡ và cán bộ"), words);
        assertTrue(words.contains("(1/3 người)"), words);
        assertTrue(words.contains("(1/1 người)"), words);
        assertTrue(words.contains(" 33 "), words);
        assertTrue(words.contains(" 100 "), words);
    }
}
