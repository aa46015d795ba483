package vn.donghanh.app.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import android.content.Context;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;

@RunWith(RobolectricTestRunner.class)
public class PrivatePrefsSessionStoreTest {
    private final Context context = RuntimeEnvironment.getApplication();

    @Test
    public void theSessionIsThereForTheNextStoreAndGoneAfterClear() {
        new PrivatePrefsSessionStore(context)
                .save(new Session(
                        "access",
                        "refresh-secret",
                        42L,
                        new Account("acc-1", Role.PERSON, "Nguyễn Văn An", "unit-1", "case-1", null)));

        Session loaded = new PrivatePrefsSessionStore(context).load();
        assertEquals("refresh-secret", loaded.refreshToken);
        assertEquals(Role.PERSON, loaded.account.role);
        assertEquals("case-1", loaded.account.caseId);
        assertEquals("Nguyễn Văn An", loaded.account.displayName);

        new PrivatePrefsSessionStore(context).clear();
        assertNull(new PrivatePrefsSessionStore(context).load());
        assertNull(context.getSharedPreferences(PrivatePrefsSessionStore.FILE, Context.MODE_PRIVATE)
                .getString("session", null));
    }
}
