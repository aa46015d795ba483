package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.training.TrainingCourse;
import vn.donghanh.client.training.TrainingCourseLine;
import vn.donghanh.client.training.TrainingCourses;
import vn.donghanh.client.training.TrainingResult;

/**
 * Training on the phone (issue 17): the list of courses; opening one downloads it when online (else
 * the copy on the phone); options chosen offline are kept on the phone; "Nộp bài" queues the answers
 * in the outbox and tries to send them at once; the result shows once the server has them.
 */
public final class TrainingPresenter extends Presenter<TrainingView> {
    private final TrainingCourses training;
    private String openId;

    public TrainingPresenter(TrainingView view, DongHanhClient client, TrainingCourses training) {
        super(view, client);
        this.training = training;
    }

    public void start() {
        final String id = openId;
        load(() -> id == null ? list() : course(id, false), TrainingView::render);
    }

    public void open(final String courseId) {
        openId = courseId;
        load(() -> course(courseId, true), TrainingView::render);
    }

    /** Back to the list; false when the list is showing already (the screen may close). */
    public boolean back() {
        if (openId == null) {
            return false;
        }
        openId = null;
        start();
        return true;
    }

    public void choose(final String questionId, final int option) {
        final String id = openId;
        load(
                () -> {
                    training.answer(id, questionId, option);
                    return course(id, false);
                },
                TrainingView::render);
    }

    public void submit() {
        final String id = openId;
        load(
                () -> {
                    training.submit(id);
                    client.flusher().flush(true);
                    return course(id, false);
                },
                TrainingView::render);
    }

    private TrainingModel list() throws Exception {
        try {
            return new TrainingModel(training.courses(), false, null, null, null);
        } catch (IOException e) {
            return new TrainingModel(new ArrayList<TrainingCourseLine>(), true, null, null, null);
        }
    }

    private TrainingModel course(String id, boolean download) throws Exception {
        TrainingCourse course = null;
        boolean offline = false;
        if (download) {
            try {
                course = training.download(id);
            } catch (IOException e) {
                offline = true;
            }
        }
        if (course == null) {
            course = training.offline(id);
        }
        if (course == null) {
            throw new IOException("the course is not on the phone and the network is down");
        }
        TrainingResult result;
        try {
            result = training.result(id);
        } catch (IOException e) {
            result = TrainingResult.waiting(course.version);
        }
        List<TrainingCourseLine> none = new ArrayList<>();
        return new TrainingModel(none, offline, course, training.answers(id), result);
    }
}
