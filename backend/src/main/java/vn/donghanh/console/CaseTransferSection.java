package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.security.Role;
import vn.donghanh.transfer.TransferModels;
import vn.donghanh.transfer.TransferService;

/**
 * Moving the case to another commune (order 15, under the actions), through {@code
 * TransferService.ofCase} as {@code GET /api/v1/cases/{id}/transfers}: the open transfer with its
 * legal clock and what this commune may do with it now (release or refuse one the other commune
 * asked for, cancel its own), else the search for the receiving commune that starts one
 * ({@link TransferPagesController#startForm}); the case's earlier transfers under it.
 */
@Singleton
class CaseTransferSection implements CaseSection {
    private final TransferService transfers;
    private final ServiceTime time;

    CaseTransferSection(TransferService transfers, ServiceTime time) {
        this.transfers = transfers;
        this.time = time;
    }

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            model.put("caseTransfer", null);
            return;
        }
        Instant now = time.clock().instant();
        List<TransferModels.Transfer> all = transfers.ofCase(session.caller(), c.id());
        var open = all.stream().filter(t -> t.state().isOpen()).findFirst();
        model.put(
                "caseTransfer",
                ConsolePage.row(
                        "caseId", c.id(),
                        "open",
                                open.map(t -> TransferViews.row(t, now, time.zone()))
                                        .orElse(null),
                        "past",
                                all.stream()
                                        .filter(t -> !t.state().isOpen())
                                        .map(t -> TransferViews.row(t, now, time.zone()))
                                        .toList(),
                        "canStart", open.isEmpty() && !c.status().isClosed(),
                        "closed", c.status().isClosed(),
                        "searchAction", TransferPagesController.startPath(c.id()),
                        "answerAction",
                                open.map(t -> TransferPagesController.answerPath(t.id()))
                                        .orElse(null)));
    }
}
