package vn.donghanh.client.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.outbox.FlushResult;
import vn.donghanh.client.store.InMemoryTrainingStore;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

/**
 * A course on the phone against a scripted server: downloaded, read and answered with the network
 * off, the answers queued in the outbox, sent when the network is back, and the result fetched by
 * sending the same attempt again (the server answers a known id with the first attempt).
 */
class TrainingCoursesTest {
    static final String COURSE = "22222222-2222-2222-2222-222222222222";
    static final String ATTEMPTS = "POST /api/v1/training/courses/" + COURSE + "/attempts";
    static final String PACKAGE = "{\"id\":\"" + COURSE + "\",\"audience\":\"MENTORS\",\"version\":2,"
            + "\"title\":\"Kỹ năng tư vấn cơ bản\",\"summary\":\"Ba bài ngắn\",\"passPercent\":80,"
            + "\"publishedAt\":\"2026-11-30T03:00:00Z\",\"lessons\":[{\"number\":1,\"title\":\"Lắng nghe tích cực\","
            + "\"text\":\"Nghe hết, không ngắt lời.\",\"html\":\"<p>Nghe hết, không ngắt lời.</p>\","
            + "\"questions\":[{\"id\":\"1.1\",\"text\":\"Nên làm gì?\",\"options\":[\"Ngắt lời\",\"Lắng nghe hết\"]}]}]}";
    static final String RESULT = "{\"id\":\"x\",\"courseId\":\"" + COURSE + "\",\"version\":2,\"score\":1,\"total\":1,"
            + "\"scorePercent\":100,\"passPercent\":80,\"passed\":true,\"occurredAt\":\"2026-11-30T03:00:00Z\","
            + "\"receivedAt\":\"2026-11-30T04:00:00Z\",\"results\":[]}";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private ScriptedServer server;
    private DongHanhClient client;
    private TrainingCourses training;

    @BeforeEach
    void setUp() {
        server = new ScriptedServer();
        client = Fixtures.personClient(server, clock);
        training = new TrainingCourses(client.api().client(), client.outbox(), new InMemoryTrainingStore(), clock);
    }

    @Test
    void aCourseIsTakenOfflineQueuedSentLaterAndItsResultShownAfterTheSync() throws Exception {
        server.on("GET /api/v1/training/courses/" + COURSE + "/package", 200, PACKAGE);
        server.on(
                "GET /api/v1/training/courses",
                200,
                "[{\"id\":\"" + COURSE + "\",\"version\":2,"
                        + "\"title\":\"Kỹ năng tư vấn cơ bản\",\"summary\":\"Ba bài ngắn\",\"lessons\":1,\"questions\":1}]");
        List<TrainingCourseLine> lines = training.courses();
        assertEquals("Kỹ năng tư vấn cơ bản", lines.get(0).title);
        assertFalse(lines.get(0).downloaded);
        training.download(COURSE);

        // Offline from here: the course, its lessons and its quiz come from the phone.
        server.on("GET /api/v1/training/courses", new IOException("no network"));
        assertTrue(training.courses().get(0).downloaded, "the list kept from last time");
        TrainingCourse course = training.offline(COURSE);
        assertEquals(2, course.version);
        assertEquals("Lắng nghe tích cực", course.lessons.get(0).title);
        assertEquals(List.of("Ngắt lời", "Lắng nghe hết"), course.questions().get(0).options);
        training.answer(COURSE, "1.1", 0);
        training.answer(COURSE, "1.1", 1);
        assertEquals(Integer.valueOf(1), training.answers(COURSE).get("1.1"));

        server.on(ATTEMPTS, new IOException("no network"));
        String id = training.submit(COURSE);
        assertTrue(training.result(COURSE).pending);
        FlushResult offline = client.flusher().flush(false);
        assertEquals(0, offline.sent);
        assertTrue(training.result(COURSE).pending, "still in the outbox");

        // Back online: the outbox sends the attempt; the result is the server's answer to the same id.
        server.on(ATTEMPTS, 201, RESULT).on(ATTEMPTS, 201, RESULT);
        assertEquals(1, client.flusher().flush(true).sent);
        TrainingResult result = training.result(COURSE);
        assertFalse(result.pending);
        assertTrue(result.passed);
        assertEquals(100, result.scorePercent);
        List<vn.donghanh.client.http.HttpRequest> sent = server.requestsTo("/attempts");
        JSONObject first = new JSONObject(sent.get(sent.size() - 2).body);
        JSONObject replay = new JSONObject(sent.get(sent.size() - 1).body);
        assertEquals(id, first.getString("id"));
        assertEquals(id, replay.getString("id"), "the result is fetched by replaying the same attempt");
        assertEquals(2, first.getInt("version"));
        assertEquals("1.1", first.getJSONArray("answers").getJSONObject(0).getString("questionId"));
        assertEquals(1, first.getJSONArray("answers").getJSONObject(0).getInt("option"));
        assertFalse(first.toString().contains("correctOption"));

        // Kept: no more requests to show it again.
        int before = server.requests.size();
        assertTrue(training.result(COURSE).passed);
        assertEquals(before, server.requests.size());
        assertTrue(training.answers(COURSE).isEmpty(), "the draft is gone once sent");
    }

    @Test
    void nothingSentHasNoResultAndACourseNeverDownloadedCannotBeSubmitted() throws Exception {
        assertNull(training.result(COURSE));
        assertNull(training.offline(COURSE));
        assertThrows(IllegalStateException.class, () -> training.submit(COURSE));
    }
}
