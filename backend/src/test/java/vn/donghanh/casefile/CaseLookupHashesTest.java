package vn.donghanh.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/** Cases are found by national ID or phone through the keyed hashes, also those registered before the hashes. */
class CaseLookupHashesTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @Test
    void rowsWithoutHashesAreFilledAtStartupAndThenFound() {
        Map<String, Object> body = World.caseBody(w.communeA, "Trước Khi Có Băm");
        String nationalId = "0019" + String.format("%08d", Math.floorMod(w.tag.hashCode(), 100_000_000));
        body.put("nationalId", nationalId);
        String caseId = w.registerCase("officerA", body).get("id").asText();
        CaseLookupHashes hashes = context().getBean(CaseLookupHashes.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context().getBean(TransactionOperations.class);
        Function<String, Optional<String>> find = id -> tx.executeRead(s -> hashes.find(id, null));
        assertEquals(Optional.of(caseId), find.apply(nationalId), "written with the registration");

        // As a row from before V23: no hashes.
        Sql.update("UPDATE managed_case SET national_id_hash = NULL, phone_hash = NULL WHERE id = ?", caseId);
        assertTrue(find.apply(nationalId).isEmpty());
        hashes.onStartup(new StartupEvent(context()));
        assertEquals(Optional.of(caseId), find.apply(" " + nationalId + " "), "filled, and spaces do not matter");
    }
}
