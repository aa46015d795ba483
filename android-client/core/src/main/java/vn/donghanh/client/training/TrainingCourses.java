package vn.donghanh.client.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.api.ApiClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.outbox.Outbox;
import vn.donghanh.client.store.TrainingStore;
import vn.donghanh.client.time.Clock;
import vn.donghanh.client.time.Rfc3339;

/**
 * Training on the phone (issue 17): the mentor lists the courses offered to them, downloads one, reads
 * the lessons and answers the quiz offline, and the answers go out through the offline outbox like a
 * check-in (a client-chosen id, so a resend is the same attempt). The result is fetched once the
 * outbox has sent it: by sending the same attempt again, which the server answers with the first one,
 * unchanged — so no separate "results" endpoint and no chance of a second attempt.
 */
public final class TrainingCourses {
    static final String LIST = "list";

    private final ApiClient api;
    private final Outbox outbox;
    private final TrainingStore store;
    private final Clock clock;

    public TrainingCourses(ApiClient api, Outbox outbox, TrainingStore store, Clock clock) {
        this.api = api;
        this.outbox = outbox;
        this.store = store;
        this.clock = clock;
    }

    /** The courses offered to the account: from the server when online (kept), else the list kept last time. */
    public List<TrainingCourseLine> courses() throws IOException, ApiException {
        JSONArray list;
        try {
            list = api.getArray("/api/v1/training/courses");
            store.put(key(LIST), list.toString());
        } catch (IOException e) {
            String kept = store.get(key(LIST));
            if (kept == null) {
                throw e;
            }
            list = Json.parseArray(kept);
        }
        List<TrainingCourseLine> out = new ArrayList<>();
        for (JSONObject o : Json.objects(list)) {
            out.add(new TrainingCourseLine(o, store.get(key("course/" + Json.string(o, "id"))) != null));
        }
        return out;
    }

    /** Downloads the current version for offline use; answers begun for an older version are dropped. */
    public TrainingCourse download(String courseId) throws IOException, ApiException {
        JSONObject pkg = api.getObject("/api/v1/training/courses/" + courseId + "/package");
        TrainingCourse previous = offline(courseId);
        store.put(key("course/" + courseId), pkg.toString());
        TrainingCourse course = TrainingCourse.from(pkg);
        if (previous != null && previous.version != course.version) {
            store.remove(key("answers/" + courseId));
        }
        return course;
    }

    /** The downloaded course, or null when it was never downloaded. */
    public TrainingCourse offline(String courseId) {
        String text = store.get(key("course/" + courseId));
        return text == null ? null : TrainingCourse.from(Json.parse(text));
    }

    /** Chooses an option (from 0) for a question, offline; choosing again replaces it. */
    public void answer(String courseId, String questionId, int option) {
        JSONObject answers = draft(courseId);
        Json.put(answers, questionId, option);
        store.put(key("answers/" + courseId), answers.toString());
    }

    /** The options chosen so far, by question id. */
    public Map<String, Integer> answers(String courseId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        JSONObject answers = draft(courseId);
        Iterator<String> keys = answers.keys();
        while (keys.hasNext()) {
            String k = keys.next();
            out.put(k, answers.optInt(k));
        }
        return out;
    }

    /**
     * Queues the answers in the outbox (sent with the next flush, even much later) and forgets the
     * draft; the result comes with {@link #result}. Returns the attempt's id.
     */
    public String submit(String courseId) {
        TrainingCourse course = offline(courseId);
        if (course == null) {
            throw new IllegalStateException("the course is not downloaded");
        }
        JSONArray list = new JSONArray();
        for (Map.Entry<String, Integer> a : answers(courseId).entrySet()) {
            JSONObject o = new JSONObject();
            Json.put(o, "questionId", a.getKey());
            Json.put(o, "option", a.getValue());
            list.put(o);
        }
        JSONObject body = new JSONObject();
        Json.put(body, "version", course.version);
        Json.put(body, "occurredAt", Rfc3339.formatUtc(clock.nowMillis()));
        Json.put(body, "answers", list);
        String id = outbox.queueTrainingAttempt(courseId, body);
        JSONObject sent = new JSONObject();
        Json.put(sent, "id", id);
        Json.put(sent, "version", course.version);
        store.put(key("attempt/" + courseId), sent.toString());
        store.remove(key("result/" + courseId));
        store.remove(key("answers/" + courseId));
        return id;
    }

    /**
     * The result of the last answers sent: null when none were; pending while the outbox still holds
     * them (offline); else the server's checked attempt, fetched once by sending the same attempt again.
     */
    public TrainingResult result(String courseId) throws IOException, ApiException {
        String sentText = store.get(key("attempt/" + courseId));
        if (sentText == null) {
            return null;
        }
        JSONObject sent = Json.parse(sentText);
        String id = Json.string(sent, "id");
        if (outbox.isUnsent(id)) {
            return TrainingResult.waiting(sent.optInt("version"));
        }
        String kept = store.get(key("result/" + courseId));
        if (kept != null) {
            return TrainingResult.from(Json.parse(kept));
        }
        JSONObject body = new JSONObject();
        Json.put(body, "id", id);
        Json.put(body, "version", sent.optInt("version"));
        Json.put(body, "occurredAt", Rfc3339.formatUtc(clock.nowMillis()));
        Json.put(body, "answers", new JSONArray());
        // The server answers a known attempt id with the first attempt: these values are not read again.
        JSONObject attempt = api.post("/api/v1/training/courses/" + courseId + "/attempts", body);
        store.put(key("result/" + courseId), attempt.toString());
        return TrainingResult.from(attempt);
    }

    private JSONObject draft(String courseId) {
        String text = store.get(key("answers/" + courseId));
        return text == null ? new JSONObject() : Json.parse(text);
    }

    /** Keys are per account: a shared phone keeps each account's courses and answers apart. */
    private String key(String name) {
        String account = outbox.signedInAccountId();
        return (account == null ? "-" : account) + "/" + name;
    }
}
