package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.donghanh.appointment.AppointmentModels;
import vn.donghanh.appointment.AppointmentService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Role;

/**
 * The case's appointments, upcoming and past (date, time, place, purpose, how it repeats in plain
 * words), with the form to add one and, on each upcoming one, cancel or move it. Reads through
 * {@code AppointmentService.forCase} and {@code .seriesOfCase}, as {@code GET
 * /api/v1/cases/{id}/appointments} (occurrences exist up to the service's rolling horizon).
 */
@Singleton
class CaseAppointmentsSection implements CaseSection {
    /** How far back the past appointments go, and how many are shown. */
    static final Duration PAST = Duration.ofDays(90);

    static final int PAST_SHOWN = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AppointmentService appointments;
    private final OrganisationService organisations;
    private final Clock clock;

    CaseAppointmentsSection(AppointmentService appointments, OrganisationService organisations, Clock clock) {
        this.appointments = appointments;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "appointments";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        model.put("supFreqs", SupervisionParts.FREQUENCIES);
        ZoneId zone = ZoneId.of(c.timeZone());
        Instant now = clock.instant();
        RecurrenceWords words = SupervisionParts.recurrence(model);
        Map<String, AppointmentModels.Series> series = appointments.seriesOfCase(session.caller(), c.id()).stream()
                .collect(Collectors.toMap(AppointmentModels.Series::id, Function.identity()));
        List<AppointmentModels.Occurrence> all =
                appointments.forCase(session.caller(), c.id(), now.minus(PAST), now.plus(appointments.horizon()));
        Function<AppointmentModels.Occurrence, Map<String, Object>> row = o -> {
            AppointmentModels.Series s = series.get(o.seriesId());
            var local = o.startsAt().atZoneSameInstant(zone);
            boolean ahead = o.startsAt().toInstant().isAfter(now);
            boolean scheduled = o.status() == AppointmentModels.OccurrenceStatus.SCHEDULED;
            return ConsolePage.row(
                    "id", o.id(),
                    "seriesId", o.seriesId(),
                    "date", ConsoleFormat.date(local.toLocalDate()),
                    "time", TIME.format(local),
                    "place", o.placeName(),
                    "type", o.type().name(),
                    "note", s == null ? null : s.note(),
                    "repeat", s == null || s.rrule() == null ? null : words.describe(s.rrule()),
                    "status", o.status().name(),
                    "cancelCause",
                            o.cancelCause() == null ? null : o.cancelCause().name(),
                    "attendance", o.attendance() == null ? null : o.attendance().name(),
                    "moved", o.moved(),
                    "changeable", ahead && scheduled,
                    "seriesCancellable", ahead && s != null && s.rrule() != null && !s.cancelled());
        };
        List<Map<String, Object>> upcoming = all.stream()
                .filter(o -> o.startsAt().toInstant().isAfter(now))
                .sorted(Comparator.comparing(AppointmentModels.Occurrence::startsAt))
                .map(row)
                .toList();
        List<AppointmentModels.Occurrence> allPast = all.stream()
                .filter(o -> !o.startsAt().toInstant().isAfter(now))
                .sorted(Comparator.comparing(AppointmentModels.Occurrence::startsAt)
                        .reversed())
                .toList();
        List<Map<String, Object>> past =
                allPast.stream().limit(PAST_SHOWN).map(row).toList();
        // The latest past ones only, and the page says so: not a cut that looks like the whole past.
        model.put("supApptsPastMore", allPast.size() > PAST_SHOWN);
        model.put("supApptsPastShown", PAST_SHOWN);
        model.put(
                "supAppts",
                ConsolePage.row(
                        "upcoming", upcoming,
                        "past", past,
                        "types",
                                Arrays.stream(AppointmentModels.Type.values())
                                        .map(Enum::name)
                                        .toList(),
                        "places",
                                organisations.list(session.caller().unitId()).stream()
                                        .map(p -> ConsolePage.row("id", p.id(), "name", p.name()))
                                        .toList(),
                        "days", SupervisionParts.days()));
        Map<String, String> initial = new HashMap<>();
        initial.put("id", UUID.randomUUID().toString());
        initial.put("date", ConsoleFormat.date(SupervisionParts.today(clock, c).plusDays(1)));
        initial.put("time", "08:00");
        initial.put("durationMinutes", "60");
        initial.put("freq", "NONE");
        initial.put("interval", "1");
        model.putIfAbsent("supApptForm", ConsoleForm.blank(initial));
    }
}
