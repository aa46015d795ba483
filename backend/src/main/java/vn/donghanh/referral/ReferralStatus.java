package vn.donghanh.referral;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The referral pipeline: proposed -> accepted by the person -> sent to the provider -> interview /
 * enrolled -> placed, or not placed / withdrawn. Jumps outside this table are refused.
 */
public enum ReferralStatus {
    PROPOSED,
    ACCEPTED,
    SENT,
    INTERVIEW,
    ENROLLED,
    PLACED,
    NOT_PLACED,
    WITHDRAWN;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, WITHDRAWN),
            ACCEPTED, EnumSet.of(SENT, WITHDRAWN),
            SENT, EnumSet.of(INTERVIEW, ENROLLED, PLACED, NOT_PLACED, WITHDRAWN),
            INTERVIEW, EnumSet.of(ENROLLED, PLACED, NOT_PLACED, WITHDRAWN),
            ENROLLED, EnumSet.of(PLACED, NOT_PLACED, WITHDRAWN),
            PLACED, EnumSet.noneOf(ReferralStatus.class),
            NOT_PLACED, EnumSet.noneOf(ReferralStatus.class),
            WITHDRAWN, EnumSet.noneOf(ReferralStatus.class));

    public boolean canMoveTo(ReferralStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<ReferralStatus> next() {
        return NEXT.get(this);
    }
}
