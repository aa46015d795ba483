package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Role;
import vn.donghanh.training.TrainingModels;
import vn.donghanh.training.TrainingService;

/**
 * "Đào tạo" (issue 17): per commune below the caller's unit, which mentor and officer completed which
 * course, and which version — {@code training/TrainingService.completions}, as the API's
 * {@code GET /api/v1/training/completions}. Supervisors for their units, officers for their commune.
 * An officer also sees, first, the courses offered to them with their own status, each linking to
 * {@link TrainingCoursePageController} to take it in the console.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class TrainingPageController {
    static final String PATH = "/training";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TrainingService training;

    public TrainingPageController(TrainingService training) {
        this.training = training;
    }

    @Get(value = PATH, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, ConsoleSession session, @QueryValue @Nullable String unit) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "training");
        try {
            TrainingModels.Completions c = training.completions(
                    session.caller(), unit == null || unit.isBlank() ? null : Ids.parse("unit", unit));
            Locale locale = ConsoleMessages.localeOf(request);
            model.put("unitName", c.unitName());
            List<Map<String, Object>> courses = new ArrayList<>();
            for (TrainingModels.CourseRef r : c.courses()) {
                courses.add(ConsolePage.row(
                        "id",
                        r.id(),
                        "title",
                        r.title(),
                        "version",
                        r.currentVersion(),
                        "audience",
                        r.audience().name()));
            }
            model.put("courses", courses);
            List<Map<String, Object>> communes = new ArrayList<>();
            for (TrainingModels.CommuneCompletions cc : c.communes()) {
                List<Map<String, Object>> counts = new ArrayList<>();
                for (TrainingModels.CourseCount n : cc.counts()) {
                    counts.add(ConsolePage.row(
                            "completed", ConsoleFormat.number(n.completed(), locale),
                            "eligible", ConsoleFormat.number(n.eligible(), locale),
                            "none", n.eligible() == 0));
                }
                List<Map<String, Object>> staff = new ArrayList<>();
                for (TrainingModels.StaffCompletions s : cc.staff()) {
                    Map<String, TrainingModels.Completed> done = new HashMap<>();
                    s.completed().forEach(d -> done.put(d.courseId(), d));
                    List<Map<String, Object>> cells = new ArrayList<>();
                    for (TrainingModels.CourseRef r : c.courses()) {
                        TrainingModels.Completed d = done.get(r.id());
                        boolean forThem = r.audience().includes(s.role());
                        cells.add(ConsolePage.row(
                                "done",
                                d != null,
                                "forThem",
                                forThem,
                                "version",
                                d == null ? null : d.version(),
                                "current",
                                d != null && d.current(),
                                "on",
                                d == null ? null : ConsoleFormat.dateTime(d.completedAt(), VN)));
                    }
                    staff.add(ConsolePage.row(
                            "name", s.displayName(), "role", s.role().name(), "cells", cells));
                }
                communes.add(ConsolePage.row("id", cc.unitId(), "name", cc.name(), "staff", staff, "counts", counts));
            }
            model.put("communes", communes);
            model.put("myCourses", myCourses(session, locale));
            return ConsolePage.render("console/training", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * The courses the signed-in staff member takes themself (those the training service lets take a
     * course: officers, in the console), with the newest version they completed; null for authors.
     */
    private List<Map<String, Object>> myCourses(ConsoleSession session, Locale locale) {
        if (!session.caller().is(Role.OFFICER, Role.MENTOR)) {
            return null;
        }
        List<Map<String, Object>> mine = new ArrayList<>();
        for (TrainingModels.CourseSummary s : training.list(session.caller())) {
            mine.add(ConsolePage.row(
                    "id", s.id(),
                    "title", s.title(),
                    "summary", s.summary(),
                    "version", s.version(),
                    "lessons", ConsoleFormat.number(s.lessons(), locale),
                    "questions", ConsoleFormat.number(s.questions(), locale),
                    "doneVersion", s.completedVersion(),
                    "current", s.completedVersion() != null && s.completedVersion() == s.version(),
                    "on", s.completedAt() == null ? null : ConsoleFormat.dateTime(s.completedAt(), VN)));
        }
        return mine;
    }
}
