package vn.donghanh.checkin;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Check-ins lose the person's notes and coordinates. Check-in plans (a kind and a recurrence) and the supervision
 * watch (plan ids and times) hold nothing that identifies anyone: kept as they are, for the compliance figures.
 */
@Singleton
class CheckinDataErasure implements PersonalDataErasure {
    private final CheckinRepository checkins;

    CheckinDataErasure(CheckinRepository checkins) {
        this.checkins = checkins;
    }

    @Override
    public Set<String> tables() {
        return Set.of("checkin", "checkin_plan", "supervision_watch");
    }

    @Override
    public void erase(String caseId) {
        checkins.eraseNotesAndLocations(caseId);
    }
}
