package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.presenter.signin.SignInPresenter;
import vn.donghanh.client.presenter.signin.SignInView;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

class SignInPresenterTest {
    static final class FakeView implements SignInView {
        final List<String> events = new ArrayList<>();

        @Override
        public void showLoading(boolean loading) {
            events.add("loading " + loading);
        }

        @Override
        public void showError(ErrorKind error) {
            events.add("error " + error);
        }

        @Override
        public void showInvalid(Field field) {
            events.add("invalid " + field);
        }

        @Override
        public void openHome(Role role) {
            events.add("home " + role);
        }
    }

    private final ScriptedServer server = new ScriptedServer();
    private final DongHanhClient client = DongHanhClient.builder("http://server")
            .transport(server)
            .clock(new ManualClock(1_000_000))
            .sessionStore(new InMemorySessionStore())
            .outboxStore(new InMemoryOutboxStore())
            .syncStore(new InMemorySyncStore())
            .build();
    private final FakeView view = new FakeView();
    private final SignInPresenter presenter = new SignInPresenter(view, client);

    @Test
    void rejectsABadPinWithoutCallingTheServer() {
        presenter.personLogin("0912000001", "12345");
        presenter.activate("0912000001", "K7QM-4XPA", "246810", "246811");
        assertEquals(List.of("invalid PIN", "invalid PIN_REPEAT"), view.events);
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void signsInRemembersTheSessionAndOpensTheRolesHome() {
        server.on("POST /api/v1/auth/person-login", 200, Fixtures.tokens("a", "r"));
        presenter.personLogin(" 0912000001 ", "246810");

        assertEquals(List.of("loading true", "loading false", "home PERSON"), view.events);
        JSONObject body = new JSONObject(server.requests.get(0).body);
        assertEquals("0912000001", body.getString("phone"));
        assertEquals("r", client.auth().current().refreshToken);
        assertEquals(1_000_000 + 600_000, client.auth().current().accessExpiresAtMillis);

        FakeView next = new FakeView();
        new SignInPresenter(next, client).start();
        assertEquals(List.of("home PERSON"), next.events, "a remembered session skips the form");
    }

    @Test
    void wrongCredentialsAndNoNetworkAreDistinct() {
        server.on("POST /api/v1/auth/login", 401, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\"}")
                .on("POST /api/v1/auth/login", new java.net.ConnectException("down"));
        presenter.staffLogin("demo.mentor.youth", "wrong");
        presenter.staffLogin("demo.mentor.youth", "wrong");
        assertTrue(view.events.contains("error WRONG_CREDENTIALS"), view.events.toString());
        assertTrue(view.events.contains("error OFFLINE"), view.events.toString());
        assertNull(client.auth().current());
    }

    @Test
    void tooManyAttemptsSaysToWaitRatherThanThatTheDetailsAreWrong() {
        server.on(
                "POST /api/v1/auth/person-login",
                429,
                "{\"type\":\"https://donghanh.vn/problems/too-many-attempts\",\"title\":\"Too Many Requests\",\"status\":429}");
        presenter.personLogin("0912000001", "246810");
        assertTrue(view.events.contains("error TOO_MANY_ATTEMPTS"), view.events.toString());
        assertNull(client.auth().current());
    }
}
