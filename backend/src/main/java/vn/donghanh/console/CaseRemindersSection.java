package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import vn.donghanh.appointment.ReminderModels;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.casefile.CaseModels;

/**
 * The case page's reminders: the newest {@value #SHOWN} reminders of the case's appointments (the
 * upcoming ones first, then the recent), each with its channel (push, SMS, the app's inbox) and
 * its delivery state in words, from {@code ReminderService.forCase} — the service behind
 * {@code GET /api/v1/cases/{id}/reminders}, same scope and audit.
 */
@Singleton
public class CaseRemindersSection implements CaseSection {
    static final int SHOWN = 20;

    private final ReminderService reminders;
    private final Clock clock;

    public CaseRemindersSection(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        ZoneId zone = ZoneId.of(c.timeZone());
        Instant now = clock.instant();
        var page = reminders.forCase(session.caller(), c.id(), null, SHOWN);
        model.put(
                "reminders",
                page.items().stream()
                        .map(r -> ConsolePage.row(
                                "startsAt", ConsoleFormat.dateTime(r.startsAt(), zone),
                                "dueAt", ConsoleFormat.dateTime(r.dueAt(), zone),
                                "upcoming", r.startsAt().toInstant().isAfter(now),
                                "channel", r.channel() == null ? "NONE" : r.channel(),
                                "state", state(r),
                                "error", r.lastError(),
                                "answer",
                                        r.acknowledgement() == null
                                                ? null
                                                : r.acknowledgement().name()))
                        .toList());
        model.put("remindersMore", page.nextCursor() != null);
    }

    /** PENDING, SENDING, SENT or FAILED as the outbox has it; NONE for a reminder no channel carries. */
    private static String state(ReminderModels.Reminder r) {
        String s = r.deliveryStatus();
        return s == null
                ? "NONE"
                : switch (s) {
                    case "PENDING", "SENDING", "SENT", "FAILED" -> s;
                    default -> "OTHER";
                };
    }
}
