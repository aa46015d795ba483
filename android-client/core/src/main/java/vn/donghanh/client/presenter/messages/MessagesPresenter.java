package vn.donghanh.client.presenter.messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Message;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.Presenter;

/** The conversation about a case with one account (person ↔ mentor, mentor ↔ officer). */
public final class MessagesPresenter extends Presenter<MessagesView> {
    private final String caseId;
    private final String withAccountId;

    public MessagesPresenter(MessagesView view, DongHanhClient client, String caseId, String withAccountId) {
        super(view, client);
        this.caseId = caseId;
        this.withAccountId = withAccountId;
    }

    public void start() {
        load(this::rows, this::show);
    }

    private void show(MessagesView view, List<MessageRow> rows) {
        if (offline) {
            view.showSyncedAt(syncedAt);
        }
        view.showMessages(rows, offline);
    }

    private volatile Long syncedAt;

    /** Queues the message (works offline), tries to send it, then shows the conversation again. */
    public void send(final String text) {
        if (text == null || text.trim().isEmpty()) {
            return;
        }
        load(
                () -> {
                    client.outbox().queueMessage(caseId, withAccountId, text.trim());
                    client.flusher().flush(true);
                    return rows();
                },
                this::show);
    }

    private volatile boolean offline;

    List<MessageRow> rows() throws Exception {
        Session session = client.auth().current();
        String me = session == null ? null : session.account.id;
        List<Message> messages;
        try {
            messages = client.api().messages(caseId, withAccountId);
            offline = false;
        } catch (IOException e) {
            offline = true;
            syncedAt = client.records().lastSyncedAtMillis();
            messages = new ArrayList<>();
            for (Message m : client.records().messages(caseId)) {
                if (withAccountId.equals(m.senderId) || withAccountId.equals(m.recipientId)) {
                    messages.add(m);
                }
            }
        }
        List<MessageRow> rows = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Message m : messages) {
            known.add(m.id);
            rows.add(new MessageRow(
                    m.id, m.body, m.senderId.equals(me), m.sentAtMillis, true, false, m.readAtMillis != null));
        }
        for (OutboxOperation op : client.outbox().unsent(caseId, OutboxKind.MESSAGE)) {
            JSONObject body = op.bodyJson();
            if (known.contains(op.id) || !withAccountId.equals(Json.string(body, "recipientId"))) {
                continue;
            }
            rows.add(new MessageRow(
                    op.id,
                    Json.string(body, "body"),
                    true,
                    op.createdAtMillis,
                    false,
                    op.state != OutboxOperation.State.PENDING,
                    false));
        }
        return rows;
    }
}
