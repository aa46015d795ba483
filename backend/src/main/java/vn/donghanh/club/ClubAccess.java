package vn.donghanh.club;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Who may see what of a club. Moderators: its creator, and the officers and mentors of its communes (their unit
 * at or above one of them). A person sees the clubs of the commune their case is in now and, once they joined,
 * what is inside (members, meetings, board). Anyone else gets 404 for everything, as for an id that does not
 * exist: an officer of another commune cannot learn that a club, or a person's membership, exists.
 */
@Singleton
class ClubAccess {
    private final ClubStore store;
    private final AdminUnitService units;
    private final CaseService cases;

    ClubAccess(ClubStore store, AdminUnitService units, CaseService cases) {
        this.store = store;
        this.units = units;
        this.cases = cases;
    }

    /** The caller's view of one club; {@code member} is the caller's current membership, or null. */
    record Seen(ClubStore.ClubRow club, List<String> communes, boolean moderator, ClubStore.MemberRow member) {
        boolean inside() {
            return moderator || member != null;
        }
    }

    /** The club as the caller may see it from outside (its card), or 404. */
    Seen card(Caller caller, String clubId) {
        ClubStore.ClubRow club = store.club(clubId).orElseThrow(ApiException::notFound);
        List<String> communes = store.communesOf(clubId);
        boolean moderator = moderates(caller, club, communes);
        ClubStore.MemberRow member = null;
        boolean ofCommune = false;
        if (caller.is(Role.PERSON) && caller.caseId() != null) {
            member = store.memberOfCase(clubId, caller.caseId())
                    .filter(ClubStore.MemberRow::current)
                    .orElse(null);
            ofCommune = communes.contains(communeOfPerson(caller));
        }
        if (!moderator && member == null && !ofCommune) {
            throw ApiException.notFound();
        }
        return new Seen(club, communes, moderator, member);
    }

    /** The club's inside (members, meetings, board): its members and moderators only, 404 for anyone else. */
    Seen inside(Caller caller, String clubId) {
        Seen seen = card(caller, clubId);
        if (!seen.inside()) {
            throw ApiException.notFound();
        }
        return seen;
    }

    Seen moderated(Caller caller, String clubId) {
        Seen seen = inside(caller, clubId);
        if (!seen.moderator()) {
            throw ApiException.forbidden("only the club's moderators do this");
        }
        return seen;
    }

    /** The commune the person's case is registered in now. */
    String communeOfPerson(Caller caller) {
        return cases.find(caller.caseId()).adminUnitId();
    }

    boolean moderates(Caller caller, ClubStore.ClubRow club, Collection<String> communes) {
        if (!caller.is(Role.OFFICER, Role.MENTOR)) {
            return false;
        }
        if (club.createdBy().equals(caller.accountId())) {
            return true;
        }
        return units.unitsOf(communes).values().stream()
                .map(AdminUnitEntity::path)
                .anyMatch(path -> path.startsWith(caller.unitPath()));
    }
}
