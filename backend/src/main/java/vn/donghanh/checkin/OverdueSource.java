package vn.donghanh.checkin;

import java.time.Instant;
import java.util.List;
import vn.donghanh.security.Caller;

/**
 * Another feature's items on the officer's overdue list (an unanswered transfer), merged by {@link
 * ComplianceService#overdue} into the one list, longest-waiting first. Implementations apply the
 * caller's scope themselves.
 */
public interface OverdueSource {
    /** The items overdue at {@code now} that this officer should see. */
    List<CheckinModels.OverdueItem> overdue(Caller officer, Instant now);
}
