package vn.donghanh.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.donghanh.transfer.TransferModels;
import vn.donghanh.transfer.TransferState;

/**
 * A transfer as the console's templates read it (plain values, dates already in words' form), for
 * the case page's section, Hôm nay's lists and the transfer page alike, so the three say the same.
 */
final class TransferViews {
    /** The order the caller's buttons appear in: the answer first, withdrawing last. */
    static final List<TransferState> ACTION_ORDER = List.of(
            TransferState.ACCEPTED,
            TransferState.OFFERED,
            TransferState.DECLINED,
            TransferState.REFUSED,
            TransferState.CANCELLED);

    /** The answers that need a reason (the service refuses them without one). */
    static boolean needsReason(TransferState s) {
        return s == TransferState.DECLINED || s == TransferState.REFUSED || s == TransferState.CANCELLED;
    }

    private TransferViews() {}

    static String page(String transferId) {
        return ConsolePaths.TRANSFERS + "/" + transferId;
    }

    static Map<String, Object> row(TransferModels.Transfer t, Instant now, ZoneId zone) {
        Map<String, Object> r = ConsolePage.row(
                "id", t.id(),
                "href", page(t.id()),
                "caseId", t.caseId(),
                "caseHref", ConsolePaths.casePage(t.caseId()),
                "personName", t.personName(),
                "fromName", t.fromUnit().name(),
                "fromProvince", t.fromUnit().provinceName(),
                "toName", t.toUnit().name(),
                "toProvince", t.toUnit().provinceName(),
                "state", t.state().name(),
                "open", t.state().isOpen(),
                "initiatedBy", t.initiatedBy().name(),
                "side", t.side().name(),
                "sender", t.side() == TransferState.Side.SENDER,
                "awaitsUs", t.state().isOpen() && t.state().awaits() == t.side(),
                "asked", t.state() == TransferState.ASKED,
                "moveDate", ConsoleFormat.date(t.moveDate()),
                "reason", t.reason(),
                "newAddress", t.newAddress(),
                "note", t.note(),
                "requestedBy", t.requestedByName(),
                "requestedAt", ConsoleFormat.dateTime(t.requestedAt(), zone),
                "requestedOn",
                        ConsoleFormat.date(
                                t.requestedAt().atZoneSameInstant(zone).toLocalDate()),
                "dueAt", ConsoleFormat.dateTime(t.answerDueAt(), zone),
                "overdue", t.overdue(),
                "offeredAt", t.offeredAt() == null ? null : ConsoleFormat.dateTime(t.offeredAt(), zone),
                "answeredBy", t.answeredByName(),
                "answeredAt", t.answeredAt() == null ? null : ConsoleFormat.dateTime(t.answeredAt(), zone),
                "answerReason", t.answerReason(),
                "escalatedAt", t.escalatedAt() == null ? null : ConsoleFormat.dateTime(t.escalatedAt(), zone),
                "actions",
                        ACTION_ORDER.stream()
                                .filter(t.actions()::contains)
                                .map(Enum::name)
                                .toList());
        r.putAll(clock(t, now));
        return r;
    }

    /**
     * The legal clock in words' keys: "còn 5 giờ 20 phút", "còn 40 phút", "quá hạn 3 giờ"; nothing
     * for a transfer already answered.
     */
    static Map<String, Object> clock(TransferModels.Transfer t, Instant now) {
        if (!t.state().isOpen()) {
            return ConsolePage.row("clockKey", null, "clockA", 0, "clockB", 0);
        }
        Duration left = Duration.between(now, t.answerDueAt().toInstant());
        if (t.overdue() || left.isNegative() || left.isZero()) {
            Duration late = left.negated();
            return late.toHours() >= 1
                    ? ConsolePage.row("clockKey", "transfer.clock.overdueHours", "clockA", late.toHours(), "clockB", 0)
                    : ConsolePage.row(
                            "clockKey", "transfer.clock.overdueMinutes", "clockA", late.toMinutes(), "clockB", 0);
        }
        if (left.toHours() >= 1) {
            return ConsolePage.row(
                    "clockKey", "transfer.clock.leftHours", "clockA", left.toHours(), "clockB", left.toMinutesPart());
        }
        return ConsolePage.row("clockKey", "transfer.clock.leftMinutes", "clockA", left.toMinutes(), "clockB", 0);
    }
}
