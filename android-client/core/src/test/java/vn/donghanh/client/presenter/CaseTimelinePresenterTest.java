package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.officer.CaseTimelineModel;
import vn.donghanh.client.presenter.officer.CaseTimelinePresenter;
import vn.donghanh.client.presenter.officer.CaseTimelineView;
import vn.donghanh.client.presenter.officer.TimelineRow;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

class CaseTimelinePresenterTest {
    static final String CASE = OfficerHomePresenterTest.AN;
    final ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-23T08:00:00+07:00"));
    final ScriptedServer server = new ScriptedServer();
    final DongHanhClient client = OfficerHomePresenterTest.officerClient(server, clock);
    final List<CaseTimelineModel> renders = new ArrayList<>();
    final List<ErrorKind> errors = new ArrayList<>();
    final CaseTimelineView view = new CaseTimelineView() {
        @Override
        public void render(CaseTimelineModel model) {
            renders.add(model);
        }

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            errors.add(error);
        }
    };

    static final String TIMELINE = "[{\"id\":\"e1\",\"type\":\"REGISTERED\",\"toStatus\":\"ACTIVE\",\"reason\":null,"
            + "\"effectiveDate\":\"2026-10-01\",\"actorId\":\"a\",\"actorName\":\"Phạm Văn Dũng\","
            + "\"occurredAt\":\"2026-10-01T02:00:00Z\"},"
            + "{\"id\":\"e2\",\"type\":\"MENTOR_ASSIGNED\",\"reason\":\"Phan Thị Mai\",\"effectiveDate\":\"2026-10-02\","
            + "\"actorId\":\"a\",\"actorName\":\"Phạm Văn Dũng\",\"occurredAt\":\"2026-10-02T02:00:00Z\"},"
            + "{\"id\":\"e3\",\"type\":\"STATUS_CHANGED\",\"fromStatus\":\"ACTIVE\",\"toStatus\":\"SUSPENDED\","
            + "\"reason\":\"Đi chữa bệnh\",\"effectiveDate\":\"2026-11-20\",\"actorId\":\"a\","
            + "\"actorName\":\"Phạm Văn Dũng\",\"occurredAt\":\"2026-11-20T02:00:00Z\"}]";

    @Test
    void onlineItSplitsWhoAnEventIsAboutFromTheReason() {
        server.on("GET /api/v1/cases/" + CASE + "/timeline", 200, TIMELINE);

        new CaseTimelinePresenter(view, client, CASE).start();

        CaseTimelineModel m = renders.get(0);
        assertFalse(m.offline);
        assertNull(m.copy);
        assertEquals(3, m.rows.size());
        TimelineRow assigned = m.rows.get(1);
        assertEquals("MENTOR_ASSIGNED", assigned.type);
        assertEquals("Phan Thị Mai", assigned.subject);
        assertNull(assigned.reason);
        TimelineRow status = m.rows.get(2);
        assertEquals("ACTIVE", status.fromStatus);
        assertEquals("SUSPENDED", status.toStatus);
        assertEquals("Đi chữa bệnh", status.reason);
        assertNull(status.subject);
    }

    @Test
    void offlineItShowsTheLastCopyOfThatCaseWithItsAge() {
        server.on("GET /api/v1/cases/" + CASE + "/timeline", 200, TIMELINE);
        new CaseTimelinePresenter(view, client, CASE).start();
        clock.advance(3 * 86_400_000L);
        for (int i = 0; i < 4; i++) { // the token has expired too: the refresh fails the same way
            server.on("GET /", new ConnectException("offline")).on("POST /", new ConnectException("offline"));
        }

        new CaseTimelinePresenter(view, client, CASE).start();
        new CaseTimelinePresenter(view, client, "another-case").start();

        CaseTimelineModel copy = renders.get(1);
        assertTrue(copy.offline);
        assertEquals(3, copy.copy.daysAgo);
        assertFalse(copy.copy.today);
        assertEquals(3, copy.rows.size());
        assertEquals("Phan Thị Mai", copy.rows.get(1).subject);
        assertEquals(Rfc3339.parse("2026-11-20T02:00:00Z"), copy.rows.get(2).occurredAtMillis);
        CaseTimelineModel none = renders.get(2);
        assertTrue(none.nothingStored(), "another case has no copy here");
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
