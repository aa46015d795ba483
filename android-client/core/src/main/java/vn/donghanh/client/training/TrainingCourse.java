package vn.donghanh.client.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/**
 * A downloaded course as the phone shows it offline: lessons (text, optional picture as base64,
 * optional video link) and the quiz questions with their options — never the correct answers, which
 * the server sends only in the result of an attempt.
 */
public final class TrainingCourse {
    public final String id;
    public final int version;
    public final String title;
    public final String summary;
    public final int passPercent;
    public final List<Lesson> lessons;

    public static final class Lesson {
        public final int number;
        public final String title;
        public final String text;
        /** base64 PNG or JPEG, or null. */
        public final String imageData;

        public final String imageAlt;
        public final String videoUrl;
        public final List<Question> questions;

        Lesson(
                int number,
                String title,
                String text,
                String imageData,
                String imageAlt,
                String videoUrl,
                List<Question> questions) {
            this.number = number;
            this.title = title;
            this.text = text;
            this.imageData = imageData;
            this.imageAlt = imageAlt;
            this.videoUrl = videoUrl;
            this.questions = questions;
        }
    }

    public static final class Question {
        public final String id;
        public final String text;
        public final List<String> options;

        Question(String id, String text, List<String> options) {
            this.id = id;
            this.text = text;
            this.options = options;
        }
    }

    private TrainingCourse(
            String id, int version, String title, String summary, int passPercent, List<Lesson> lessons) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.summary = summary;
        this.passPercent = passPercent;
        this.lessons = lessons;
    }

    /** Every question of the course, lesson by lesson. */
    public List<Question> questions() {
        List<Question> out = new ArrayList<>();
        for (Lesson l : lessons) {
            out.addAll(l.questions);
        }
        return out;
    }

    /** From the server's course package ({@code GET /api/v1/training/courses/{id}/package}). */
    public static TrainingCourse from(JSONObject o) {
        List<Lesson> lessons = new ArrayList<>();
        JSONArray ls = o.optJSONArray("lessons");
        for (JSONObject l : Json.objects(ls)) {
            List<Question> questions = new ArrayList<>();
            for (JSONObject q : Json.objects(l.optJSONArray("questions"))) {
                questions.add(new Question(Json.string(q, "id"), Json.string(q, "text"), Json.strings(q, "options")));
            }
            JSONObject image = Json.object(l, "image");
            lessons.add(new Lesson(
                    l.optInt("number"),
                    Json.string(l, "title"),
                    Json.string(l, "text"),
                    image == null ? null : Json.string(image, "data"),
                    image == null ? null : Json.string(image, "alt"),
                    Json.string(l, "videoUrl"),
                    Collections.unmodifiableList(questions)));
        }
        return new TrainingCourse(
                Json.string(o, "id"),
                o.optInt("version"),
                Json.string(o, "title"),
                Json.string(o, "summary"),
                o.optInt("passPercent"),
                Collections.unmodifiableList(lessons));
    }
}
