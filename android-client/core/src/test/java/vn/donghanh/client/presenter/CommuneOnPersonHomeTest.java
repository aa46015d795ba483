package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.CaseDetail;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** The person's home names their commune, and says once that they now belong to a new one. */
class CommuneOnPersonHomeTest {
    private final ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-23T10:00:00+07:00"));
    private final ScriptedServer server = new ScriptedServer();
    private final DongHanhClient client = Fixtures.personClient(server, clock);
    private final PersonHomePresenterTest.FakeView view = new PersonHomePresenterTest.FakeView();
    private final PersonHomePresenter presenter = new PersonHomePresenter(view, client);

    static String myCase(String unitId, String unitName, String officerName, String officerPhone) {
        return "{\"id\":\"" + Fixtures.CASE_ID + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\","
                + "\"adminUnitId\":\"" + unitId + "\""
                + (unitName == null ? "" : ",\"adminUnitName\":\"" + unitName + "\"")
                + ",\"officers\":[{\"id\":\"off-" + unitId + "\",\"displayName\":\"" + officerName + "\",\"phone\":\""
                + officerPhone + "\"}]}";
    }

    private PersonHomeModel readOnline(String myCaseJson) {
        server.on("GET /api/v1/sync", 200, "{\"cursor\":\"c\",\"hasMore\":false,\"changes\":[]}")
                .on("GET /api/v1/me/case", 200, myCaseJson)
                .on("GET /api/v1/opportunities", 200, "[]");
        presenter.refresh();
        return view.renders.get(view.renders.size() - 1);
    }

    @Test
    void theCaseDetailCarriesTheCommuneAndAnOldServerWithoutItIsTolerated() {
        CaseDetail d = CaseDetail.from(new JSONObject(myCase("u1", "Xã Tân Thịnh", "Hà Văn Sơn", "0912")));
        assertEquals("u1", d.adminUnitId);
        assertEquals("Xã Tân Thịnh", d.adminUnitName);
        CaseDetail old = CaseDetail.from(new JSONObject("{\"id\":\"x\",\"fullName\":\"A\"}"));
        assertNull(old.adminUnitId);
        assertNull(old.adminUnitName);
    }

    @Test
    void theFirstReadNamesTheCommuneWithoutANotice() {
        PersonHomeModel model = readOnline(myCase("u1", "Xã Tân Thịnh", "Hà Văn Sơn", "0912000100"));
        assertEquals("Xã Tân Thịnh", model.communeName);
        assertNull(model.communeNotice, "nothing is known to have changed");
    }

    @Test
    void aMoveIsAnnouncedWithTheNewOfficersUntilThePersonHasSeenIt() {
        readOnline(myCase("u1", "Xã Tân Thịnh", "Hà Văn Sơn", "0912000100"));

        PersonHomeModel moved = readOnline(myCase("u2", "Phường Đông Ngàn", "Vũ Thị Lan", "0912000200"));

        assertEquals("Phường Đông Ngàn", moved.communeName);
        assertEquals("Phường Đông Ngàn", moved.communeNotice.toUnitName);
        assertEquals("Xã Tân Thịnh", moved.communeNotice.fromUnitName);
        assertEquals(1, moved.officers().size());
        assertEquals("Vũ Thị Lan", moved.officers().get(0).name);
        assertEquals("0912000200", moved.officers().get(0).phone);

        // Still there at the next read and offline, until "Đã hiểu".
        PersonHomeModel again = readOnline(myCase("u2", "Phường Đông Ngàn", "Vũ Thị Lan", "0912000200"));
        assertEquals("Phường Đông Ngàn", again.communeNotice.toUnitName);
        presenter.dismissCommuneNotice();
        assertNull(view.renders.get(view.renders.size() - 1).communeNotice);
        assertNull(readOnline(myCase("u2", "Phường Đông Ngàn", "Vũ Thị Lan", "0912000200")).communeNotice);
    }

    @Test
    void aServerThatDoesNotNameTheCommuneStillAnnouncesTheMoveWithoutAName() {
        readOnline(myCase("u1", null, "Hà Văn Sơn", "0912000100"));
        PersonHomeModel moved = readOnline(myCase("u2", null, "Vũ Thị Lan", "0912000200"));
        assertNull(moved.communeName);
        assertEquals("u2", moved.communeNotice.toUnitId);
        assertNull(moved.communeNotice.toUnitName);
    }
}
