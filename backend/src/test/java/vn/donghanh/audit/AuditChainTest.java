package vn.donghanh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

class AuditChainTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    private static void exec(String statement, Object... params) {
        Sql.update(statement, params);
    }

    private static List<String> auditActionsFor(String caseId) {
        return Sql.query(
                "SELECT actor_role, action, client_ip FROM audit_event WHERE case_id = ? ORDER BY seq",
                rs -> rs.getString(1) + ":" + rs.getString(2) + ":" + (rs.getString(3) != null),
                caseId);
    }

    @Test
    void everyReadAndChangeOfACaseIsAuditedWithActorAndAddress() {
        String id = w.registerCase("officerA", w.communeA, "Kiểm Toán Viên")
                .get("id")
                .asText();
        api.get(w.token("officerA"), "/api/v1/cases/" + id);
        api.get(w.token("officerA"), "/api/v1/cases?q=kiem%20toan%20vien");
        api.get(w.token("officerA"), "/api/v1/cases/" + id + "/timeline");
        assertEquals(
                List.of(
                        "OFFICER:CASE_REGISTER:true",
                        "OFFICER:CASE_READ:true",
                        "OFFICER:CASE_LIST:true",
                        "OFFICER:CASE_TIMELINE_READ:true"),
                auditActionsFor(id));
        // An out-of-scope attempt reads nothing and records nothing against the case.
        assertEquals(
                404, api.get(w.token("officerOther"), "/api/v1/cases/" + id).status());
        assertEquals(4, auditActionsFor(id).size());
    }

    @Test
    void theChainVerifiesAndATamperedRowIsFound() throws Exception {
        String id =
                w.registerCase("officerA", w.communeA, "Chuỗi Băm").get("id").asText();
        api.get(w.token("officerA"), "/api/v1/cases/" + id);
        ApiResponse ok = api.get(w.admin, "/api/v1/audit/verification");
        assertEquals(200, ok.status(), ok::toString);
        assertTrue(ok.json().get("valid").asBoolean(), ok::toString);
        assertTrue(ok.json().get("checked").asLong() > 2);
        assertEquals(0, runVerifyCommand(), "the command agrees");

        // The table refuses updates and deletes outright...
        assertThrows(RuntimeException.class, () -> exec("UPDATE audit_event SET detail = 'x' WHERE case_id = ?", id));
        assertThrows(RuntimeException.class, () -> exec("DELETE FROM audit_event WHERE case_id = ?", id));

        // ...and someone who drops the guard to rewrite history is still caught by the chain.
        long seq = Sql.query("SELECT MIN(seq) FROM audit_event WHERE case_id = ?", rs -> rs.getLong(1), id)
                .get(0);
        exec("DROP TRIGGER audit_event_no_update");
        try {
            exec("UPDATE audit_event SET actor_role = 'ADMIN' WHERE seq = ?", seq);
            ApiResponse broken = api.get(w.admin, "/api/v1/audit/verification");
            assertFalse(broken.json().get("valid").asBoolean());
            assertEquals(seq, broken.json().get("firstBrokenSeq").asLong());
            assertEquals(1, runVerifyCommand(), "the command reports the break with a failing exit code");
        } finally {
            exec("UPDATE audit_event SET actor_role = 'OFFICER' WHERE seq = ?", seq);
            exec("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'");
        }
        assertTrue(api.get(w.admin, "/api/v1/audit/verification")
                .json()
                .get("valid")
                .asBoolean());
    }

    @Test
    void onlyAdminsVerify() {
        assertEquals(
                403, api.get(w.token("officerA"), "/api/v1/audit/verification").status());
        assertEquals(
                403,
                api.get(w.token("supervisor"), "/api/v1/audit/verification").status());
    }

    /** Runs {@code java vn.donghanh.Application verify-audit} against the test database, as an operator would. */
    private static int runVerifyCommand() throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        ProcessBuilder pb = new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.donghanh.Application",
                "verify-audit");
        pb.environment().put("DATASOURCES_DEFAULT_URL", db.url());
        pb.environment().put("DATASOURCES_DEFAULT_USERNAME", db.username());
        pb.environment().put("DATASOURCES_DEFAULT_PASSWORD", db.password());
        pb.environment()
                .put(
                        "DONGHANH_DATA_DIR",
                        java.nio.file.Path.of("target", "test-data")
                                .toAbsolutePath()
                                .toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains("Audit chain"), out);
        return p.exitValue();
    }
}
