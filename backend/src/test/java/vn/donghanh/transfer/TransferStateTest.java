package vn.donghanh.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.donghanh.transfer.TransferState.Side;

/** Every (state, next state, side), allowed or refused, against the table written out again here. */
class TransferStateTest {
    private static Set<TransferState> expected(TransferState from, Side side) {
        return switch (from) {
            case REQUESTED, OFFERED ->
                side == Side.RECEIVER
                        ? EnumSet.of(TransferState.ACCEPTED, TransferState.DECLINED)
                        : EnumSet.of(TransferState.CANCELLED);
            case ASKED ->
                side == Side.SENDER
                        ? EnumSet.of(TransferState.OFFERED, TransferState.REFUSED)
                        : EnumSet.of(TransferState.CANCELLED);
            case ACCEPTED, DECLINED, REFUSED, CANCELLED -> EnumSet.noneOf(TransferState.class);
        };
    }

    @ParameterizedTest
    @EnumSource(TransferState.class)
    void movesFrom(TransferState from) {
        for (Side side : Side.values()) {
            for (TransferState to : TransferState.values()) {
                assertEquals(
                        expected(from, side).contains(to), from.allows(to, side), from + " -> " + to + " by " + side);
            }
            assertEquals(expected(from, side), from.next(side), from + " by " + side);
        }
    }

    @ParameterizedTest
    @EnumSource(TransferState.class)
    void openStatesAreExactlyThoseWithAMoveLeft(TransferState s) {
        boolean anyMove = !expected(s, Side.SENDER).isEmpty()
                || !expected(s, Side.RECEIVER).isEmpty();
        assertEquals(anyMove, s.isOpen());
        if (s.isOpen()) {
            Side awaited = s == TransferState.ASKED ? Side.SENDER : Side.RECEIVER;
            assertEquals(awaited, s.awaits());
        }
    }
}
