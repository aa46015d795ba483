package vn.donghanh.client.presenter.mentor;

import java.util.List;
import java.util.Map;
import vn.donghanh.client.training.TrainingCourse;
import vn.donghanh.client.training.TrainingCourseLine;
import vn.donghanh.client.training.TrainingResult;

/**
 * What the training screen shows: with {@code course} null, the list of courses (the last copy when
 * {@code offline}); otherwise the course's lessons and quiz with the options chosen so far, and the
 * result of the answers sent (null: none sent; pending: still in the outbox).
 */
public final class TrainingModel {
    public final List<TrainingCourseLine> courses;
    public final boolean offline;
    public final TrainingCourse course;
    public final Map<String, Integer> chosen;
    public final TrainingResult result;

    TrainingModel(
            List<TrainingCourseLine> courses,
            boolean offline,
            TrainingCourse course,
            Map<String, Integer> chosen,
            TrainingResult result) {
        this.courses = courses;
        this.offline = offline;
        this.course = course;
        this.chosen = chosen;
        this.result = result;
    }

    /** True when every question has an option chosen (the answers may be sent). */
    public boolean complete() {
        return course != null && chosen.keySet().containsAll(ids());
    }

    private java.util.Set<String> ids() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (TrainingCourse.Question q : course.questions()) {
            out.add(q.id);
        }
        return out;
    }
}
