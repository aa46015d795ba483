package vn.donghanh.console;

import java.util.Map;
import vn.donghanh.casefile.CaseModels;

/**
 * One part of a case's page (plans, drug tests, referrals, …), owned by the console code of its
 * feature: a bean that fills its values into the page's model, and the fragment {@code section} of
 * {@code views/console/case-<name>.html} that draws them. {@link CasePageController} calls every
 * section in {@link #order} after it has read the case through {@code CaseService.get} (so scope
 * is settled before any section runs); a section reads through its feature's service with the
 * same caller, so its reads are scoped and audited as the API's are.
 */
public interface CaseSection {
    /** The template's suffix: {@code console/case-<name>}. */
    String name();

    /** The id of the section's element on the page, for the page's contents links: its name unless it says otherwise. */
    default String anchor() {
        return name();
    }

    /** Where on the page: lower first. */
    int order();

    /** Puts this section's values into {@code model}, under keys of its own. */
    void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model);
}
