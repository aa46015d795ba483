package vn.donghanh.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * Courses through the API: publishing and versions, pictures and links checked, a course downloaded
 * without its answers, taken offline and submitted twice, who completed what per commune — and who
 * may see or take which course. Courses here are the province supervisor's, so other test classes'
 * courses (and the demo's national ones) do not reach this world's mentors' lists by accident.
 */
class TrainingApiTest extends IntegrationTest {
    static final String COURSES = "/api/v1/training/courses";
    /** The smallest PNG (1×1, transparent): a real signature and chunks. */
    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    static Map<String, Object> question(String text, int correct, String... options) {
        return new HashMap<>(Map.of("text", text, "options", List.of(options), "correctOption", correct));
    }

    static Map<String, Object> lesson(String title, String text, List<Map<String, Object>> questions) {
        return new HashMap<>(Map.of("title", title, "text", text, "questions", questions));
    }

    static Map<String, Object> course(String audience, String title, List<Map<String, Object>> lessons) {
        return new HashMap<>(Map.of(
                "audience",
                audience,
                "title",
                title,
                "summary",
                "Tóm tắt: " + title,
                "passPercent",
                50,
                "lessons",
                lessons));
    }

    /** Two lessons, three questions: the right options are 1, 0 and 2. */
    static Map<String, Object> twoLessons(String audience, String title) {
        return course(
                audience,
                title,
                List.of(
                        lesson(
                                "Lắng nghe tích cực",
                                "Nghe hết, không ngắt lời.\n\n- Nhìn vào người nói\n- Nhắc lại ý chính <b>đừng</b>",
                                List.of(
                                        question("Khi họ đang kể chuyện, nên làm gì?", 1, "Ngắt lời", "Lắng nghe hết"),
                                        question("Có nên phán xét không?", 0, "Không", "Có"))),
                        lesson(
                                "Câu hỏi mở",
                                "Hỏi để họ tự kể.",
                                List.of(question(
                                        "Câu nào là câu hỏi mở?",
                                        2,
                                        "Có ổn không?",
                                        "Có đi làm không?",
                                        "Tuần này thế nào?")))));
    }

    static JsonNode publish(String token, Map<String, Object> body) {
        ApiResponse r = api.post(token, COURSES, body);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    static Map<String, Object> attempt(String id, int version, int... options) {
        List<Map<String, Object>> answers = new ArrayList<>();
        String[] ids = {"1.1", "1.2", "2.1"};
        for (int i = 0; i < options.length; i++) {
            answers.add(Map.of("questionId", ids[i], "option", options[i]));
        }
        return Map.of(
                "id", id,
                "version", version,
                "occurredAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(7))
                                .minusHours(3)
                                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")),
                "answers", answers);
    }

    static ApiResponse submit(String token, String courseId, Map<String, Object> body) {
        return api.post(token, COURSES + "/" + courseId + "/attempts", body);
    }

    static JsonNode listed(String token, String courseId) {
        ApiResponse r = api.get(token, COURSES);
        assertEquals(200, r.status(), r::toString);
        for (JsonNode c : r.json()) {
            if (c.get("id").asText().equals(courseId)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aMentorDownloadsACourseWithoutAnswersTakesItOfflineAndTheOutboxSendsItTwice() {
        Map<String, Object> body = twoLessons("BOTH", "Kỹ năng tư vấn cơ bản — “thử” " + w.tag);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("lessons")).get(0);
        first.put("image", Map.of("contentType", "image/png", "data", PNG, "alt", "Hai người ngồi nói chuyện"));
        first.put("videoUrl", "https://www.youtube.com/watch?v=tuvan");
        JsonNode created = publish(w.token("supervisor"), body);
        String id = created.get("id").asText();
        assertEquals(1, created.get("version").asInt());
        assertEquals(body.get("title"), created.get("title").asText(), "Vietnamese round-trips exactly");
        assertEquals(
                1,
                created.get("lessons")
                        .get(0)
                        .get("questions")
                        .get(0)
                        .get("correctOption")
                        .asInt());

        JsonNode line = listed(w.token("mentorA1"), id);
        assertEquals(body.get("title"), line.get("title").asText());
        assertEquals(3, line.get("questions").asInt());
        assertFalse(line.has("completedVersion"));

        ApiResponse pkg = api.get(w.token("mentorA1"), COURSES + "/" + id + "/package");
        assertEquals(200, pkg.status(), pkg::toString);
        assertFalse(pkg.text().contains("correctOption"), pkg::text);
        JsonNode lesson = pkg.json().get("lessons").get(0);
        assertEquals("Lắng nghe tích cực", lesson.get("title").asText());
        assertEquals(
                "<p>Nghe hết, không ngắt lời.</p><ul><li>Nhìn vào người nói</li>"
                        + "<li>Nhắc lại ý chính &lt;b&gt;đừng&lt;/b&gt;</li></ul>",
                lesson.get("html").asText());
        assertEquals(PNG, lesson.get("image").get("data").asText());
        assertEquals("Hai người ngồi nói chuyện", lesson.get("image").get("alt").asText());
        assertEquals(
                "https://www.youtube.com/watch?v=tuvan", lesson.get("videoUrl").asText());
        assertEquals(List.of("1.1", "1.2"), ids(lesson.get("questions")));

        String attemptId = UUID.randomUUID().toString();
        Map<String, Object> answers = attempt(attemptId, 1, 1, 0, 2);
        ApiResponse sent = submit(w.token("mentorA1"), id, answers);
        assertEquals(201, sent.status(), sent::toString);
        assertTrue(sent.json().get("passed").asBoolean());
        assertEquals(3, sent.json().get("score").asInt());
        assertEquals(2, sent.json().get("results").get(2).get("correctOption").asInt());

        CLOCK.advance(java.time.Duration.ofMinutes(5));
        ApiResponse again = submit(w.token("mentorA1"), id, answers);
        assertEquals(201, again.status(), again::toString);
        assertEquals(sent.json().get("receivedAt"), again.json().get("receivedAt"), "the first attempt, unchanged");
        assertEquals(1, count("SELECT COUNT(*) FROM training_attempt WHERE id = '" + attemptId + "'"));

        // The same id from another account is not a replay.
        assertEquals(409, submit(w.token("mentorA2"), id, answers).status());

        JsonNode done = listed(w.token("mentorA1"), id);
        assertEquals(1, done.get("completedVersion").asInt());
    }

    @Test
    void anUpdateIsANewVersionAndWhoCompletedTheOlderOneStaysRecordedWithIt() {
        Map<String, Object> body = twoLessons("MENTORS", "Xử lý khủng hoảng " + w.tag);
        String id = publish(w.token("supervisor"), body).get("id").asText();
        assertEquals(
                201,
                submit(w.token("mentorA1"), id, attempt(UUID.randomUUID().toString(), 1, 1, 0, 2))
                        .status());

        Map<String, Object> update = new HashMap<>(body);
        update.put("title", "Xử lý khi người được hỗ trợ gặp khủng hoảng " + w.tag);
        update.put("baseVersion", 1);
        ApiResponse updated = api.put(w.token("supervisor"), COURSES + "/" + id, update);
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(2, updated.json().get("version").asInt());

        // A second author who edited version 1 too is told to reload.
        ApiResponse stale = api.put(w.token("supervisor"), COURSES + "/" + id, update);
        assertEquals(409, stale.status(), stale::toString);
        update.remove("baseVersion");
        assertEquals(
                List.of("baseVersion"),
                api.put(w.token("supervisor"), COURSES + "/" + id, update).problemFields());

        JsonNode line = listed(w.token("mentorA1"), id);
        assertEquals(2, line.get("version").asInt());
        assertEquals(1, line.get("completedVersion").asInt());

        // mentorA2 downloaded version 1 before the update and answers it offline: recorded as version 1.
        ApiResponse old =
                submit(w.token("mentorA2"), id, attempt(UUID.randomUUID().toString(), 1, 1, 0, 2));
        assertEquals(201, old.status(), old::toString);
        assertEquals(1, old.json().get("version").asInt());
        assertEquals(
                400,
                submit(w.token("mentorA2"), id, attempt(UUID.randomUUID().toString(), 3, 1))
                        .status());

        JsonNode communeA = commune(completions(w.token("supervisor"), null), w.communeA);
        JsonNode a1 = staff(communeA, w.id("mentorA1"));
        JsonNode done = null;
        for (JsonNode c : a1.get("completed")) {
            done = c.get("courseId").asText().equals(id) ? c : done;
        }
        assertTrue(done != null, a1::toString);
        assertEquals(1, done.get("version").asInt());
        assertFalse(done.get("current").asBoolean());
    }

    @Test
    void picturesLinksAndAnswersAreCheckedWithTheFieldNamedInTheCallersLanguage() {
        Map<String, Object> body = twoLessons("BOTH", "Ảnh " + w.tag);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("lessons")).get(0);

        byte[] big = new byte[300 * 1024 + 1];
        System.arraycopy(Base64.getDecoder().decode(PNG), 0, big, 0, 8);
        first.put(
                "image",
                Map.of("contentType", "image/png", "data", Base64.getEncoder().encodeToString(big)));
        ApiResponse tooBig = api.send(
                "POST",
                w.token("supervisor"),
                COURSES,
                vn.donghanh.support.Api.write(body),
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(400, tooBig.status(), tooBig::toString);
        assertEquals(List.of("lessons[0].image.data"), tooBig.problemFields());
        assertEquals(
                "lớn hơn giới hạn 300 kB",
                tooBig.json().get("errors").get(0).get("message").asText());

        String gif = Base64.getEncoder().encodeToString("GIF89a-not-a-png".getBytes());
        first.put("image", Map.of("contentType", "image/png", "data", gif));
        ApiResponse renamed = api.post(w.token("supervisor"), COURSES, body);
        assertEquals(List.of("lessons[0].image.data"), renamed.problemFields());
        assertEquals(
                "is not an image of type image/png",
                renamed.json().get("errors").get(0).get("message").asText());

        first.put("image", Map.of("contentType", "image/gif", "data", gif));
        assertEquals(
                List.of("lessons[0].image.contentType"),
                api.post(w.token("supervisor"), COURSES, body).problemFields());

        first.remove("image");
        first.put("videoUrl", "http://example.com/video");
        assertEquals(
                List.of("lessons[0].videoUrl"),
                api.post(w.token("supervisor"), COURSES, body).problemFields());

        first.remove("videoUrl");
        @SuppressWarnings("unchecked")
        Map<String, Object> q = ((List<Map<String, Object>>) first.get("questions")).get(0);
        q.put("correctOption", 2);
        ApiResponse badAnswer = api.post(w.token("supervisor"), COURSES, body);
        assertEquals(List.of("lessons[0].questions[0].correctOption"), badAnswer.problemFields());

        assertEquals(0, count("SELECT COUNT(*) FROM training_course_version WHERE title = 'Ảnh " + w.tag + "'"));
    }

    @Test
    void theQuizIsCheckedAgainstTheVersionTakenAndAFailIsNoCompletion() {
        String id = publish(w.token("supervisor"), twoLessons("BOTH", "Chấm điểm " + w.tag))
                .get("id")
                .asText();
        ApiResponse failed =
                submit(w.token("officerA"), id, attempt(UUID.randomUUID().toString(), 1, 0, 1));
        assertEquals(201, failed.status(), failed::toString);
        assertFalse(failed.json().get("passed").asBoolean());
        assertEquals(0, failed.json().get("score").asInt());
        assertEquals(3, failed.json().get("total").asInt());
        assertFalse(failed.json().get("results").get(2).has("chosen"), "unanswered counts as wrong");
        assertFalse(listed(w.token("officerA"), id).has("completedVersion"));

        Map<String, Object> unknown = new HashMap<>(attempt(UUID.randomUUID().toString(), 1));
        unknown.put("answers", List.of(Map.of("questionId", "9.9", "option", 0)));
        assertEquals(
                List.of("answers[0].questionId"),
                submit(w.token("officerA"), id, unknown).problemFields());
        unknown.put("answers", List.of(Map.of("questionId", "1.1", "option", 7)));
        assertEquals(
                List.of("answers[0].option"),
                submit(w.token("officerA"), id, unknown).problemFields());

        // Two of three right is 66 %: over the pass mark of 50 %.
        ApiResponse passed =
                submit(w.token("officerA"), id, attempt(UUID.randomUUID().toString(), 1, 1, 0, 0));
        assertTrue(passed.json().get("passed").asBoolean(), passed::toString);
        assertEquals(66, passed.json().get("scorePercent").asInt());
    }

    @Test
    void aMentorCannotSeeOrTakeAnOfficersCourseAndOnlyAuthorsPublish() {
        String id = publish(w.token("supervisor"), twoLessons("OFFICERS", "Thủ tục pháp lý " + w.tag))
                .get("id")
                .asText();
        assertEquals(null, listed(w.token("mentorA1"), id));
        assertEquals(
                404,
                api.get(w.token("mentorA1"), COURSES + "/" + id + "/package").status());
        assertEquals(
                404,
                submit(w.token("mentorA1"), id, attempt(UUID.randomUUID().toString(), 1, 1))
                        .status());
        assertEquals(
                200,
                api.get(w.token("officerA"), COURSES + "/" + id + "/package").status());

        // A province's course is not offered in another province.
        assertEquals(null, listed(w.token("officerOther"), id));
        assertEquals(
                404,
                api.get(w.token("officerOther"), COURSES + "/" + id + "/package")
                        .status());

        assertEquals(
                403,
                api.post(w.token("mentorA1"), COURSES, twoLessons("BOTH", "x")).status());
        assertEquals(
                403,
                api.post(w.token("officerA"), COURSES, twoLessons("BOTH", "x")).status());
        Map<String, Object> update = twoLessons("BOTH", "x");
        update.put("baseVersion", 1);
        assertEquals(
                403, api.put(w.token("officerA"), COURSES + "/" + id, update).status());
        World.Person person = w.activatedPerson("Người Học Thử", null);
        assertEquals(403, api.get(person.token(), COURSES).status());
    }

    @Test
    void supervisorsSeeEveryCommuneAndOfficersOnlyTheirOwn() {
        String id = publish(w.token("supervisor"), twoLessons("BOTH", "Theo xã " + w.tag))
                .get("id")
                .asText();
        assertEquals(
                201,
                submit(w.token("mentorA3"), id, attempt(UUID.randomUUID().toString(), 1, 1, 0, 2))
                        .status());

        JsonNode all = completions(w.token("supervisor"), null);
        JsonNode a = commune(all, w.communeA);
        assertTrue(commune(all, w.communeB) != null);
        assertEquals(1, staff(a, w.id("mentorA3")).get("completed").size());
        JsonNode count = countOf(a, id);
        assertEquals(4, count.get("eligible").asInt(), "officer A and three mentors");
        assertTrue(count.get("completed").asInt() >= 1);

        JsonNode own = completions(w.token("officerA"), null);
        assertEquals(1, own.get("communes").size());
        assertEquals(w.communeA, own.get("communes").get(0).get("unitId").asText());
        assertEquals(
                404,
                api.get(w.token("officerA"), "/api/v1/training/completions?unitId=" + w.communeB)
                        .status());

        ApiResponse other = api.get(w.token("officerOther"), "/api/v1/training/completions?unitId=" + w.communeA);
        assertEquals(404, other.status(), other::toString);
        JsonNode others = completions(w.token("officerOther"), null);
        assertFalse(others.toString().contains(w.communeA));
        assertFalse(others.toString().contains(id), "a course of another province is not listed");
        assertEquals(
                403,
                api.get(w.token("mentorA1"), "/api/v1/training/completions").status());
        assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = 'TRAINING_READ' AND actor_id = '"
                        + w.id("supervisor") + "'")
                >= 1);
    }

    static JsonNode completions(String token, String unitId) {
        ApiResponse r = api.get(token, "/api/v1/training/completions" + (unitId == null ? "" : "?unitId=" + unitId));
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    static JsonNode commune(JsonNode completions, String unitId) {
        for (JsonNode c : completions.get("communes")) {
            if (c.get("unitId").asText().equals(unitId)) {
                return c;
            }
        }
        return null;
    }

    static JsonNode staff(JsonNode commune, String accountId) {
        for (JsonNode s : commune.get("staff")) {
            if (s.get("accountId").asText().equals(accountId)) {
                return s;
            }
        }
        throw new AssertionError(accountId + " not in " + commune);
    }

    static JsonNode countOf(JsonNode commune, String courseId) {
        for (JsonNode c : commune.get("counts")) {
            if (c.get("courseId").asText().equals(courseId)) {
                return c;
            }
        }
        throw new AssertionError(courseId + " not in " + commune);
    }

    static List<String> ids(JsonNode questions) {
        List<String> out = new ArrayList<>();
        questions.forEach(q -> out.add(q.get("id").asText()));
        return out;
    }

    static long count(String sql) {
        return vn.donghanh.support.Sql.query(sql, rs -> rs.getLong(1)).get(0);
    }
}
