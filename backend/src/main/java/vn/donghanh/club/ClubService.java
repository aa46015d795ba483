package vn.donghanh.club;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.checkin.ComplianceCalculator;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Clubs themselves: an officer or mentor creates one for communes within their own unit, run by an existing
 * organisation, with a meeting schedule validated as appointments' are; persons list the clubs of their commune,
 * staff the clubs they moderate.
 */
@Singleton
public class ClubService {
    /** Clubs meet by Vietnamese wall time, as cases' appointments do by default. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ClubStore store;
    private final ClubAccess access;
    private final AdminUnitService units;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    public ClubService(
            ClubStore store,
            ClubAccess access,
            AdminUnitService units,
            OrganisationService organisations,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ClubModels.Club create(Caller caller, ClubModels.CreateClub r) {
        if (!caller.is(Role.OFFICER, Role.MENTOR)) {
            throw ApiException.forbidden("clubs are created by officers and mentors");
        }
        String id = r.id().toString();
        var replay = store.club(id);
        if (replay.isPresent()) {
            if (!replay.get().createdBy().equals(caller.accountId())
                    || !replay.get().name().equals(r.name().strip())) {
                throw ApiException.conflict("id-in-use", "id is already used by another club");
            }
            return view(access.card(caller, id));
        }
        organisations.require(r.organisationId().toString(), "organisationId");
        List<String> communes =
                r.communeIds().stream().map(Object::toString).distinct().toList();
        Map<String, AdminUnitEntity> found = units.unitsOf(communes);
        for (String commune : communes) {
            AdminUnitEntity unit = found.get(commune);
            if (unit == null) {
                throw ApiException.badField("communeIds", "no such administrative unit");
            }
            if (AdminUnitLevel.valueOf(unit.level()) != AdminUnitLevel.COMMUNE) {
                throw ApiException.badField("communeIds", "must be a commune");
            }
            if (!unit.path().startsWith(caller.unitPath())) {
                throw ApiException.badField("communeIds", "is outside your administrative units");
            }
        }
        LocalDateTime today = LocalDateTime.now(clock.withZone(ZONE));
        if (r.startsAt().isBefore(today.minusDays(1)) || r.startsAt().isAfter(today.plusYears(1))) {
            throw ApiException.badField("startsAt", "must be between yesterday and a year from now");
        }
        String rrule =
                r.rrule() == null || r.rrule().isBlank() ? null : r.rrule().strip();
        if (rrule != null) {
            String problem = ComplianceCalculator.validate(rrule, r.startsAt().toLocalDate(), ZONE);
            if (problem != null) {
                throw ApiException.badField("rrule", problem);
            }
        }
        String description = r.description() == null || r.description().isBlank()
                ? null
                : r.description().strip();
        Instant now = clock.instant();
        store.insertClub(
                new ClubStore.ClubRow(
                        id,
                        r.organisationId().toString(),
                        r.name().strip(),
                        description,
                        r.startsAt(),
                        rrule,
                        r.durationMinutes(),
                        ZONE.getId(),
                        caller.accountId(),
                        now),
                communes);
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_CHANGE, null, "club:" + id, "create"));
        return view(access.card(caller, id));
    }

    /** A person: the clubs of their commune and those they belong to; staff: the clubs they moderate. */
    @Transactional
    public List<ClubModels.Club> list(Caller caller) {
        Map<String, ClubStore.ClubRow> clubs = new LinkedHashMap<>();
        if (caller.is(Role.PERSON)) {
            if (caller.caseId() == null) {
                return List.of();
            }
            store.clubsOfCommune(access.communeOfPerson(caller)).forEach(c -> clubs.put(c.id(), c));
            store.clubsOfCase(caller.caseId()).forEach(c -> clubs.putIfAbsent(c.id(), c));
        } else if (caller.is(Role.OFFICER, Role.MENTOR)) {
            store.clubsModeratedBy(caller.accountId(), units.idsUnder(caller.unitPath()))
                    .forEach(c -> clubs.put(c.id(), c));
        } else {
            throw ApiException.forbidden("clubs are for persons, officers and mentors");
        }
        List<ClubModels.Club> out = new ArrayList<>();
        for (String id : clubs.keySet()) {
            out.add(view(access.card(caller, id)));
        }
        return out;
    }

    @Transactional
    public ClubModels.Club get(Caller caller, String clubId) {
        return view(access.card(caller, clubId));
    }

    ClubModels.Club view(ClubAccess.Seen seen) {
        ClubStore.ClubRow c = seen.club();
        Instant next = ClubSchedule.of(c).nextFrom(clock.instant());
        ClubStore.MemberRow m = seen.member();
        return new ClubModels.Club(
                c.id(),
                c.organisationId(),
                organisations.namesOf(List.of(c.organisationId())).get(c.organisationId()),
                seen.communes(),
                c.name(),
                c.description(),
                c.firstStartLocal(),
                c.durationMinutes(),
                c.rrule(),
                c.timeZone(),
                next == null ? null : Times.utc(next),
                store.memberCount(c.id()),
                seen.moderator(),
                m == null ? null : MembershipService.membership(m));
    }
}
