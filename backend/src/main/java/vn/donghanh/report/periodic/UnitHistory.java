package vn.donghanh.report.periodic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.donghanh.transfer.TransferService;

/**
 * Which commune held a case on a given day, from the commune it is registered in now and its
 * accepted moves since the period began: before a move's date the case was in the commune it
 * left; from that date on, in the one it joined.
 */
final class UnitHistory {
    /** Days [from, until] inclusive a case spent in one commune. */
    record Stay(String unitId, LocalDate from, LocalDate until) {}

    private final String currentUnit;
    private final List<TransferService.CaseMove> moves;

    UnitHistory(String currentUnit, List<TransferService.CaseMove> moves) {
        this.currentUnit = currentUnit;
        this.moves = moves == null
                ? List.of()
                : moves.stream()
                        .sorted(Comparator.comparing(TransferService.CaseMove::moveDate))
                        .toList();
    }

    String unitOn(LocalDate day) {
        for (TransferService.CaseMove m : moves) {
            if (m.moveDate().isAfter(day)) {
                return m.fromUnitId();
            }
        }
        return currentUnit;
    }

    /** The stays covering [from, until], in order; one when the case did not move in between. */
    List<Stay> staysWithin(LocalDate from, LocalDate until) {
        List<Stay> out = new ArrayList<>();
        LocalDate start = from;
        for (TransferService.CaseMove m : moves) {
            if (m.moveDate().isAfter(start) && !m.moveDate().isAfter(until)) {
                out.add(new Stay(unitOn(start), start, m.moveDate().minusDays(1)));
                start = m.moveDate();
            }
        }
        out.add(new Stay(unitOn(start), start, until));
        return out;
    }
}
