package vn.donghanh.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.LinkPages;
import vn.donghanh.support.World;

/**
 * The open transfers of a commune, more of them than a page holds and than the console's today page used to
 * read (its first 50): the API's list followed through its {@code Link} header, and the console's "every open
 * transfer", both hold each one once, nearest deadline first; the recently answered ones page the same way.
 */
class TransferListPagesTest extends IntegrationTest {
    static final int TRANSFERS = 55;
    static final int DECLINED = 3;

    static World w;
    static final Set<String> started = new HashSet<>();

    @BeforeAll
    static void manyTransfers() {
        w = World.create(api);
        for (int i = 0; i < TRANSFERS; i++) {
            String caseId = w.registerCase("officerA", w.communeA, "Người Chuyển Đi " + i)
                    .get("id")
                    .asText();
            Map<String, Object> body = new HashMap<>();
            body.put("toUnitId", w.otherCommune);
            body.put(
                    "moveDate",
                    LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).toString());
            body.put("reason", "Về quê sống cùng gia đình");
            body.put("newAddress", "Số nhà " + i);
            ApiResponse r = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/transfers", body);
            assertEquals(201, r.status(), r::toString);
            started.add(r.json().get("id").asText());
        }
    }

    @Test
    void theApiListFollowedToItsEndHoldsEveryOpenTransferOnce() {
        List<JsonNode> all = LinkPages.all(api, w.token("officerA"), "/api/v1/transfers?direction=OUTGOING&limit=20");
        Set<String> ids = new HashSet<>();
        all.forEach(t -> ids.add(t.get("id").asText()));
        assertTrue(all.size() >= TRANSFERS - DECLINED, "at least every one still open");
        assertEquals(all.size(), ids.size(), "none twice");
        List<String> due = new ArrayList<>();
        all.forEach(t -> due.add(t.get("answerDueAt").asText()));
        assertEquals(due.stream().sorted().toList(), due, "nearest deadline first");
        ApiResponse first = api.get(w.token("officerA"), "/api/v1/transfers?direction=OUTGOING");
        assertEquals(50, first.json().size(), "the default page");
        assertNotNull(first.header("Link"), "and the way to the rest");
    }

    @Test
    void theConsoleReadsEveryOpenTransferAndEveryAnsweredOne() {
        TransferService service = bean(TransferService.class);
        Caller officerA = officer("officerA", w.communeA);
        Caller receiver = officer("officerOther", w.otherCommune);
        List<String> declined = new ArrayList<>();
        for (TransferModels.Transfer t : service.allOpen(receiver, TransferService.Direction.INCOMING)) {
            if (declined.size() < DECLINED) {
                ApiResponse r = api.post(
                        w.token("officerOther"),
                        "/api/v1/transfers/" + t.id() + "/answers",
                        Map.of("state", "DECLINED", "reason", "Không có người thân ở địa chỉ này"));
                assertEquals(200, r.status(), r::toString);
                declined.add(t.id());
            }
        }
        List<TransferModels.Transfer> open = service.allOpen(officerA, TransferService.Direction.OUTGOING);
        Set<String> openIds = new HashSet<>();
        open.forEach(t -> openIds.add(t.id()));
        Set<String> stillOpen = new HashSet<>(started);
        declined.forEach(stillOpen::remove);
        assertEquals(stillOpen, openIds, "every open transfer, more than the 50 the today page read");

        List<TransferModels.Transfer> answered = service.allRecentlyAnswered(officerA, 7);
        assertEquals(
                new HashSet<>(declined),
                new HashSet<>(answered.stream().map(TransferModels.Transfer::id).toList()));
        Page<TransferModels.Transfer> firstTwo = service.recentlyAnswered(officerA, 7, null, 2);
        assertEquals(2, firstTwo.items().size());
        Page<TransferModels.Transfer> rest = service.recentlyAnswered(officerA, 7, firstTwo.nextCursor(), 2);
        assertEquals(DECLINED - 2, rest.items().size(), "the third on the second page");
        assertEquals(null, rest.nextCursor());
    }

    private static Caller officer(String key, String unit) {
        String path = bean(AdminUnitService.class).require(unit, "unit").path();
        return new Caller(w.id(key), Role.OFFICER, "Cán bộ", unit, path, null, null, "127.0.0.1");
    }
}
