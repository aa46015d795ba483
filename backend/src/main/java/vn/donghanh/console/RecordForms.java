package vn.donghanh.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.UUID;

/**
 * What the case page's record forms (drug tests, office presence, residence checks, contacts,
 * referrals) share: dates typed as Vietnamese offices write them ({@code dd/MM/yyyy}, a moment
 * {@code dd/MM/yyyy HH:mm}, in the case's zone), and the id each form carries from the moment it is
 * shown, so a double click or a resent form is the API's idempotent resubmission, not a second record.
 */
final class RecordForms {
    /** Problem texts (English templates, translated by the problem catalogue) for what was typed. */
    static final String NOT_A_DAY = "must be a date in the form DD/MM/YYYY";

    static final String NOT_A_MOMENT = "must be a date and time in the form DD/MM/YYYY HH:MM";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RecordForms() {}

    /**
     * Notes each of these fields left blank, in the words for a blank field (bean validation would say
     * "must not be null" of a choice not made, which reads as a programmer's word to an officer).
     */
    static void required(ConsoleForm f, String... names) {
        for (String name : names) {
            if (f.text(name) == null) {
                f.reject(name, "must not be blank");
            }
        }
    }

    /** A day typed {@code dd/MM/yyyy} (or sent {@code yyyy-MM-dd}); null, and the problem noted, when wrong. */
    static LocalDate day(ConsoleForm f, String name) {
        String v = f.text(name);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DAY) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            f.reject(name, NOT_A_DAY);
            return null;
        }
    }

    /** A moment typed {@code dd/MM/yyyy HH:mm} (or {@code yyyy-MM-ddTHH:mm}) in {@code zone}. */
    static OffsetDateTime moment(ConsoleForm f, String name, ZoneId zone) {
        String v = f.text(name);
        if (v == null) {
            return null;
        }
        try {
            LocalDateTime local =
                    v.contains("/") ? LocalDateTime.parse(v.replaceAll("\\s+", " "), MOMENT) : LocalDateTime.parse(v);
            return local.atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            f.reject(name, NOT_A_MOMENT);
            return null;
        }
    }

    static String today(Clock clock, ZoneId zone) {
        return ConsoleFormat.date(LocalDate.now(clock.withZone(zone)));
    }

    static String now(Clock clock, ZoneId zone) {
        return SHOWN_MOMENT.format(LocalDateTime.now(clock.withZone(zone)));
    }

    /** The id a form carries from the moment it is shown (the API body's client-chosen id). */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Where a saved record's list is on the case page. */
    static String sectionOf(String caseId, String section) {
        return ConsolePaths.casePage(caseId) + "#chk-" + section;
    }
}
