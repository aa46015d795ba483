package vn.donghanh.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A published version's lessons and quiz as stored ({@code training_course_version.content_json}),
 * correct answers included: only {@link TrainingService} reads it, and a taker's view leaves them out.
 * Question ids are "lesson.question" ("1.2"), stable within a version.
 */
@Serdeable
public record CourseContent(List<Lesson> lessons) {
    @Serdeable
    public record Lesson(
            String title,
            String text,
            @Nullable String imageId,
            @Nullable String imageAlt,
            @Nullable String videoUrl,
            List<Question> questions) {}

    @Serdeable
    public record Question(String id, String text, List<String> options, int correctOption) {}

    public int questionCount() {
        return lessons.stream().mapToInt(l -> l.questions().size()).sum();
    }
}
