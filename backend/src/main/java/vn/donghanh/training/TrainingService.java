package vn.donghanh.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.account.AccountModels;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.OfflineRecords;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.training.TrainingModels.*;

/**
 * Short courses for mentors and officers. Admins (for the whole country) and provincial supervisors
 * (for their province) publish them; each update is a new version, and every version is kept, so an
 * attempt is checked against the version the phone downloaded and a completion keeps its version
 * number. A course is offered to the staff at or below the unit that published it, of its audience.
 * The correct answers leave the service only to authors, or to a taker in the result of their attempt.
 */
@Singleton
public class TrainingService {
    private static final Argument<List<Answer>> ANSWERS = Argument.listOf(Answer.class);

    private final TrainingStore store;
    private final TrainingImages images;
    private final AccountService accounts;
    private final AdminUnitService units;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    TrainingService(
            TrainingStore store,
            TrainingImages images,
            AccountService accounts,
            AdminUnitService units,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.images = images;
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------ publishing

    /** A new course, as version 1, offered below the author's unit. */
    @Transactional
    public AuthorCourse create(Caller caller, CourseBody body) {
        requireAuthor(caller);
        String id = Ids.orNew(body.id());
        if (store.lockCurrentVersion(id).isPresent()) {
            throw ApiException.conflict("id-in-use", "id is already used by another record");
        }
        Instant now = clock.instant();
        store.createCourse(id, body.audience(), caller.unitId(), caller.unitPath(), caller.accountId(), now);
        publish(caller, id, 1, body, now);
        return authorView(store.current(id).orElseThrow());
    }

    /** An update: a new version; the older ones, and who completed them, stay. */
    @Transactional
    public AuthorCourse update(Caller caller, String id, CourseBody body) {
        requireAuthor(caller);
        TrainingStore.Course course = editable(caller, id);
        int current = store.lockCurrentVersion(id).orElseThrow(ApiException::notFound);
        if (body.baseVersion() == null) {
            throw ApiException.badField("baseVersion", "is required");
        }
        if (body.baseVersion() != current) {
            throw ApiException.conflict(
                    "stale-version",
                    "the course was updated to version " + current + " meanwhile; reload it before publishing");
        }
        publish(caller, course.id(), current + 1, body, clock.instant());
        return authorView(store.current(id).orElseThrow());
    }

    private void publish(Caller caller, String courseId, int version, CourseBody body, Instant now) {
        CourseContent content = content(courseId, body, now);
        store.addVersion(
                courseId,
                version,
                body.audience(),
                body.title().strip(),
                body.summary().strip(),
                body.passPercent(),
                write(content),
                caller.accountId(),
                now);
        audit.append(AuditEntry.of(caller, AuditAction.TRAINING_PUBLISH, null, "course:" + courseId, "v" + version));
    }

    /** Checks the lessons (pictures, links, answers) and stores the new pictures. */
    private CourseContent content(String courseId, CourseBody body, Instant now) {
        List<CourseContent.Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < body.lessons().size(); i++) {
            LessonBody l = body.lessons().get(i);
            String field = "lessons[" + i + "]";
            String imageId = null;
            String alt = null;
            if (l.image() != null) {
                byte[] bytes = images.check(field + ".image", l.image());
                imageId = UUID.randomUUID().toString();
                store.saveImage(imageId, courseId, l.image().contentType().strip(), bytes, now);
                alt = l.image().alt() == null ? null : l.image().alt().strip();
            } else if (l.keepImageId() != null) {
                imageId = l.keepImageId().toString();
                if (store.image(imageId)
                        .filter(im -> im.courseId().equals(courseId))
                        .isEmpty()) {
                    throw ApiException.badField(field + ".keepImageId", "is not a picture of this course");
                }
            }
            String video = l.videoUrl() == null || l.videoUrl().isBlank()
                    ? null
                    : l.videoUrl().strip();
            if (video != null && !isHttps(video)) {
                throw ApiException.badField(field + ".videoUrl", "must be an https address");
            }
            List<CourseContent.Question> questions = new ArrayList<>();
            for (int j = 0; j < l.questions().size(); j++) {
                QuestionBody q = l.questions().get(j);
                if (q.correctOption() < 0 || q.correctOption() >= q.options().size()) {
                    throw ApiException.badField(
                            field + ".questions[" + j + "].correctOption",
                            "must be the index of one of the options (from 0)");
                }
                questions.add(new CourseContent.Question(
                        (i + 1) + "." + (j + 1),
                        q.text().strip(),
                        q.options().stream().map(String::strip).toList(),
                        q.correctOption()));
            }
            lessons.add(new CourseContent.Lesson(l.title().strip(), l.text().strip(), imageId, alt, video, questions));
        }
        return new CourseContent(lessons);
    }

