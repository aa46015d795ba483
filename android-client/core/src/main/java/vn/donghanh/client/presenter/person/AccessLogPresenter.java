package vn.donghanh.client.presenter.person;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.AccessLogEntry;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.sync.Snapshots;

/**
 * "Ai đã xem hồ sơ của tôi": the newest page of GET /api/v1/me/access-log, kept as a snapshot so
 * it shows offline with its age.
 */
public final class AccessLogPresenter extends Presenter<AccessLogView> {
    public static final String SNAPSHOT_ACCESS_LOG = "ACCESS_LOG";
    /** The newest entries only; older pages are for the web. */
    static final int LIMIT = 100;

    public AccessLogPresenter(AccessLogView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(() -> result(false), AccessLogPresenter::show);
    }

    private static void show(AccessLogView view, Result r) {
        view.showAccessLog(r.rows, r.known, r.offline, r.savedAtMillis);
    }

    private Result result(boolean fromCopyOnly) throws Exception {
        Session session = client.auth().current();
        if (session == null) {
            throw new NotSignedInException();
        }
        String caseId = session.account.caseId;
        boolean offline = fromCopyOnly;
        if (!fromCopyOnly) {
            try {
                JSONObject page = client.api().myAccessLogJson(LIMIT);
                client.snapshots()
                        .save(
                                SNAPSHOT_ACCESS_LOG,
                                caseId,
                                caseId,
                                page.toString(),
                                client.clock().nowMillis());
            } catch (IOException noNetwork) {
                offline = true;
            }
        }
        Snapshots.Snapshot copy = client.snapshots().load(SNAPSHOT_ACCESS_LOG, caseId);
        if (copy == null) {
            return new Result(Collections.<AccessLogRow>emptyList(), false, offline, null);
        }
        List<AccessLogRow> rows = new ArrayList<>();
        for (AccessLogEntry e : Json.list(Json.parse(copy.json).optJSONArray("items"), AccessLogEntry::from)) {
            rows.add(new AccessLogRow(e.occurredAtMillis, e.actorName, e.actorRole, e.action));
        }
        return new Result(rows, true, offline, copy.savedAtMillis);
    }

    private static final class Result {
        final List<AccessLogRow> rows;
        final boolean known;
        final boolean offline;
        final Long savedAtMillis;

        Result(List<AccessLogRow> rows, boolean known, boolean offline, Long savedAtMillis) {
            this.rows = rows;
            this.known = known;
            this.offline = offline;
            this.savedAtMillis = savedAtMillis;
        }
    }
}
