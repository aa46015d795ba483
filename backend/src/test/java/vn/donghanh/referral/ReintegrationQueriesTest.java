package vn.donghanh.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The commune summary asks {@link ReferralService#statusOf} for a thousand cases at a time: it must cost the same
 * few queries for one case as for many (their referrals, the referrals' steps, the answered checks), not a few per
 * referred case. Counted with the database's own SELECT counter around the call.
 */
class ReintegrationQueriesTest extends IntegrationTest {
    @Test
    void statusOfRunsThreeQueriesForOneCaseOrMany() {
        CLOCK.set(Instant.parse("2026-03-02T03:00:00Z"));
        World w = World.create(api);
        String provider = provider(w);
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            World.Person p = w.activatedPerson("Người Có Việc " + i, null);
            String referral = UUID.randomUUID().toString();
            ApiResponse created = api.post(
                    w.token("officerA"),
                    "/api/v1/cases/" + p.caseId() + "/referrals",
                    Map.of("id", referral, "providerId", provider, "kind", "JOB"));
            assertEquals(201, created.status(), created::toString);
            step(p.token(), referral, "ACCEPTED", Map.of("sharedFields", List.of("FULL_NAME")));
            step(w.token("officerA"), referral, "SENT", Map.of());
            step(w.token("officerA"), referral, "PLACED", Map.of());
            placed.add(p.caseId());
        }
        String neverReferred = w.registerCase("officerA", w.communeA, "Chưa Giới Thiệu")
                .get("id")
                .asText();
        // As the commune summary calls it: inside a read-only transaction.
        ReferralService service = bean(ReferralService.class);
        TransactionOperations<?> tx = bean(TransactionOperations.class);
        Function<List<String>, Map<String, ReferralModels.ReintegrationStatus>> statusOf =
                ids -> tx.execute(TransactionDefinition.READ_ONLY, status -> service.statusOf(ids));

        // What the read-only transaction and the counting itself cost, run around no query at all.
        long overhead = selects(() -> tx.execute(TransactionDefinition.READ_ONLY, status -> null));

        Map<String, ReferralModels.ReintegrationStatus> one = new HashMap<>();
        assertEquals(3, -overhead + selects(() -> one.putAll(statusOf.apply(List.of(placed.get(0))))));
        assertEquals(Map.of(placed.get(0), ReferralModels.ReintegrationStatus.EMPLOYED), one);

        List<String> many = new ArrayList<>(placed);
        many.add(neverReferred);
        for (int i = 0; i < 500; i++) {
            many.add(UUID.randomUUID().toString());
        }
        Map<String, ReferralModels.ReintegrationStatus> all = new HashMap<>();
        assertEquals(3, -overhead + selects(() -> all.putAll(statusOf.apply(many))));
        assertEquals(many.size(), all.size());
        placed.forEach(id -> assertEquals(ReferralModels.ReintegrationStatus.EMPLOYED, all.get(id)));
        assertEquals(ReferralModels.ReintegrationStatus.UNKNOWN, all.get(neverReferred));
        assertEquals(ReferralModels.ReintegrationStatus.UNKNOWN, all.get(many.get(many.size() - 1)));

        // Cases never referred: the referral query alone answers.
        assertEquals(1, -overhead + selects(() -> statusOf.apply(List.of(neverReferred))));
    }

    private static String provider(World w) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/providers",
                Map.of(
                        "name",
                        "Công ty May Thử " + w.tag,
                        "type",
                        "EMPLOYER",
                        "adminUnitId",
                        w.communeA,
                        "servedUnitIds",
                        List.of(w.communeA)));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    private static void step(String token, String referralId, String status, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status, "date", "2026-03-02"));
        body.putAll(extra);
        ApiResponse r = api.post(token, "/api/v1/referrals/" + referralId + "/steps", body);
        assertEquals(200, r.status(), r::toString);
    }

    /** SELECT statements the database ran during {@code call} (nothing else runs meanwhile: jobs are the tests'). */
    private static long selects(Runnable call) {
        long before = selectCount();
        call.run();
        return selectCount() - before;
    }

    private static long selectCount() {
        TransactionOperations<?> tx = bean(TransactionOperations.class);
        JdbcOperations jdbc = bean(JdbcOperations.class);
        return tx.execute(
                TransactionDefinition.READ_ONLY,
                status -> jdbc.prepareStatement("SHOW GLOBAL STATUS LIKE 'Com_select'", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(2);
                    }
                }));
    }
}
