package vn.donghanh.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.PlausibleDate;

public final class AppointmentModels {
    private AppointmentModels() {}

    public enum Type {
        METHADONE_DOSE,
        COUNSELLING,
        DRUG_TEST,
        HEALTH_CHECK,
        VOCATIONAL_CLASS,
        JOB_INTERVIEW,
        OFFICE_PRESENCE,
        GROUP_MEETING,
        MENTOR_MEETING
    }

    public enum OccurrenceStatus {
        SCHEDULED,
        CANCELLED
    }

    /**
     * Why an occurrence was cancelled when nobody cancelled it by hand: the case's management ended
     * (completed, deceased, transferred out), paused (suspended: detained, back in rehab, in hospital;
     * resuming brings it back when it is still ahead), or the case moved to another commune and the
     * place belongs to the old one. Absent on a hand cancellation.
     */
    public enum CancelCause {
        CASE_CLOSED,
        CASE_PAUSED,
        CASE_MOVED
    }

    public enum Attendance {
        ATTENDED,
        MISSED,
        EXCUSED
    }

    /** {@code startsAt} is local wall time in the case's time zone; {@code rrule} repeats it (absent: once). */
    @Serdeable
    public record CreateAppointment(
            @NotNull UUID id,
            @NotNull Type type,
            @NotNull UUID placeId,
            @NotNull @PlausibleDate LocalDateTime startsAt,
            @NotNull @Min(5) @Max(720) Integer durationMinutes,
            @Nullable @Size(max = 500) String rrule,
            @Nullable @Size(max = 1000) String note) {}

    @Serdeable
    public record Move(@NotNull @PlausibleDate LocalDateTime startsAt) {}

    @Serdeable
    public record RecordAttendance(@NotNull Attendance attendance) {}

    /**
     * {@code discreetPlace}: a lock-screen text about it names the place only generically ("cơ sở y tế",
     * "the health facility"), as the server's reminders do ({@link DiscreetPlaces}).
     */
    @Serdeable
    public record Occurrence(
            String id,
            String seriesId,
            String caseId,
            Type type,
            String placeId,
            String placeName,
            @Nullable String placeAddress,
            boolean discreetPlace,
            OffsetDateTime startsAt,
            int durationMinutes,
            OccurrenceStatus status,
            @Nullable Attendance attendance,
            boolean moved,
            @Nullable CancelCause cancelCause) {}

    @Serdeable
    public record Series(
            String id,
            String caseId,
            Type type,
            String placeId,
            LocalDateTime firstStartsAt,
            @Nullable String rrule,
            int durationMinutes,
            @Nullable String note,
            boolean cancelled,
            List<Occurrence> upcoming) {}
}
