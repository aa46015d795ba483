package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.training.TrainingModels;
import vn.donghanh.training.TrainingService;

/**
 * A course taken in the console (issue 17: "on the phone or the console"): the lessons and the quiz
 * as a plain form, checked by {@code TrainingService.submit} exactly as the phone's
 * {@code POST /api/v1/training/courses/{id}/attempts}. The page carries a hidden attempt id made when
 * it is rendered, so a form sent twice (double click, reload of the result) records one attempt and
 * shows it again. Whether the caller may take the course is the service's rule (404 otherwise).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class TrainingCoursePageController {
    static final String PATH = TrainingPageController.PATH + "/courses";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Form field of a question's answer: {@code answer-1.2} for question 1.2. */
    static final String ANSWER = "answer-";

    private final TrainingService training;
    private final Clock clock;

    public TrainingCoursePageController(TrainingService training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    @Get(value = PATH + "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        try {
            TrainingModels.CoursePackage course = training.download(session.caller(), Ids.parse("id", id));
            Map<String, String> fresh = Map.of("attemptId", UUID.randomUUID().toString());
            return render(request, session, course, fresh, Map.of(), null, null, HttpStatus.OK);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = PATH + "/{id}/attempts",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> submit(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String courseId = Ids.parse("id", id);
            TrainingModels.CoursePackage course = training.download(session.caller(), courseId);
            ConsoleForm f = ConsoleForm.of(request, form);
            UUID attemptId = f.uuid("attemptId");
            Integer version = f.integer("version");
            if (attemptId == null || version == null) {
                throw ApiException.badField("attemptId", "is required"); // not our form: the not-found page
            }
            ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
            Map<String, String> unanswered = new LinkedHashMap<>();
            List<TrainingModels.Answer> answers = new ArrayList<>();
            for (TrainingModels.PackageLesson l : course.lessons()) {
                for (TrainingModels.PackageQuestion q : l.questions()) {
                    Integer option = f.integer(ANSWER + q.id());
                    if (option == null) {
                        unanswered.put(q.id(), words.get("trn.quiz.unanswered"));
                    } else {
                        answers.add(new TrainingModels.Answer(q.id(), option));
                    }
                }
            }
            if (version != course.version()) {
                // The course was updated between the page and the answers: its questions may differ, so
                // show the new version's quiz, with a fresh attempt id, rather than check old answers.
                Map<String, String> fresh =
                        Map.of("attemptId", UUID.randomUUID().toString());
                return render(
                        request,
                        session,
                        course,
                        fresh,
                        Map.of(),
                        null,
                        words.get("trn.quiz.updated"),
                        HttpStatus.CONFLICT);
            }
            if (!unanswered.isEmpty()) {
                return render(request, session, course, form, unanswered, null, null, HttpStatus.BAD_REQUEST);
            }
            TrainingModels.SubmitAttempt body = new TrainingModels.SubmitAttempt(
                    attemptId, version, OffsetDateTime.now(clock.withZone(VN)), answers);
            TrainingModels.Attempt attempt = f.run(() -> training.submit(session.caller(), courseId, body));
            if (attempt == null) {
                // Not a form this page made (an option that does not exist, an attempt id used before):
                // the service's words, in the console's language.
                String why = f.errors().isEmpty()
                        ? String.valueOf(f.model().get("general"))
                        : f.errors().values().iterator().next();
                Map<String, String> fresh =
                        Map.of("attemptId", UUID.randomUUID().toString());
                return render(request, session, course, fresh, Map.of(), null, why, HttpStatus.BAD_REQUEST);
            }
            return render(request, session, course, form, Map.of(), attempt, null, HttpStatus.OK);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private static HttpResponse<?> render(
            HttpRequest<?> request,
            ConsoleSession session,
            TrainingModels.CoursePackage course,
            Map<String, String> values,
            Map<String, String> unanswered,
            TrainingModels.Attempt attempt,
            String problem,
            HttpStatus status) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "training");
        Map<String, TrainingModels.QuestionResult> results = new HashMap<>();
        if (attempt != null) {
            attempt.results().forEach(r -> results.put(r.questionId(), r));
        }
        List<Map<String, Object>> lessons = new ArrayList<>();
        List<Map<String, Object>> quiz = new ArrayList<>();
        for (TrainingModels.PackageLesson l : course.lessons()) {
            TrainingModels.PackageImage im = l.image();
            lessons.add(ConsolePage.row(
                    "number", l.number(),
                    "title", l.title(),
                    "html", l.html(), // the service escaped every character of the author's text
                    "imageSrc", im == null ? null : "data:" + im.contentType() + ";base64," + im.data(),
                    "imageAlt", im == null || im.alt() == null ? "" : im.alt(),
                    "videoUrl", l.videoUrl()));
            for (TrainingModels.PackageQuestion q : l.questions()) {
                TrainingModels.QuestionResult r = results.get(q.id());
                String name = ANSWER + q.id();
                String sent = values.get(name);
                List<Map<String, Object>> options = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    Integer chosen = r == null ? null : r.chosen();
                    options.add(ConsolePage.row(
                            "index",
                            i,
                            "text",
                            q.options().get(i),
                            "checked",
                            r == null ? String.valueOf(i).equals(sent) : chosen != null && chosen == i,
                            "correct",
                            r != null && r.correctOption() == i,
                            "wrongChoice",
                            r != null && chosen != null && chosen == i && !r.right()));
                }
                quiz.add(ConsolePage.row(
                        "id",
                        q.id(),
                        "domId",
                        "q-" + q.id().replace('.', '-'),
                        "name",
                        name,
                        "lesson",
                        l.number(),
                        "text",
                        q.text(),
                        "options",
                        options,
                        "error",
                        unanswered.get(q.id()),
                        "right",
                        r != null && r.right()));
            }
        }
        model.put(
                "course",
                ConsolePage.row(
                        "id", course.id(),
                        "title", course.title(),
                        "summary", course.summary(),
                        "version", course.version(),
                        "passPercent", course.passPercent(),
                        "published", ConsoleFormat.dateTime(course.publishedAt(), VN)));
        model.put("lessons", lessons);
        model.put("quiz", quiz);
        model.put("attemptId", values.get("attemptId"));
        model.put("unanswered", unanswered.size());
        model.put(
                "firstUnanswered",
                unanswered.isEmpty()
                        ? null
                        : "q-" + unanswered.keySet().iterator().next().replace('.', '-'));
        model.put(
                "result",
                attempt == null
                        ? null
                        : ConsolePage.row(
                                "score", attempt.score(),
                                "total", attempt.total(),
                                "percent", attempt.scorePercent(),
                                "passPercent", attempt.passPercent(),
                                "passed", attempt.passed(),
                                "version", attempt.version()));
        model.put("problem", problem);
        return ConsolePage.render(status, "console/training-course", model);
    }
}
