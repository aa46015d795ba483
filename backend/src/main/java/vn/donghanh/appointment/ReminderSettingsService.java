package vn.donghanh.appointment;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.donghanh.appointment.ReminderModels.Channel;
import vn.donghanh.appointment.ReminderModels.ReminderSettings;
import vn.donghanh.appointment.ReminderModels.SetReminderSettings;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.consent.ConsentPurpose;
import vn.donghanh.consent.ConsentService;
import vn.donghanh.consent.ConsentWithdrawnEvent;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * A person's own reminder settings: the channel (the app, or SMS for someone with only a feature
 * phone), offsets that replace the per-type defaults, and quiet hours that replace the service's.
 */
@Singleton
public class ReminderSettingsService {
    private static final int MAX_OFFSETS = 4;
    private static final Duration MIN_OFFSET = Duration.ofMinutes(5);
    private final ReminderSettingsStore store;
    private final CaseService cases;
    private final ReminderDefaults defaults;
    private final AuditLog audit;
    private final Clock clock;
    private final ReminderService reminders;
    private final ConsentService consents;

    ReminderSettingsService(
            ReminderSettingsStore store,
            CaseService cases,
            ReminderDefaults defaults,
            AuditLog audit,
            Clock clock,
            ReminderService reminders,
            ConsentService consents) {
        this.consents = consents;
        this.store = store;
        this.cases = cases;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
        this.reminders = reminders;
    }

    @Transactional
    public ReminderSettings get(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.APPOINTMENTS_READ, caseId, "reminder-settings", null));
        return view(caseId, store.stored(caseId));
    }

    @Transactional
    public ReminderSettings set(Caller caller, String caseId, SetReminderSettings r) {
        if (!caller.is(Role.OFFICER, Role.MENTOR, Role.PERSON)) {
            throw ApiException.forbidden("reminder settings belong to the person and the helpers of the case");
        }
        List<Duration> offsets = offsets(r.offsets());
        LocalTime from = time("quietFrom", r.quietFrom());
        LocalTime until = time("quietUntil", r.quietUntil());
        if ((from == null) != (until == null)) {
            throw ApiException.badField(
                    from == null ? "quietFrom" : "quietUntil", "give both ends of the quiet hours, or neither");
        }
        if (from != null && from.equals(until)) {
            throw ApiException.badField("quietUntil", "must differ from quietFrom");
        }
        CaseEntity c = cases.inScope(caller, caseId);
        if (r.channel() == Channel.SMS) {
            if (consents.withdrawn(caseId, ConsentPurpose.SMS_REMINDERS)) {
                throw ApiException.unprocessable(
                        "consent-withdrawn", "the person has withdrawn their consent to SMS reminders", "channel");
            }
            if (c.phoneEnc() == null) {
                throw ApiException.unprocessable(
                        "phone-required", "the case has no phone number to send SMS to", "channel");
            }
            // Reminders are addressed to an account; a feature-phone person gets one without a login.
            cases.ensurePersonAccount(c);
        }
        store.save(caseId, r.channel(), offsets, from, until, clock.instant(), caller.accountId());
        reminders.forgetQueued(caseId);
        audit.append(AuditEntry.of(
                caller,
                AuditAction.APPOINTMENT_CHANGE,
                caseId,
                "reminder-settings",
                r.channel().name()));
        return view(caseId, store.stored(caseId));
    }

    /**
     * SMS consent withdrawn: no more SMS, in the withdrawal's transaction. The channel goes back to
     * the app and the reminders queued ahead for SMS are taken back, to be queued again by the app.
     */
    @EventListener
    void onConsentWithdrawn(ConsentWithdrawnEvent withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.SMS_REMINDERS
                && store.smsToApp(withdrawn.caseId(), clock.instant())) {
            reminders.forgetQueued(withdrawn.caseId());
        }
    }

    /** The channel the person's notifications go by: SMS when chosen in the case's settings, else APP (push). */
    public Channel channelOf(String caseId) {
        return store.channel(caseId).orElse(Channel.APP);
    }

    private ReminderSettings view(String caseId, Optional<ReminderSettingsStore.Stored> s) {
        LocalTime from = s.map(ReminderSettingsStore.Stored::quietFrom).orElse(null);
        LocalTime until = s.map(ReminderSettingsStore.Stored::quietUntil).orElse(null);
        return new ReminderSettings(
                caseId,
                s.map(ReminderSettingsStore.Stored::channel).orElse(Channel.APP),
                s.map(ReminderSettingsStore.Stored::offsets)
                        .map(l -> l.stream().map(Duration::toString).toList())
                        .orElse(null),
                (from != null ? from : defaults.quietFrom()).toString(),
                (until != null ? until : defaults.quietUntil()).toString(),
                s.isPresent(),
                s.map(x -> Times.utc(x.updatedAt())).orElse(null));
    }

    private List<Duration> offsets(List<String> raw) {
        if (raw == null) {
            return null;
        }
        if (raw.isEmpty() || raw.size() > MAX_OFFSETS) {
            throw ApiException.badField(
                    "offsets", "give 1 to " + MAX_OFFSETS + " offsets, or leave it out for the defaults");
        }
        LinkedHashSet<Duration> out = new LinkedHashSet<>();
        Duration longest = defaults.longestOffset();
        for (int i = 0; i < raw.size(); i++) {
            Duration d;
            try {
                d = Duration.parse(raw.get(i));
            } catch (DateTimeParseException | NullPointerException e) {
                throw ApiException.badField("offsets[" + i + "]", "is not an ISO-8601 duration such as PT1H or P1D");
            }
            // Reminders are looked for only as far ahead as the longest configured offset.
            if (d.compareTo(MIN_OFFSET) < 0 || d.compareTo(longest) > 0) {
                throw ApiException.badField("offsets[" + i + "]", "must be between " + MIN_OFFSET + " and " + longest);
            }
            if (!out.add(d)) {
                throw ApiException.badField("offsets[" + i + "]", "is given twice");
            }
        }
        return new ArrayList<>(out);
    }

    private static LocalTime time(String field, String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("\\d{2}:\\d{2}")) {
            throw ApiException.badField(field, "must be a local time HH:mm, such as 21:00");
        }
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.badField(field, "must be a local time HH:mm, such as 21:00");
        }
    }
}
