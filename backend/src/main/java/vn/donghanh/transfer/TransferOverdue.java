package vn.donghanh.transfer;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.OverdueKind;
import vn.donghanh.checkin.OverdueSource;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Times;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Transfers waiting past their deadline, on both communes' overdue lists: the sender's (the case is
 * still theirs) and the receiver's once the case is released to them (before that, the receiver
 * has asked and waits for the holder; the name is not theirs to see yet).
 */
@Singleton
class TransferOverdue implements OverdueSource {
    /** Transfers read at a time; every page is read, so the overdue list holds every late transfer. */
    static final int PAGE = 500;

    private final TransferStore store;
    private final CaseService cases;

    TransferOverdue(TransferStore store, CaseService cases) {
        this.store = store;
        this.cases = cases;
    }

    @Override
    public List<CheckinModels.OverdueItem> overdue(Caller officer, Instant now) {
        if (!officer.is(Role.OFFICER)) {
            return List.of();
        }
        CaseScope scope = CaseScope.of(officer);
        List<TransferStore.Row> rows = new ArrayList<>(late(scope, TransferService.Direction.OUTGOING, now));
        late(scope, TransferService.Direction.INCOMING, now).stream()
                .filter(t -> t.state().sheetVisibleToReceiver())
                .filter(t -> rows.stream().noneMatch(r -> r.id().equals(t.id())))
                .forEach(rows::add);
        Map<String, CaseQueries.CaseLabel> names =
                cases.labels(rows.stream().map(TransferStore.Row::caseId).toList());
        List<CheckinModels.OverdueItem> out = new ArrayList<>();
        for (TransferStore.Row t : rows) {
            CaseQueries.CaseLabel label = names.get(t.caseId());
            String name = label == null ? "?" : label.fullName();
            out.add(new CheckinModels.OverdueItem(
                    t.caseId(),
                    name,
                    t.fromUnitId(),
                    OverdueKind.TRANSFER_ANSWER,
                    null,
                    null,
                    Times.utc(t.answerDueAt()),
                    Math.max(0, Duration.between(t.answerDueAt(), now).toHours()),
                    t.id()));
        }
        return out;
    }

    /** Every open transfer one way past its deadline at {@code now}, a page at a time. */
    private List<TransferStore.Row> late(CaseScope scope, TransferService.Direction direction, Instant now) {
        List<TransferStore.Row> out = new ArrayList<>();
        String cursor = null;
        while (true) {
            List<TransferStore.Row> page = store.open(scope, direction, now, cursor, PAGE);
            if (page.size() <= PAGE) {
                out.addAll(page);
                return out;
            }
            List<TransferStore.Row> kept = page.subList(0, PAGE);
            out.addAll(kept);
            TransferStore.Row last = kept.get(PAGE - 1);
            cursor = Cursor.encode(last.answerDueAt().toString(), last.id());
        }
    }
}
