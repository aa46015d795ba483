package vn.donghanh.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses, allowed or refused, against the table written out independently here. */
class CaseStatusTest {
    private static Set<CaseStatus> expectedFrom(CaseStatus from) {
        return switch (from) {
            case ACTIVE ->
                EnumSet.of(
                        CaseStatus.SUSPENDED,
                        CaseStatus.ABSENT,
                        CaseStatus.TRANSFERRED_OUT,
                        CaseStatus.RELAPSED,
                        CaseStatus.COMPLETED,
                        CaseStatus.DECEASED);
            case SUSPENDED ->
                EnumSet.of(
                        CaseStatus.ACTIVE,
                        CaseStatus.ABSENT,
                        CaseStatus.TRANSFERRED_OUT,
                        CaseStatus.RELAPSED,
                        CaseStatus.DECEASED);
            case ABSENT ->
                EnumSet.of(
                        CaseStatus.ACTIVE,
                        CaseStatus.SUSPENDED,
                        CaseStatus.TRANSFERRED_OUT,
                        CaseStatus.RELAPSED,
                        CaseStatus.DECEASED);
            case RELAPSED ->
                EnumSet.of(
                        CaseStatus.ACTIVE,
                        CaseStatus.SUSPENDED,
                        CaseStatus.ABSENT,
                        CaseStatus.TRANSFERRED_OUT,
                        CaseStatus.DECEASED);
            case TRANSFERRED_OUT, COMPLETED, DECEASED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void transitionsFrom(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            assertEquals(expectedFrom(from).contains(to), from.canMoveTo(to), from + " -> " + to);
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void closedStatusesAreExactlyTheFinalOnes(CaseStatus s) {
        assertEquals(expectedFrom(s).isEmpty(), s.isClosed());
    }
}
