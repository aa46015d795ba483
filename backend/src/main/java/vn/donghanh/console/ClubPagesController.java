package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.club.AttendanceService;
import vn.donghanh.club.BoardService;
import vn.donghanh.club.ClubModels;
import vn.donghanh.club.ClubService;
import vn.donghanh.club.MembershipService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Role;

/**
 * The officer's peer clubs (issue 17): the clubs they moderate and a form to create one; a club's page with its
 * members by alias, its recent meetings with an attendance form, and its board with the reported posts first and a
 * hide form (a reason is required). Every page goes through the club services, with their scope and audit.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ClubPagesController {
    static final String CLUBS = "/clubs";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ClubService clubs;
    private final MembershipService members;
    private final AttendanceService attendance;
    private final BoardService board;
    private final OrganisationService organisations;
    private final AdminUnitService units;
    private final jakarta.validation.Validator validator;
    private final Clock clock;

    ClubPagesController(
            ClubService clubs,
            MembershipService members,
            AttendanceService attendance,
            BoardService board,
            OrganisationService organisations,
            AdminUnitService units,
            jakarta.validation.Validator validator,
            Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.attendance = attendance;
        this.board = board;
        this.organisations = organisations;
        this.units = units;
        this.validator = validator;
        this.clock = clock;
    }

    @Get(value = CLUBS, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(HttpRequest<?> request, ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        Map<String, String> initial = new HashMap<>();
        initial.put("id", UUID.randomUUID().toString());
        initial.put("durationMinutes", "90");
        initial.put("repeat", "WEEKLY");
        initial.put("time", "19:00");
        return listPage(request, session, ConsoleForm.blank(initial), HttpStatus.OK);
    }

    private HttpResponse<?> listPage(
            HttpRequest<?> request, ConsoleSession session, Map<String, Object> form, HttpStatus status) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "clubs");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClubModels.Club c : clubs.list(session.caller())) {
            rows.add(ConsolePage.row(
                    "href", CLUBS + "/" + c.id(),
                    "name", c.name(),
                    "organisation", c.organisationName(),
                    "members", c.memberCount(),
                    "next", c.nextMeetingAt() == null ? null : ConsoleFormat.dateTime(c.nextMeetingAt(), VN)));
        }
        model.put("rows", rows);
        model.put("form", form);
        List<Map<String, Object>> orgs = new ArrayList<>();
        List<Map<String, Object>> communes = new ArrayList<>();
        units.communesUnder(session.caller().unitPath()).forEach(u -> {
            communes.add(ConsolePage.row("id", u.id(), "name", u.name()));
            organisations.list(u.id()).forEach(o -> orgs.add(ConsolePage.row("id", o.id(), "name", o.name())));
        });
        model.put("organisations", orgs);
        model.put("communes", communes);
        model.put("repeats", List.of("WEEKLY", "MONTHLY", "ONCE"));
        return ConsolePage.render(status, "console/clubs", model);
    }

    @Post(value = CLUBS, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            ConsoleForm f = ConsoleForm.of(request, form);
            LocalDate day = f.date("day");
            LocalTime time = null;
            try {
                time = f.text("time") == null ? null : LocalTime.parse(f.text("time"));
            } catch (DateTimeParseException e) {
                f.reject("time", "must be a local time HH:mm, such as 21:00");
            }
            if (day == null) {
                f.reject("day", "must not be null");
            }
            if (time == null) {
                f.reject("time", "must not be null");
            }
            List<UUID> communeIds = new ArrayList<>();
            form.keySet().stream()
                    .filter(k -> k.startsWith("commune_"))
                    .forEach(k -> communeIds.add(UUID.fromString(Ids.parse("communeIds", k.substring(8)))));
            String repeat = f.text("repeat");
            String rrule = "WEEKLY".equals(repeat) ? "FREQ=WEEKLY" : "MONTHLY".equals(repeat) ? "FREQ=MONTHLY" : null;
            LocalDateTime startsAt = day == null || time == null ? null : day.atTime(time);
            UUID org = f.uuid("organisationId");
            Integer duration = f.integer("durationMinutes");
            String name = f.text("name");
            var body = new ClubModels.CreateClub(
                    f.uuid("id"),
                    org,
                    communeIds,
                    name == null ? "" : name,
                    f.text("description"),
                    startsAt,
                    duration,
                    rrule);
            if (org == null) {
                f.reject("organisationId", "must not be null");
            }
            if (communeIds.isEmpty()) {
                f.reject("communeIds", "must not be empty");
            }
            if (name == null) {
                f.reject("name", "must not be blank");
            }
            if (duration == null) {
                f.reject("durationMinutes", "must not be null");
            }
            f.check(validator, body);
            ClubModels.Club created = f.run(() -> clubs.create(session.caller(), body));
            if (created == null) {
                return listPage(request, session, f.model(), HttpStatus.BAD_REQUEST);
            }
            return HttpResponse.seeOther(URI.create(CLUBS + "/" + created.id()));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Get(value = CLUBS + "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> club(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        try {
            return clubPage(request, session, Ids.parse("id", id), null, HttpStatus.OK);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private HttpResponse<?> clubPage(
            HttpRequest<?> request, ConsoleSession session, String clubId, String problem, HttpStatus status) {
        ClubModels.Club club = clubs.get(session.caller(), clubId);
        if (!club.moderator()) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "clubs");
        model.put("problem", problem);
        model.put(
                "club",
                ConsolePage.row(
                        "id", club.id(),
                        "name", club.name(),
                        "description", club.description(),
                        "organisation", club.organisationName(),
                        "members", club.memberCount(),
                        "schedule",
                                club.rrule() == null ? "ONCE" : club.rrule().contains("MONTHLY") ? "MONTHLY" : "WEEKLY",
                        "next",
                                club.nextMeetingAt() == null
                                        ? null
                                        : ConsoleFormat.dateTime(club.nextMeetingAt(), VN)));
        List<ClubModels.Member> memberList = members.members(session.caller(), clubId);
        Map<String, String> aliases = new LinkedHashMap<>();
        List<Map<String, Object>> memberRows = new ArrayList<>();
        for (ClubModels.Member m : memberList) {
            aliases.put(m.memberId(), m.alias());
            memberRows.add(ConsolePage.row(
                    "id", m.memberId(),
                    "alias", m.alias(),
                    "name", m.name(),
                    "caseHref", m.caseId() == null ? null : ConsolePaths.casePage(m.caseId()),
                    "joined", ConsoleFormat.dateTime(m.joinedAt(), VN)));
        }
        model.put("members", memberRows);
        LocalDate today = LocalDate.now(clock.withZone(VN));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The meetings that have begun, newest first (the one to record is on top), then the next ones in order.
        List<Map<String, Object>> meetings = new ArrayList<>();
        List<Map<String, Object>> upcoming = new ArrayList<>();
        for (ClubModels.Meeting m :
                attendance.meetings(session.caller(), clubId, today.minusDays(30), today.plusDays(15))) {
            List<String> came = new ArrayList<>();
            if (m.attendees() != null) {
                m.attendees().forEach(a -> came.add(aliases.getOrDefault(a, "-")));
            }
            Map<String, Object> row = ConsolePage.row(
                    "startsAt", m.startsAt().toString(),
                    "when", ConsoleFormat.dateTime(m.startsAt(), VN),
                    "begun", !m.startsAt().isAfter(now),
                    "count", m.attendedCount(),
                    "came", String.join(", ", came),
                    "attendees", m.attendees() == null ? List.of() : m.attendees());
            if (m.startsAt().isAfter(now)) {
                upcoming.add(row);
            } else {
                meetings.add(0, row);
            }
        }
        meetings.addAll(upcoming);
        model.put("meetings", meetings);
        List<Map<String, Object>> reported = new ArrayList<>();
        List<Map<String, Object>> others = new ArrayList<>();
        for (ClubModels.Post p :
                board.posts(session.caller(), clubId, false, null, 100).items()) {
            Map<String, Object> row = ConsolePage.row(
                    "id", p.id(),
                    "alias", p.alias(),
                    "text", p.text(),
                    "when", ConsoleFormat.dateTime(p.postedAt(), VN),
                    "hidden", p.hidden(),
                    "hiddenReason", p.hiddenReason(),
                    "reports",
                            p.reports() == null
                                    ? List.of()
                                    : p.reports().stream()
                                            .map(ClubModels.Report::reason)
                                            .toList());
            (p.reportCount() > 0 && !p.hidden() ? reported : others).add(row);
        }
        model.put("reported", reported);
        model.put("posts", others);
        return ConsolePage.render(status, "console/club", model);
    }

    @Post(
            value = CLUBS + "/{id}/attendance",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> attend(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String clubId = Ids.parse("id", id);
            ConsoleForm f = ConsoleForm.of(request, form);
            List<UUID> present = new ArrayList<>();
            form.keySet().stream()
                    .filter(k -> k.startsWith("m_"))
                    .forEach(k -> present.add(UUID.fromString(Ids.parse("memberIds", k.substring(2)))));
            OffsetDateTime startsAt = meetingStart(f.text("startsAt"));
            f.run(() ->
                    attendance.record(session.caller(), clubId, new ClubModels.RecordAttendance(startsAt, present)));
            if (f.hasErrors()) {
                String why = f.errors().isEmpty()
                        ? String.valueOf(f.model().get("general"))
                        : f.errors().values().iterator().next();
                return clubPage(request, session, clubId, why, HttpStatus.BAD_REQUEST);
            }
            return HttpResponse.seeOther(URI.create(CLUBS + "/" + clubId + "#h-meetings"));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private static OffsetDateTime meetingStart(String sent) {
        try {
            return OffsetDateTime.parse(sent == null ? "" : sent);
        } catch (DateTimeParseException e) {
            throw ApiException.badField("startsAt", "is not a meeting of this club's schedule");
        }
    }

    @Post(
            value = CLUBS + "/{id}/posts/{postId}/hide",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> hide(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String postId,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String clubId = Ids.parse("id", id);
            String post = Ids.parse("postId", postId);
            ConsoleForm f = ConsoleForm.of(request, form);
            String reason = f.text("reason");
            if (reason == null) {
                f.reject("reason", "must not be blank");
            }
            f.run(() -> board.hide(session.caller(), clubId, post, new ClubModels.HidePost(reason)));
            if (f.hasErrors()) {
                String why = f.errors().isEmpty()
                        ? String.valueOf(f.model().get("general"))
                        : f.errors().values().iterator().next();
                return clubPage(request, session, clubId, why, HttpStatus.BAD_REQUEST);
            }
            return HttpResponse.seeOther(URI.create(CLUBS + "/" + clubId + "#h-board"));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
