package vn.donghanh.account;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.security.DataDirectory;
import vn.donghanh.security.Role;
import vn.donghanh.security.SecretHasher;
import vn.donghanh.security.SecuritySettings;

/**
 * A fresh installation has no accounts: create the first admin, with the password from
 * DONGHANH_ADMIN_PASSWORD or a random one written (owner-only) to {@code <data-dir>/initial-admin-password.txt}.
 */
@Singleton
public class AdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private final AccountRepository accounts;
    private final SecretHasher hasher;
    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final String configuredPassword;

    public AdminBootstrap(
            AccountRepository accounts,
            SecretHasher hasher,
            DataDirectory dataDirectory,
            Clock clock,
            SecuritySettings settings) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.configuredPassword = settings.getAdminPassword();
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (accounts.findByUsername("admin").isPresent()) {
            return;
        }
        String password = configuredPassword;
        if (password == null || password.isBlank()) {
            byte[] raw = new byte[12];
            new SecureRandom().nextBytes(raw);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            password = dataDirectory.readOrCreate(
                    dataDirectory.root().resolve("initial-admin-password.txt"), () -> generated);
            LOG.warn(
                    "Created the first admin account 'admin'; its password is in {}",
                    dataDirectory.root().resolve("initial-admin-password.txt"));
        }
        accounts.save(new AccountEntity(
                UUID.randomUUID().toString(),
                "admin",
                Role.ADMIN.name(),
                "Quản trị hệ thống",
                AdminUnitService.NATION_ID,
                null,
                null,
                null,
                null,
                hasher.hashPassword(password),
                null,
                null,
                true,
                0,
                null,
                clock.instant()));
    }
}
