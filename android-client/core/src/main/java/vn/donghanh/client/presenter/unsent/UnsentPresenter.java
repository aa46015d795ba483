package vn.donghanh.client.presenter.unsent;

import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.outbox.OutboxTexts;
import vn.donghanh.client.presenter.Presenter;

/**
 * "Chưa gửi": the signed-in account's outbox. Waiting items go out by themselves; an item the
 * server refused stays here with the server's reason until the user edits and resends it or
 * discards it. A refused item never holds up the others (the flusher skips it). An item whose
 * case left the user's scope is shown with that reason (the app's words) and can only be discarded.
 */
public final class UnsentPresenter extends Presenter<UnsentView> {
    public UnsentPresenter(UnsentView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(this::rows, UnsentView::showItems);
    }

    /** "Thử gửi ngay": one flush now (ignoring backoff), then the list again. */
    public void sendNow() {
        load(
                () -> {
                    client.flusher().flush(true);
                    return rows();
                },
                UnsentView::showItems);
    }

    public void discard(final String id) {
        load(
                () -> {
                    client.outbox().discard(id);
                    return rows();
                },
                UnsentView::showItems);
    }

    /** Replaces the item's text, queues it again and tries to send at once (offline it waits). */
    public void editAndResend(final String id, final String newText) {
        String text = newText == null ? "" : newText.trim();
        UnsentView v = view();
        if (v == null) {
            return;
        }
        load(
                () -> {
                    OutboxOperation op = client.outbox().find(id);
                    if (op == null) {
                        return rows();
                    }
                    if (text.isEmpty() && !OutboxTexts.optional(op.kind)) {
                        return null;
                    }
                    if (client.outbox().editText(id, text)) {
                        client.flusher().flush(true);
                    }
                    return rows();
                },
                (view, rows) -> {
                    if (rows == null) {
                        view.showTextRequired();
                    } else {
                        view.showItems(rows);
                    }
                });
    }

    List<UnsentRow> rows() {
        List<UnsentRow> rows = new ArrayList<>();
        for (OutboxOperation op : client.outbox().unsent()) {
            boolean refused = op.state == OutboxOperation.State.FAILED;
            boolean outOfScope = op.state == OutboxOperation.State.OUT_OF_SCOPE;
            String text = OutboxTexts.text(op);
            rows.add(new UnsentRow(
                    op.id,
                    op.kind,
                    op.createdAtMillis,
                    refused,
                    refused ? reason(op) : null,
                    op.attempts,
                    text,
                    text != null && !OutboxTexts.optional(op.kind),
                    outOfScope,
                    outOfScope ? caseName(op.caseId) : null));
        }
        return rows;
    }

    /** The person's name: from the removal's mark, else (refused before the feed said so) the synced case. */
    private String caseName(String caseId) {
        String removed = client.removedCaseName(caseId);
        if (removed != null) {
            return removed;
        }
        CaseSummary known = caseId == null ? null : client.records().caseSummary(caseId);
        return known == null ? null : known.fullName;
    }

    /** Items refused before the detail was kept hold "HTTP 422 Unprocessable Entity (type URI)": cut the URI. */
    private static String reason(OutboxOperation op) {
        String error = op.lastError;
        if (error == null || error.trim().isEmpty()) {
            return op.lastStatus > 0 ? "HTTP " + op.lastStatus : "";
        }
        return error.replaceAll("\\s*\\(https?://[^)]*\\)$", "").trim();
    }
}
