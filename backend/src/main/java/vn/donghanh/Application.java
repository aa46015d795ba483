package vn.donghanh;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import vn.donghanh.audit.AuditModels;
import vn.donghanh.audit.AuditVerifier;
import vn.donghanh.db.EmbeddedDatabaseBootstrap;

/**
 * Starts the service. {@code --demo} loads the demo province; {@code verify-audit} checks the audit
 * hash chain and exits 0 (intact) or 1 (broken). With no DATASOURCES_DEFAULT_URL, the embedded
 * MariaDB is started first.
 */
public class Application {
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--demo")) {
            System.setProperty("donghanh.demo", "true");
        }
        EmbeddedDatabaseBootstrap.startIfNeeded();
        if (Arrays.asList(args).contains("verify-audit")) {
            System.exit(verifyAudit());
        }
        Micronaut.run(Application.class, args);
    }

    private static int verifyAudit() {
        try (ApplicationContext context = ApplicationContext.run()) {
            AuditModels.Result result = context.getBean(AuditVerifier.class).verify();
            if (result.valid()) {
                System.out.println("Audit chain intact: " + result.checked() + " rows verified.");
                return 0;
            }
            System.out.println(
                    "Audit chain BROKEN" + (result.firstBrokenSeq() == null ? "" : " at row " + result.firstBrokenSeq())
                            + ": " + result.problem() + " (" + result.checked() + " rows verified before it).");
            return 1;
        }
    }
}
