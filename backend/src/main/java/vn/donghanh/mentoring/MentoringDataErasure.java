package vn.donghanh.mentoring;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/** Mentor assignments keep who mentored and when (coverage figures); the free-text end reason goes. */
@Singleton
class MentoringDataErasure implements PersonalDataErasure {
    private final AssignmentRepository assignments;

    MentoringDataErasure(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public Set<String> tables() {
        return Set.of("mentor_assignment");
    }

    @Override
    public void erase(String caseId) {
        assignments.eraseEndReasons(caseId);
    }
}