    private static boolean isHttps(String url) {
        try {
            URI u = new URI(url);
            return "https".equalsIgnoreCase(u.getScheme())
                    && u.getHost() != null
                    && !u.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------ listing, downloading

    /** The courses the caller may take (with their own completion), or, for an author, may see. */
    @Transactional
    public List<CourseSummary> list(Caller caller) {
        if (caller.is(Role.ADMIN, Role.SUPERVISOR)) {
            List<TrainingStore.Course> courses =
                    caller.is(Role.ADMIN) ? store.all() : store.offeredAt(caller.unitPath(), true);
            return courses.stream().map(c -> summary(c, null)).toList();
        }
        requireTaker(caller);
        Map<String, TrainingStore.CompletionRow> newest = new HashMap<>();
        for (TrainingStore.CompletionRow r : store.completionsOf(List.of(caller.accountId()))) {
            newest.put(r.courseId(), r); // ordered by version: the newest stays
        }
        return store.offeredAt(caller.unitPath(), false).stream()
                .filter(c -> c.audience().includes(caller.role()))
                .map(c -> summary(c, newest.get(c.id())))
                .toList();
    }

    /** The current version of a course the caller may take, as one JSON for offline use: no answers in it. */
    @Transactional
    public CoursePackage download(Caller caller, String id) {
        requireTaker(caller);
        TrainingStore.Course c = takeable(caller, id);
        CourseContent content = read(c.contentJson());
        List<PackageLesson> lessons = new ArrayList<>();
        for (int i = 0; i < content.lessons().size(); i++) {
            CourseContent.Lesson l = content.lessons().get(i);
            PackageImage image = l.imageId() == null
                    ? null
                    : store.image(l.imageId())
                            .map(im -> new PackageImage(
                                    im.id(),
                                    im.contentType(),
                                    Base64.getEncoder().encodeToString(im.bytes()),
                                    l.imageAlt()))
                            .orElse(null);
            lessons.add(new PackageLesson(
                    i + 1,
                    l.title(),
                    l.text(),
                    LessonMarkup.html(l.text()),
                    image,
                    l.videoUrl(),
                    l.questions().stream()
                            .map(q -> new PackageQuestion(q.id(), q.text(), q.options()))
                            .toList()));
        }
        return new CoursePackage(
                c.id(),
                c.audience(),
                c.version(),
                c.title(),
                c.summary(),
                c.passPercent(),
                c.publishedAt().atOffset(ZoneOffset.UTC),
                lessons);
    }

    // ------------------------------------------------------------------------------ taking

    /**
     * Checks answers given offline against the version the caller took and records the attempt; a pass
     * records the completion of that version. The phone's outbox may send it twice: the same {@code id}
     * answers with the first attempt, unchanged.
     */
    @Transactional
    public Attempt submit(Caller caller, String courseId, SubmitAttempt body) {
        requireTaker(caller);
        String attemptId = body.id().toString();
        var replay = store.attempt(attemptId);
        if (replay.isPresent()) {
            return replayed(caller, courseId, body, replay.get());
        }
        TrainingStore.Course course = takeable(caller, courseId);
        if (body.version() > course.version()) {
            throw ApiException.badField("version", "is not a published version of this course");
        }
        TrainingStore.Course taken = store.version(courseId, body.version())
                .orElseThrow(() -> ApiException.badField("version", "is not a published version of this course"));
        Instant now = clock.instant();
        Instant occurred = body.occurredAt().toInstant();
        OfflineRecords.checkOccurredAt(occurred, now);
        CourseContent content = read(taken.contentJson());
        Map<String, CourseContent.Question> questions = new LinkedHashMap<>();
        content.lessons().forEach(l -> l.questions().forEach(q -> questions.put(q.id(), q)));
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < body.answers().size(); k++) {
            Answer a = body.answers().get(k);
            CourseContent.Question q = questions.get(a.questionId());
            if (q == null) {
                throw ApiException.badField(
                        "answers[" + k + "].questionId", "is not a question of this version of the course");
            }
            if (!seen.add(a.questionId())) {
                throw ApiException.badField("answers[" + k + "].questionId", "is given twice");
            }
            if (a.option() < 0 || a.option() >= q.options().size()) {
                throw ApiException.badField(
                        "answers[" + k + "].option", "must be the index of one of the options (from 0)");
            }
        }
        List<QuestionResult> results = results(content, body.answers());
        int score = (int) results.stream().filter(QuestionResult::right).count();
        int total = results.size();
        boolean passed = percent(score, total) >= taken.passPercent();
        TrainingStore.AttemptRow row = new TrainingStore.AttemptRow(
                attemptId,
                courseId,
                taken.version(),
                caller.accountId(),
                writeAnswers(body.answers()),
                score,
                total,
                passed,
                occurred,
                now);
        if (store.saveAttempt(row) == 0) {
            // The same attempt sent twice at the same moment: the other request recorded it.
            return replayed(caller, courseId, body, store.attempt(attemptId).orElseThrow());
        }
        if (passed) {
            store.complete(courseId, taken.version(), caller.accountId(), attemptId, now);
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.TRAINING_ATTEMPT,
                null,
                "course:" + courseId,
                "v" + taken.version() + " " + score + "/" + total + (passed ? " passed" : " not passed")));
        return attemptView(row, taken, results);
    }

