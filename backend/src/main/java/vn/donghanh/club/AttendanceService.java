package vn.donghanh.club;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.security.Caller;

/**
 * Meetings and who came. A moderator records the members present at a meeting that has begun; each one's presence
 * becomes a GROUP_ACTIVITY check-in through the check-in feature, so a plan of that kind counts it as kept. The
 * check-in's id is derived from club, meeting and case: recording a meeting twice (a second moderator, a retry)
 * records nothing new.
 */
@Singleton
public class AttendanceService {
    /** As for check-ins made offline: a meeting is recorded within 30 days. */
    static final Duration MAX_AGE = Duration.ofDays(30);

    private final ClubStore store;
    private final ClubAccess access;
    private final CheckinService checkins;
    private final AuditLog audit;
    private final Clock clock;

    public AttendanceService(ClubStore store, ClubAccess access, CheckinService checkins, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.checkins = checkins;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meetings from {@code from} (default: 30 days ago) to before {@code to} (default: 30 days ahead). */
    @Transactional
    public List<ClubModels.Meeting> meetings(Caller caller, String clubId, LocalDate from, LocalDate to) {
        ClubAccess.Seen seen = access.inside(caller, clubId);
        LocalDate today = LocalDate.now(clock.withZone(ClubService.ZONE));
        LocalDate start = from == null ? today.minusDays(30) : from;
        LocalDate end = to == null ? start.plusDays(60) : to;
        if (!end.isAfter(start) || end.isAfter(start.plusYears(1))) {
            throw ApiException.badField("to", "must be after from, and at most a year later");
        }
        Instant since = start.atStartOfDay(ClubService.ZONE).toInstant();
        Instant until = end.atStartOfDay(ClubService.ZONE).toInstant();
        ClubStore.ClubRow club = seen.club();
        Map<Instant, List<String>> came = store.attendance(clubId, since, until);
        String me = seen.member() == null ? null : seen.member().caseId();
        Map<String, ClubStore.MemberRow> byCase = new java.util.HashMap<>();
        if (seen.moderator()) {
            store.currentMembers(clubId).forEach(m -> byCase.put(m.caseId(), m));
        }
        List<ClubModels.Meeting> out = new ArrayList<>();
        for (Instant at : ClubSchedule.of(club).between(since, until)) {
            List<String> cases = came.getOrDefault(at, List.of());
            List<String> attendees = null;
            if (seen.moderator()) {
                attendees = cases.stream()
                        .map(byCase::get)
                        .filter(java.util.Objects::nonNull)
                        .map(ClubStore.MemberRow::id)
                        .sorted()
                        .toList();
            }
            out.add(new ClubModels.Meeting(
                    Times.utc(at),
                    Times.utc(at.plus(Duration.ofMinutes(club.durationMinutes()))),
                    cases.size(),
                    attendees,
                    me == null ? null : cases.contains(me)));
        }
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_READ, null, "club:" + clubId, "meetings"));
        return out;
    }

    @Transactional
    public ClubModels.Meeting record(Caller caller, String clubId, ClubModels.RecordAttendance r) {
        ClubAccess.Seen seen = access.moderated(caller, clubId);
        Instant at = r.startsAt().toInstant();
        ClubStore.ClubRow club = seen.club();
        if (!ClubSchedule.of(club).isMeeting(at)) {
            throw ApiException.badField("startsAt", "is not a meeting of this club's schedule");
        }
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            throw ApiException.unprocessable(
                    "meeting-not-begun", "attendance is recorded once the meeting has begun", "startsAt");
        }
        if (at.isBefore(now.minus(MAX_AGE))) {
            throw ApiException.badField("startsAt", "is more than 30 days ago");
        }
        Map<String, ClubStore.MemberRow> members = new java.util.HashMap<>();
        store.currentMembers(clubId).forEach(m -> members.put(m.id(), m));
        List<ClubStore.MemberRow> present = new ArrayList<>();
        for (UUID id : r.memberIds().stream().distinct().toList()) {
            ClubStore.MemberRow m = members.get(id.toString());
            if (m == null) {
                throw ApiException.badField("memberIds", "is not a member of this club");
            }
            present.add(m);
        }
        for (ClubStore.MemberRow m : present) {
            String checkinId = UUID.nameUUIDFromBytes(("club-attendance:" + clubId + ":" + at + ":" + m.caseId())
                            .getBytes(StandardCharsets.UTF_8))
                    .toString();
            checkins.recordGroupActivity(caller, m.caseId(), checkinId, at, club.name());
            if (store.insertAttendance(clubId, at, m.caseId(), checkinId, caller.accountId(), now)) {
                audit.append(AuditEntry.of(
                        caller, AuditAction.CLUB_ATTENDANCE, m.caseId(), "club:" + clubId, at.toString()));
            }
        }
        List<String> cases = store.attendance(clubId, at, at.plusMillis(1)).getOrDefault(at, List.of());
        List<String> attendees = members.values().stream()
                .filter(m -> cases.contains(m.caseId()))
                .map(ClubStore.MemberRow::id)
                .sorted()
                .toList();
        return new ClubModels.Meeting(
                Times.utc(at),
                Times.utc(at.plus(Duration.ofMinutes(club.durationMinutes()))),
                cases.size(),
                attendees,
                null);
    }
}
