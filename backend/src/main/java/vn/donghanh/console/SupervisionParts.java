package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.casefile.CaseModels;

/**
 * What the supervision parts of a case's page (mentor, plans, appointments, check-ins) share: the
 * repeat choices read from a form into an RRULE, a part re-shown alone with its form's problems,
 * and the redirect back to the case after a change.
 */
final class SupervisionParts {
    static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    /** The repeat frequencies a form offers, the commonest first. */
    static final List<String> FREQUENCIES = List.of("WEEKLY", "MONTHLY", "DAILY");

    static final List<String> GRACES = List.of("PT0S", "PT12H", "PT24H", "PT48H", "PT72H", "PT168H");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private SupervisionParts() {}

    /** The words of this request, {@code {0}}… filled in. */
    static String words(HttpRequest<?> request, String key, Object... values) {
        return fill(ConsoleMessages.forRequest(request).get(key), values);
    }

    static String fill(String pattern, Object... values) {
        String out = pattern;
        for (int i = 0; i < values.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return out;
    }

    static RecurrenceWords recurrence(HttpRequest<?> request) {
        ConsoleMessages.Words w = ConsoleMessages.forRequest(request);
        return new RecurrenceWords(w::get);
    }

    /**
     * The words of the page being built, for the case page's sections, which get no request: the
     * language {@link ConsolePage#model} put in the model as {@code lang}.
     */
    static ConsoleMessages.Words words(Map<String, Object> model) {
        return new ConsoleMessages.Words("en".equals(model.get("lang")) ? ConsoleMessages.EN : ConsoleMessages.VI);
    }

    static RecurrenceWords recurrence(Map<String, Object> model) {
        ConsoleMessages.Words w = words(model);
        return new RecurrenceWords(w::get);
    }

    /**
     * The repeat choices of a form ({@code freq}, {@code interval}, {@code day-MO}…, {@code monthDay})
     * as a rule, or null with the problem next to its field; {@code freq} NONE (appointments) is no rule.
     */
    static String rrule(ConsoleForm f, HttpRequest<?> request) {
        String freq = f.text("freq");
        if (freq == null || "NONE".equals(freq)) {
            return null;
        }
        RecurrenceWords.Frequency frequency;
        try {
            frequency = RecurrenceWords.Frequency.valueOf(freq);
        } catch (IllegalArgumentException e) {
            f.errors().put("freq", words(request, "sup.error.required"));
            return null;
        }
        Integer interval = number(f.text("interval") == null ? "1" : f.text("interval"));
        if (interval == null || interval < 1 || interval > 52) {
            f.errors().put("interval", words(request, "sup.error.interval"));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < DAY_CODES.size(); i++) {
            if (f.checked("day-" + DAY_CODES.get(i))) {
                days.add(DayOfWeek.of(i + 1));
            }
        }
        Integer monthDay = null;
        if (frequency == RecurrenceWords.Frequency.WEEKLY && days.isEmpty()) {
            f.errors().put("weekdays", words(request, "sup.error.weekdays"));
        }
        if (frequency == RecurrenceWords.Frequency.MONTHLY) {
            monthDay = number(f.text("monthDay"));
            if (monthDay == null || monthDay < 1 || monthDay > 31) {
                f.errors().put("monthDay", words(request, "sup.error.monthDay"));
            }
        }
        if (f.hasErrors()) {
            return null;
        }
        return RecurrenceWords.toRrule(new RecurrenceWords.Choices(frequency, interval, days, monthDay));
    }

    /** The form values that show {@code rrule}'s choices (for a change form), or none when the form cannot. */
    static void putChoices(Map<String, String> values, String rrule) {
        RecurrenceWords.choicesOf(rrule).ifPresent(c -> {
            values.put("freq", c.frequency().name());
            values.put("interval", String.valueOf(c.interval()));
            for (DayOfWeek d : c.weekdays()) {
                values.put("day-" + DAY_CODES.get(d.ordinal()), "on");
            }
            if (c.monthDay() != null) {
                values.put("monthDay", String.valueOf(c.monthDay()));
            }
        });
    }

    /** A time typed as {@code 8:30} or {@code 08:30}; null with its problem when wrong. */
    static LocalTime time(ConsoleForm f, HttpRequest<?> request, String name) {
        String v = f.text(name);
        if (v == null) {
            f.errors().put(name, words(request, "sup.error.required"));
            return null;
        }
        try {
            return LocalTime.parse(v.replace('.', ':').replace('h', ':'), TIME);
        } catch (DateTimeParseException e) {
            f.errors().put(name, words(request, "sup.error.time"));
            return null;
        }
    }

    static LocalDate today(Clock clock, CaseModels.CaseDetail c) {
        return LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())));
    }

    /** Back to the case's page, at the part that changed (303, so a reload does not post again). */
    static HttpResponse<?> backTo(String caseId, String anchor) {
        return HttpResponse.seeOther(URI.create(ConsolePaths.casePage(caseId) + "#" + anchor));
    }

    /** One part of the case page shown alone (its form's problems in the model), as 400. */
    static HttpResponse<?> partPage(
            HttpRequest<?> request,
            ConsoleSession session,
            CaseSection section,
            CaseModels.CaseDetail c,
            Map<String, Object> extra) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "cases");
        model.put("c", ConsolePage.row("id", c.id(), "fullName", c.fullName()));
        section.fill(session, c, model);
        model.putAll(extra);
        model.put("part", section.name());
        return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/case-part", model);
    }

    static Integer number(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The day checkboxes' codes with their labels' keys, for templates. */
    static List<Map<String, Object>> days() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String d : DAY_CODES) {
            out.add(ConsolePage.row("code", d, "field", "day-" + d));
        }
        return out;
    }
}