    private Attempt replayed(Caller caller, String courseId, SubmitAttempt body, TrainingStore.AttemptRow r) {
        if (!r.accountId().equals(caller.accountId())
                || !r.courseId().equals(courseId)
                || r.version() != body.version()) {
            throw ApiException.conflict("id-in-use", "id is already used by another record");
        }
        TrainingStore.Course taken = store.version(courseId, r.version()).orElseThrow();
        return attemptView(r, taken, results(read(taken.contentJson()), readAnswers(r.answersJson())));
    }

    private static List<QuestionResult> results(CourseContent content, List<Answer> answers) {
        Map<String, Integer> chosen = new HashMap<>();
        answers.forEach(a -> chosen.put(a.questionId(), a.option()));
        List<QuestionResult> out = new ArrayList<>();
        for (CourseContent.Lesson l : content.lessons()) {
            for (CourseContent.Question q : l.questions()) {
                Integer c = chosen.get(q.id());
                out.add(new QuestionResult(q.id(), c, q.correctOption(), c != null && c == q.correctOption()));
            }
        }
        return out;
    }

    private static int percent(int score, int total) {
        return total == 0 ? 100 : score * 100 / total;
    }

    // ------------------------------------------------------------------------------ who completed what

    /**
     * Per commune at or below the unit (the caller's own when null): its active mentors and officers and
     * the newest version of each course they completed; per course, how many of those it is for did.
     * Supervisors for their units, officers for their own commune, admins anywhere.
     */
    @Transactional
    public Completions completions(Caller caller, @Nullable String unitId) {
        if (!caller.is(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER)) {
            throw ApiException.forbidden("training records are for officers, supervisors and admins");
        }
        String id = unitId == null ? caller.unitId() : unitId;
        AdminUnitEntity unit = units.unitsOf(List.of(id)).get(id);
        if (unit == null || (!caller.is(Role.ADMIN) && !unit.path().startsWith(caller.unitPath()))) {
            throw ApiException.notFound();
        }
        Board b = board(unit);
        List<TrainingStore.Course> courses = store.offeredAt(unit.path(), true);
        List<CommuneCompletions> communes = new ArrayList<>();
        for (AdminUnit commune : b.communes()) {
            String communePath = b.paths().get(commune.id());
            List<AccountModels.Account> staff = b.staffByUnit().getOrDefault(commune.id(), List.of());
            List<StaffCompletions> people = new ArrayList<>();
            for (AccountModels.Account a : staff) {
                List<Completed> done = new ArrayList<>();
                for (TrainingStore.Course c : courses) {
                    TrainingStore.CompletionRow r = b.newest().get(a.id() + "/" + c.id());
                    if (r != null) {
                        done.add(new Completed(
                                c.id(),
                                r.version(),
                                r.version() == c.version(),
                                r.completedAt().atOffset(ZoneOffset.UTC)));
                    }
                }
                people.add(new StaffCompletions(a.id(), a.displayName(), a.role(), done));
            }
            List<CourseCount> counts = new ArrayList<>();
            for (TrainingStore.Course c : courses) {
                int eligible = 0;
                int completed = 0;
                for (AccountModels.Account a : staff) {
                    if (offeredTo(c, communePath, a.role())) {
                        eligible++;
                        completed += b.newest().containsKey(a.id() + "/" + c.id()) ? 1 : 0;
                    }
                }
                counts.add(new CourseCount(c.id(), eligible, completed));
            }
            communes.add(new CommuneCompletions(commune.id(), commune.name(), people, counts));
        }
        audit.append(AuditEntry.of(caller, AuditAction.TRAINING_READ, null, "unit:" + unit.id(), null));
        return new Completions(
                unit.id(),
                unit.name(),
                courses.stream()
                        .map(c -> new CourseRef(c.id(), c.title(), c.version(), c.audience()))
                        .toList(),
                communes);
    }

