package vn.donghanh.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of referral statuses, allowed or refused, against the pipeline written out here. */
class ReferralStatusTest {
    private static Set<ReferralStatus> allowedFrom(ReferralStatus from) {
        return switch (from) {
            case PROPOSED -> EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ReferralStatus.SENT, ReferralStatus.WITHDRAWN);
            case SENT ->
                EnumSet.of(
                        ReferralStatus.INTERVIEW,
                        ReferralStatus.ENROLLED,
                        ReferralStatus.PLACED,
                        ReferralStatus.NOT_PLACED,
                        ReferralStatus.WITHDRAWN);
            case INTERVIEW ->
                EnumSet.of(
                        ReferralStatus.ENROLLED,
                        ReferralStatus.PLACED,
                        ReferralStatus.NOT_PLACED,
                        ReferralStatus.WITHDRAWN);
            case ENROLLED -> EnumSet.of(ReferralStatus.PLACED, ReferralStatus.NOT_PLACED, ReferralStatus.WITHDRAWN);
            case PLACED, NOT_PLACED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void everyTransitionFrom(ReferralStatus from) {
        for (ReferralStatus to : ReferralStatus.values()) {
            assertEquals(allowedFrom(from).contains(to), from.canMoveTo(to), from + " -> " + to);
        }
    }
}
