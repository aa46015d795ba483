package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.store.InMemoryTrainingStore;
import vn.donghanh.client.training.TrainingCourse;
import vn.donghanh.client.training.TrainingCourseLine;
import vn.donghanh.client.training.TrainingCourses;
import vn.donghanh.client.training.TrainingResult;

/**
 * Issue 17's "done when", against the real backend with the demo data: a mentor downloads the demo's
 * crisis course, takes it with the network off, the outbox sends the answers once it is back, the phone
 * shows the result — and the provincial supervisor then sees the completion in the mentor's commune.
 */
@ExtendWith(Backend.class)
class TrainingEndToEndTest {
    static final String CRISIS = "Xử lý khi người được hỗ trợ gặp khủng hoảng";

    @Test
    void aMentorCompletesACourseOfflineAndTheSupervisorSeesIt() throws Exception {
        Phone mentor = EndToEndTest.staff("demo.mentor.women");
        TrainingCourses training = new TrainingCourses(
                mentor.client.api().client(),
                mentor.client.outbox(),
                new InMemoryTrainingStore(),
                mentor.client.clock());
        TrainingCourseLine line = null;
        for (TrainingCourseLine l : training.courses()) {
            line = CRISIS.equals(l.title) ? l : line;
        }
        assertNotNull(line, "the demo's crisis course is offered to mentors");
        assertEquals(0, line.completedVersion);
        training.download(line.id);

        mentor.network.setOffline(true);
        TrainingCourse course = training.offline(line.id);
        assertEquals("Nhận biết dấu hiệu khủng hoảng", course.lessons.get(0).title);
        // The demo's right answers are the second option throughout (the phone does not know that).
        for (TrainingCourse.Question q : course.questions()) {
            training.answer(line.id, q.id, 1);
        }
        training.submit(line.id);
        assertTrue(mentor.client.flusher().flush(false).interrupted);
        assertTrue(training.result(line.id).pending);

        mentor.network.setOffline(false);
        assertEquals(1, mentor.client.flusher().flush(true).sent);
        TrainingResult result = training.result(line.id);
        assertFalse(result.pending);
        assertTrue(result.passed, "all answers right");
        assertEquals(100, result.scorePercent);
        assertEquals(
                1,
                training.courses().stream()
                        .filter(l -> CRISIS.equals(l.title))
                        .findFirst()
                        .get()
                        .completedVersion);

        Phone supervisor = EndToEndTest.staff("demo.supervisor");
        JSONObject completions = supervisor.client.api().client().getObject("/api/v1/training/completions");
        String mentorId = mentor.client.auth().current().account.id;
        boolean seen = false;
        JSONArray communes = completions.getJSONArray("communes");
        for (int i = 0; i < communes.length(); i++) {
            JSONArray staff = communes.getJSONObject(i).getJSONArray("staff");
            for (int j = 0; j < staff.length(); j++) {
                JSONObject s = staff.getJSONObject(j);
                if (!s.getString("accountId").equals(mentorId)) {
                    continue;
                }
                JSONArray done = s.getJSONArray("completed");
                for (int k = 0; k < done.length(); k++) {
                    seen |= done.getJSONObject(k).getString("courseId").equals(line.id);
                }
            }
        }
        assertTrue(seen, "the supervisor sees the mentor's completion: " + completions);
    }
}