    /**
     * For the periodic report (already scoped by it): per course offered at the unit, how many active
     * mentors and officers below the unit it is for, and how many of them completed any version of it.
     */
    public List<CourseShare> shares(String unitId) {
        AdminUnitEntity unit = units.unitsOf(List.of(unitId)).get(unitId);
        if (unit == null) {
            return List.of();
        }
        Board b = board(unit);
        List<CourseShare> out = new ArrayList<>();
        for (TrainingStore.Course c : store.offeredAt(unit.path(), false)) {
            int[] n = new int[4];
            b.staffByUnit()
                    .values()
                    .forEach(list -> list.forEach(a -> {
                        if (!c.audience().includes(a.role())) {
                            return;
                        }
                        boolean done = b.newest().containsKey(a.id() + "/" + c.id());
                        int slot = a.role() == Role.MENTOR ? 0 : 2;
                        n[slot]++;
                        n[slot + 1] += done ? 1 : 0;
                    }));
            out.add(new CourseShare(c.id(), c.title(), c.audience(), n[0], n[1], n[2], n[3]));
        }
        return out;
    }

    /** The communes below a unit, their active mentors and officers, and each one's newest completion per course. */
    private record Board(
            List<AdminUnit> communes,
            Map<String, String> paths,
            Map<String, List<AccountModels.Account>> staffByUnit,
            Map<String, TrainingStore.CompletionRow> newest) {}

    private Board board(AdminUnitEntity unit) {
        List<AdminUnit> communes = units.communesUnder(unit.path());
        Map<String, String> paths = new HashMap<>();
        units.unitsOf(communes.stream().map(AdminUnit::id).toList()).forEach((k, v) -> paths.put(k, v.path()));
        Map<String, List<AccountModels.Account>> staff = new HashMap<>();
        for (Role role : List.of(Role.MENTOR, Role.OFFICER)) {
            for (AccountModels.Account a : accounts.list(unit.id(), role)) {
                if (a.active() && paths.containsKey(a.adminUnitId())) {
                    staff.computeIfAbsent(a.adminUnitId(), k -> new ArrayList<>())
                            .add(a);
                }
            }
        }
        staff.values()
                .forEach(l -> l.sort(Comparator.comparing(AccountModels.Account::role) // officers first
                        .thenComparing(AccountModels.Account::displayName)));
        Map<String, TrainingStore.CompletionRow> newest = new HashMap<>();
        List<String> ids = staff.values().stream()
                .flatMap(List::stream)
                .map(AccountModels.Account::id)
                .toList();
        for (TrainingStore.CompletionRow r : store.completionsOf(ids)) {
            newest.put(r.accountId() + "/" + r.courseId(), r); // ordered by version: the newest stays
        }
        return new Board(communes, paths, staff, newest);
    }

