package vn.donghanh.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.PlausiblePast;
import vn.donghanh.security.Role;

/** The training API's bodies; the stored form of a version is {@link CourseContent}. */
public final class TrainingModels {
    private TrainingModels() {}

    // ---------------------------------------------------------------- publishing (admins, supervisors)

    /**
     * A course as its author sends it, for its first version ({@code id}: the client's, optional) or
     * an update ({@code baseVersion}: the version the author edited, required on update: 409 when
     * another update was published in between).
     */
    @Serdeable
    public record CourseBody(
            @Nullable UUID id,
            @Nullable Integer baseVersion,
            @NotNull Audience audience,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 1000) String summary,
            @NotNull @Min(1) @Max(100) Integer passPercent,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid LessonBody> lessons) {}

    /**
     * One lesson: plain text (blank lines make paragraphs, "- " starts a list item; HTML is shown as
     * written, never interpreted), an optional picture (new {@code image}, or {@code keepImageId} of
     * the course's earlier version), an optional https video link, and its quiz.
     */
    @Serdeable
    public record LessonBody(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 20000) String text,
            @Nullable @Valid ImageBody image,
            @Nullable UUID keepImageId,
            @Nullable @Size(max = 500) String videoUrl,
            @NotNull @Size(max = 10) List<@NotNull @Valid QuestionBody> questions) {}

    /** A picture: {@code image/png} or {@code image/jpeg}, base64 in {@code data}. */
    @Serdeable
    public record ImageBody(
            @NotBlank @Size(max = 20) String contentType,
            @NotBlank String data,
            @Nullable @Size(max = 300) String alt) {}

    /** A single-choice question; {@code correctOption} is the index (from 0) of the right option. */
    @Serdeable
    public record QuestionBody(
            @NotBlank @Size(max = 500) String text,
            @NotNull @Size(min = 2, max = 6) List<@NotBlank @Size(max = 300) String> options,
            @NotNull Integer correctOption) {}

    /** A course as its authors see it: the current version, answers included. */
    @Serdeable
    public record AuthorCourse(
            String id,
            Audience audience,
            String ownerUnitId,
            int version,
            String title,
            String summary,
            int passPercent,
            OffsetDateTime publishedAt,
            List<AuthorLesson> lessons) {}

    @Serdeable
    public record AuthorLesson(
            int number,
            String title,
            String text,
            @Nullable String imageId,
            @Nullable String videoUrl,
            List<AuthorQuestion> questions) {}

    @Serdeable
    public record AuthorQuestion(String id, String text, List<String> options, int correctOption) {}

    // ---------------------------------------------------------------- taking (mentors, officers)

    /**
     * A line of the course list. For a mentor or officer, {@code completedVersion} is the newest version
     * they completed (null: none), {@code completedAt} when.
     */
    @Serdeable
    public record CourseSummary(
            String id,
            Audience audience,
            int version,
            String title,
            String summary,
            int passPercent,
            int lessons,
            int questions,
            OffsetDateTime publishedAt,
            @Nullable Integer completedVersion,
            @Nullable OffsetDateTime completedAt) {}

    /** Everything a phone needs to take the course offline, in one JSON: no correct answers in it. */
    @Serdeable
    public record CoursePackage(
            String id,
            Audience audience,
            int version,
            String title,
            String summary,
            int passPercent,
            OffsetDateTime publishedAt,
            List<PackageLesson> lessons) {}

    /** {@code html} is {@code text} made safe to show (every character escaped, paragraphs and lists kept). */
    @Serdeable
    public record PackageLesson(
            int number,
            String title,
            String text,
            String html,
            @Nullable PackageImage image,
            @Nullable String videoUrl,
            List<PackageQuestion> questions) {}

    @Serdeable
    public record PackageImage(
            String id,
            String contentType,
            String data,
            @Nullable String alt) {}

    @Serdeable
    public record PackageQuestion(String id, String text, List<String> options) {}

    /**
     * Answers given offline: {@code id} is the phone's (a resubmission answers with the first attempt),
     * {@code version} the version downloaded, {@code occurredAt} when the quiz was finished on the phone.
     */
    @Serdeable
    public record SubmitAttempt(
            @NotNull UUID id,
            @NotNull @Min(1) Integer version,
            @NotNull @PlausiblePast OffsetDateTime occurredAt,
            @NotNull @Size(max = 200) List<@NotNull @Valid Answer> answers) {}

    @Serdeable
    public record Answer(
            @NotBlank @Size(max = 20) String questionId,
            @NotNull Integer option) {}

    /** A checked attempt; now that the quiz is answered, the correct option of each question is shown. */
    @Serdeable
    public record Attempt(
            String id,
            String courseId,
            int version,
            int score,
            int total,
            int scorePercent,
            int passPercent,
            boolean passed,
            OffsetDateTime occurredAt,
            OffsetDateTime receivedAt,
            List<QuestionResult> results) {}

    @Serdeable
    public record QuestionResult(
            String questionId, @Nullable Integer chosen, int correctOption, boolean right) {}

    // ---------------------------------------------------------------- who completed what

    @Serdeable
    public record Completions(
            String unitId, String unitName, List<CourseRef> courses, List<CommuneCompletions> communes) {}

    @Serdeable
    public record CourseRef(String id, String title, int currentVersion, Audience audience) {}

    /** One commune's mentors and officers, and per course how many of those it is for completed it. */
    @Serdeable
    public record CommuneCompletions(
            String unitId, String name, List<StaffCompletions> staff, List<CourseCount> counts) {}

    @Serdeable
    public record StaffCompletions(String accountId, String displayName, Role role, List<Completed> completed) {}

    /** The newest version of the course the person completed. */
    @Serdeable
    public record Completed(String courseId, int version, boolean current, OffsetDateTime completedAt) {}

    @Serdeable
    public record CourseCount(String courseId, int eligible, int completed) {}

    /** For the periodic report: per course, the staff it is for below a unit and how many completed it. */
    public record CourseShare(
            String courseId,
            String title,
            Audience audience,
            int mentors,
            int mentorsDone,
            int officers,
            int officersDone) {}
}
