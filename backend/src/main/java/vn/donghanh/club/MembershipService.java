package vn.donghanh.club;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Membership is the person's own choice: only they join (under an alias they choose, unique in the club), change
 * their alias or whether their real name shows, and leave. Nobody can add them. Members are listed by alias; the
 * name only when they chose to show it; moderators also get each member's case id (a member's case is visible to
 * them as usual, through the case endpoints and their scope), never a phone number.
 */
@Singleton
public class MembershipService {
    private final ClubStore store;
    private final ClubAccess access;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    public MembershipService(ClubStore store, ClubAccess access, CaseService cases, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** Joins the club, or changes the alias or the name choice of a current membership. */
    @Transactional
    public ClubModels.Membership join(Caller caller, String clubId, ClubModels.Join r) {
        requirePerson(caller);
        ClubAccess.Seen seen = access.card(caller, clubId);
        String caseId = caller.caseId();
        store.lockForJoin(clubId);
        var existing = store.memberOfCaseForUpdate(clubId, caseId);
        if (existing.isEmpty() || !existing.get().current()) {
            // Joining (again) is for the clubs of one's commune now; a member who moved away may stay.
            if (!seen.communes().contains(access.communeOfPerson(caller))) {
                throw ApiException.notFound();
            }
        }
        String alias = Aliases.clean(r.alias(), cases.find(caseId).fullName());
        String key = Aliases.key(alias);
        if (store.aliasTaken(clubId, key, caseId)) {
            throw aliasTaken();
        }
        Instant now = clock.instant();
        String memberId;
        String detail;
        if (existing.isEmpty()) {
            memberId = UUID.randomUUID().toString();
            if (!store.insertMember(
                    new ClubStore.MemberRow(memberId, clubId, caseId, alias, r.showName(), now, null), key)) {
                throw aliasTaken(); // another person took it between our check and this insert
            }
            detail = "join";
        } else {
            memberId = existing.get().id();
            Instant joined = existing.get().current() ? existing.get().joinedAt() : now;
            if (!store.updateMember(memberId, alias, key, r.showName(), joined)) {
                throw aliasTaken();
            }
            detail = existing.get().current() ? "change" : "join";
        }
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_MEMBERSHIP, caseId, "club:" + clubId, detail));
        return membership(store.memberOfCase(clubId, caseId).orElseThrow());
    }

    private static ApiException aliasTaken() {
        return new ApiException(
                io.micronaut.http.HttpStatus.CONFLICT,
                "alias-taken",
                "alias: is already used in this club",
                List.of(new ApiException.FieldError("alias", "is already used in this club")));
    }

    @Transactional
    public void leave(Caller caller, String clubId) {
        requirePerson(caller);
        access.card(caller, clubId);
        var member = store.memberOfCaseForUpdate(clubId, caller.caseId())
                .filter(ClubStore.MemberRow::current)
                .orElseThrow(ApiException::notFound);
        store.leave(member.id(), clock.instant());
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_MEMBERSHIP, caller.caseId(), "club:" + clubId, "leave"));
    }

    @Transactional
    public List<ClubModels.Member> members(Caller caller, String clubId) {
        ClubAccess.Seen seen = access.inside(caller, clubId);
        List<ClubStore.MemberRow> rows = store.currentMembers(clubId);
        List<String> shown = rows.stream()
                .filter(ClubStore.MemberRow::showName)
                .map(ClubStore.MemberRow::caseId)
                .toList();
        Map<String, CaseQueries.CaseLabel> names = cases.labels(shown);
        List<ClubModels.Member> out = new ArrayList<>();
        for (ClubStore.MemberRow m : rows) {
            CaseQueries.CaseLabel label = m.showName() ? names.get(m.caseId()) : null;
            out.add(new ClubModels.Member(
                    m.id(),
                    m.alias(),
                    label == null ? null : label.fullName(),
                    seen.moderator() ? m.caseId() : null,
                    Times.utc(m.joinedAt()),
                    seen.member() != null && seen.member().id().equals(m.id())));
        }
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_READ, null, "club:" + clubId, "members"));
        return out;
    }

    static ClubModels.Membership membership(ClubStore.MemberRow m) {
        return new ClubModels.Membership(m.id(), m.clubId(), m.alias(), m.showName(), Times.utc(m.joinedAt()));
    }

    private static void requirePerson(Caller caller) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("persons join a club themselves; nobody can add them");
        }
    }
}