    private static boolean offeredTo(TrainingStore.Course c, String unitPath, Role role) {
        return c.audience().includes(role) && unitPath != null && unitPath.startsWith(c.ownerUnitPath());
    }

    // ------------------------------------------------------------------------------ scope

    private static void requireAuthor(Caller caller) {
        if (!caller.is(Role.ADMIN, Role.SUPERVISOR)) {
            throw ApiException.forbidden("courses are published by admins and provincial supervisors");
        }
    }

    private static void requireTaker(Caller caller) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("courses are taken by mentors and officers");
        }
    }

    /** A course the author may update: an admin any, a supervisor those published at or below their unit. */
    private TrainingStore.Course editable(Caller caller, String id) {
        return store.current(id)
                .filter(c -> caller.is(Role.ADMIN) || c.ownerUnitPath().startsWith(caller.unitPath()))
                .orElseThrow(ApiException::notFound);
    }

    /** A course offered to the caller: published at or above their unit, for their role. Otherwise 404. */
    private TrainingStore.Course takeable(Caller caller, String id) {
        return store.current(id)
                .filter(c -> offeredTo(c, caller.unitPath(), caller.role()))
                .orElseThrow(ApiException::notFound);
    }

    // ------------------------------------------------------------------------------ views

    private CourseSummary summary(TrainingStore.Course c, TrainingStore.CompletionRow done) {
        CourseContent content = read(c.contentJson());
        return new CourseSummary(
                c.id(),
                c.audience(),
                c.version(),
                c.title(),
                c.summary(),
                c.passPercent(),
                content.lessons().size(),
                content.questionCount(),
                c.publishedAt().atOffset(ZoneOffset.UTC),
                done == null ? null : done.version(),
                done == null ? null : done.completedAt().atOffset(ZoneOffset.UTC));
    }

    private AuthorCourse authorView(TrainingStore.Course c) {
        CourseContent content = read(c.contentJson());
        List<AuthorLesson> lessons = new ArrayList<>();
        for (int i = 0; i < content.lessons().size(); i++) {
            CourseContent.Lesson l = content.lessons().get(i);
            lessons.add(new AuthorLesson(
                    i + 1,
                    l.title(),
                    l.text(),
                    l.imageId(),
                    l.videoUrl(),
                    l.questions().stream()
                            .map(q -> new AuthorQuestion(q.id(), q.text(), q.options(), q.correctOption()))
                            .toList()));
        }
        return new AuthorCourse(
                c.id(),
                c.audience(),
                c.ownerUnitId(),
                c.version(),
                c.title(),
                c.summary(),
                c.passPercent(),
                c.publishedAt().atOffset(ZoneOffset.UTC),
                lessons);
    }

    private static Attempt attemptView(
            TrainingStore.AttemptRow r, TrainingStore.Course taken, List<QuestionResult> results) {
        return new Attempt(
                r.id(),
                r.courseId(),
                r.version(),
                r.score(),
                r.total(),
                percent(r.score(), r.total()),
                taken.passPercent(),
                r.passed(),
                r.occurredAt().atOffset(ZoneOffset.UTC),
                r.receivedAt().atOffset(ZoneOffset.UTC),
                results);
    }

    private CourseContent read(String s) {
        try {
            return json.readValue(s, CourseContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Answer> readAnswers(String s) {
        try {
            return json.readValue(s, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String writeAnswers(List<Answer> answers) {
        return write(answers);
    }
}
