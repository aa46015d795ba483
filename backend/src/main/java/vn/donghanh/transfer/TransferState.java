package vn.donghanh.transfer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a transfer stands. Sender first: REQUESTED → ACCEPTED / DECLINED (by the receiver) or
 * CANCELLED (by the sender). Receiver first (the person reported at the new commune, as Law
 * 120/2025 asks): ASKED → OFFERED (the holder releases the case) or REFUSED (the holder says no),
 * or CANCELLED (by the receiver); OFFERED then goes on as REQUESTED does. The receiver sees the
 * transfer sheet only once the holder has offered the case (REQUESTED or OFFERED).
 */
public enum TransferState {
    REQUESTED,
    ASKED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    REFUSED,
    CANCELLED;

    /** Who may make a move: the commune that holds the case, or the one it would move to. */
    public enum Side {
        SENDER,
        RECEIVER
    }

    private record Move(TransferState to, Side by) {}

    private static final Map<TransferState, Set<Move>> MOVES = Map.of(
            REQUESTED,
                    Set.of(
                            new Move(ACCEPTED, Side.RECEIVER),
                            new Move(DECLINED, Side.RECEIVER),
                            new Move(CANCELLED, Side.SENDER)),
            OFFERED,
                    Set.of(
                            new Move(ACCEPTED, Side.RECEIVER),
                            new Move(DECLINED, Side.RECEIVER),
                            new Move(CANCELLED, Side.SENDER)),
            ASKED,
                    Set.of(
                            new Move(OFFERED, Side.SENDER),
                            new Move(REFUSED, Side.SENDER),
                            new Move(CANCELLED, Side.RECEIVER)),
            ACCEPTED, Set.of(),
            DECLINED, Set.of(),
            REFUSED, Set.of(),
            CANCELLED, Set.of());

    /** Whether {@code side} may move a transfer from this state to {@code next}. */
    public boolean allows(TransferState next, Side side) {
        return MOVES.get(this).contains(new Move(next, side));
    }

    /** Still waiting for an answer; the case has at most one open transfer. */
    public boolean isOpen() {
        return this == REQUESTED || this == ASKED || this == OFFERED;
    }

    /** The receiver may read the transfer sheet: the holder has released the case to them. */
    public boolean sheetVisibleToReceiver() {
        return this == REQUESTED || this == OFFERED;
    }

    /** Whose answer the transfer waits for, while open. */
    public Side awaits() {
        return this == ASKED ? Side.SENDER : Side.RECEIVER;
    }

    /** The states each side may move to from here. */
    public Set<TransferState> next(Side side) {
        Set<TransferState> out = EnumSet.noneOf(TransferState.class);
        MOVES.get(this).stream().filter(m -> m.by() == side).forEach(m -> out.add(m.to()));
        return out;
    }
}
