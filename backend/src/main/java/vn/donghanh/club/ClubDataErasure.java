package vn.donghanh.club;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Retention for the clubs: the alias, the posts' text and the reports' reasons are erased (a nickname or a post can
 * name the person); that they were a member, came to meetings and posted stays, as dates, for the statistics.
 */
@Singleton
class ClubDataErasure implements PersonalDataErasure {
    private final ClubStore store;

    ClubDataErasure(ClubStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("club_member", "club_attendance", "club_post", "club_post_report");
    }

    @Override
    public void erase(String caseId) {
        store.erase(caseId);
    }
}
