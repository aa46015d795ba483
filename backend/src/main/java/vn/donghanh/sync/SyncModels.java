package vn.donghanh.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.donghanh.appointment.AppointmentModels;
import vn.donghanh.appointment.ReminderModels;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.contact.ContactModels;
import vn.donghanh.help.HelpModels;
import vn.donghanh.message.MessageModels;
import vn.donghanh.notification.NotificationModels;

/**
 * The sync feed's API shapes: each change carries the record as the matching list endpoint shows it,
 * except {@code REMOVED}, which carries none: the case {@code id} left the caller's scope.
 */
public final class SyncModels {
    private SyncModels() {}

    public enum Type {
        CASE,
        APPOINTMENT,
        CHECKIN,
        CONTACT,
        REMINDER,
        HELP_REQUEST,
        MESSAGE,
        NOTIFICATION,
        /** The case ({@code id} and {@code caseId}) left the caller's scope: forget everything of it. */
        REMOVED
    }

    @Serdeable
    public record SyncPage(String cursor, boolean hasMore, List<SyncChange> changes) {}

    /** Exactly one of the record properties is present, the one named after {@code type}; none for REMOVED. */
    @Serdeable
    public record SyncChange(
            Type type,
            String id,
            @Nullable String caseId,
            @JsonProperty("case") @Nullable CaseModels.CaseSummary caseSummary,
            @Nullable AppointmentModels.Occurrence appointment,
            @Nullable CheckinModels.Checkin checkin,
            @Nullable ContactModels.Contact contact,
            @Nullable ReminderModels.Reminder reminder,
            @Nullable HelpModels.HelpRequest helpRequest,
            @Nullable MessageModels.Message message,
            @Nullable NotificationModels.Notification notification) {

        static SyncChange of(Type type, String id, String caseId, Object record) {
            return new SyncChange(
                    type,
                    id,
                    caseId,
                    type == Type.CASE ? (CaseModels.CaseSummary) record : null,
                    type == Type.APPOINTMENT ? (AppointmentModels.Occurrence) record : null,
                    type == Type.CHECKIN ? (CheckinModels.Checkin) record : null,
                    type == Type.CONTACT ? (ContactModels.Contact) record : null,
                    type == Type.REMINDER ? (ReminderModels.Reminder) record : null,
                    type == Type.HELP_REQUEST ? (HelpModels.HelpRequest) record : null,
                    type == Type.MESSAGE ? (MessageModels.Message) record : null,
                    type == Type.NOTIFICATION ? (NotificationModels.Notification) record : null);
        }

        /** The case {@code caseId} left the caller's scope. */
        static SyncChange removed(String caseId) {
            return new SyncChange(Type.REMOVED, caseId, caseId, null, null, null, null, null, null, null, null);
        }
    }
}
