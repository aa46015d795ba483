package vn.donghanh.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.PlausibleDate;

/** The peer clubs' API shapes (the tables' rows stay in {@link ClubStore}). */
public final class ClubModels {
    private ClubModels() {}

    /**
     * A new club: {@code startsAt} is the first meeting's local wall time in Vietnam, {@code rrule} repeats it
     * (absent: one meeting), validated as appointments are.
     */
    @Serdeable
    public record CreateClub(
            @NotNull UUID id,
            @NotNull UUID organisationId,
            @NotEmpty @Size(max = 20) List<@NotNull UUID> communeIds,
            @NotBlank @Size(max = 120) String name,
            @Nullable @Size(max = 1000) String description,
            @NotNull @PlausibleDate LocalDateTime startsAt,
            @NotNull @Min(15) @Max(480) Integer durationMinutes,
            @Nullable @Size(max = 500) String rrule) {}

    /**
     * What the caller may do here: {@code moderator} (creator, or officer or mentor of one of its communes),
     * {@code member} (the person has joined; then {@code you} is their membership).
     */
    @Serdeable
    public record Club(
            String id,
            String organisationId,
            String organisationName,
            List<String> communeIds,
            String name,
            @Nullable String description,
            LocalDateTime startsAt,
            int durationMinutes,
            @Nullable String rrule,
            String timeZone,
            @Nullable OffsetDateTime nextMeetingAt,
            int memberCount,
            boolean moderator,
            @Nullable Membership you) {}

    /** Joining, or changing one's alias or whether the real name shows. */
    @Serdeable
    public record Join(
            @NotNull @Size(max = 200) String alias, @NotNull Boolean showName) {}

    @Serdeable
    public record Membership(String memberId, String clubId, String alias, boolean showName, OffsetDateTime joinedAt) {}

    /**
     * A member as others see them: the alias, the real name only when they chose to show it; {@code caseId}
     * only to the club's moderators (who see members' cases as usual), never a phone number.
     */
    @Serdeable
    public record Member(
            String memberId,
            String alias,
            @Nullable String name,
            @Nullable String caseId,
            OffsetDateTime joinedAt,
            boolean you) {}

    /**
     * One meeting of the schedule: {@code attendees} (member ids) to moderators, {@code youAttended} to a member.
     */
    @Serdeable
    public record Meeting(
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            int attendedCount,
            @Nullable List<String> attendees,
            @Nullable Boolean youAttended) {}

    /** A moderator's record of who came to the meeting that began at {@code startsAt}. */
    @Serdeable
    public record RecordAttendance(
            @NotNull OffsetDateTime startsAt,
            @NotNull @Size(max = 500) List<@NotNull UUID> memberIds) {}

    @Serdeable
    public record CreatePost(
            @NotNull UUID id, @NotBlank @Size(max = 1000) String text) {}

    @Serdeable
    public record ReportPost(@NotBlank @Size(max = 500) String reason) {}

    @Serdeable
    public record HidePost(@NotBlank @Size(max = 500) String reason) {}

    @Serdeable
    public record Report(String reason, OffsetDateTime reportedAt) {}

    /**
     * A post by alias. Members see visible posts only; moderators see hidden ones too, with why, and the reports.
     */
    @Serdeable
    public record Post(
            String id,
            String memberId,
            String alias,
            String text,
            OffsetDateTime postedAt,
            boolean yours,
            boolean hidden,
            @Nullable String hiddenReason,
            @Nullable OffsetDateTime hiddenAt,
            int reportCount,
            @Nullable List<Report> reports,
            @Nullable Boolean reportedByYou) {}
}
