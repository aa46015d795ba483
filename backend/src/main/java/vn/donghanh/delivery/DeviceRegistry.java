package vn.donghanh.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.Caller;

/**
 * Phones' FCM tokens. A token belongs to the account that registered it last, so a shared phone
 * pushes only to whoever is signed in on it.
 */
@Singleton
public class DeviceRegistry {
    private final JdbcOperations jdbc;
    private final Clock clock;

    public DeviceRegistry(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void register(Caller caller, String token, DeliveryModels.Platform platform) {
        Timestamp now = Timestamp.from(clock.instant());
        SqlLists.update(jdbc, """
                INSERT INTO device_token (token, account_id, platform, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE account_id = VALUES(account_id), platform = VALUES(platform), last_seen_at = VALUES(last_seen_at)""", Arrays.asList(token, caller.accountId(), platform.name(), now, now));
    }

    @Transactional
    public void remove(Caller caller, String token) {
        SqlLists.update(
                jdbc,
                "DELETE FROM device_token WHERE token = ? AND account_id = ?",
                Arrays.asList(token, caller.accountId()));
    }

    /** Forgets every phone of this account (retention: a person's account after their case was anonymised). */
    public void forgetAll(String accountId) {
        SqlLists.update(jdbc, "DELETE FROM device_token WHERE account_id = ?", Arrays.asList(accountId));
    }
}
