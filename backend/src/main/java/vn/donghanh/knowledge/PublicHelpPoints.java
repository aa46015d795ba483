package vn.donghanh.knowledge;

import static vn.donghanh.knowledge.PublicHtml.esc;

import jakarta.inject.Singleton;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.organisation.OrganisationType;
import vn.donghanh.provider.ProviderModels.PublicFacility;
import vn.donghanh.provider.ProviderService;

/**
 * "Where to find help" for a province, from the provider directory (through {@code ProviderService},
 * never its tables): the counselling points, methadone clinics and Employment Service Centres that
 * serve a unit of the province, each with the facility's own name, address and phone — never a
 * contact person. A plain GET form chooses the province, so it works without JavaScript.
 */
@Singleton
class PublicHelpPoints {
    /** In the order a person looking for help needs them. */
    static final List<OrganisationType> KINDS = List.of(
            OrganisationType.COUNSELLING_POINT,
            OrganisationType.METHADONE_CLINIC,
            OrganisationType.EMPLOYMENT_SERVICE_CENTRE);

    private static final Set<OrganisationType> KIND_SET = EnumSet.copyOf(KINDS);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final AdminUnitService units;
    private final ProviderService providers;

    PublicHelpPoints(AdminUnitService units, ProviderService providers) {
        this.units = units;
        this.providers = providers;
    }

    /** The provinces, by name in Vietnamese order. */
    List<AdminUnit> provinces() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return units.list(AdminUnitService.NATION_ID).stream()
                .filter(u -> u.level() == AdminUnitLevel.PROVINCE)
                .sorted(Comparator.comparing(AdminUnit::name, collator))
                .toList();
    }

    boolean known(String provinceId) {
        return provinceId != null && provinces().stream().anyMatch(p -> p.id().equals(provinceId));
    }

    /** The page's main part: the province form, then the chosen province's facilities by kind. */
    String render(PublicWords words, String provinceId) {
        List<AdminUnit> provinces = provinces();
        AdminUnit chosen = provinceId == null || !UUID.matcher(provinceId).matches()
                ? null
                : provinces.stream()
                        .filter(p -> p.id().equals(provinceId))
                        .findFirst()
                        .orElse(null);
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(esc(words.get("help.title"))).append("</h1>");
        out.append("<p class=\"lead\">").append(esc(words.get("help.lead"))).append("</p>");
        out.append("<form method=\"get\" action=\"")
                .append(PublicPaths.HELP)
                .append("\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"")
                .append(words.language())
                .append("\">")
                .append("<label for=\"tinh\">")
                .append(esc(words.get("help.province")))
                .append("</label> ")
                .append("<select id=\"tinh\" name=\"tinh\"><option value=\"\">")
                .append(esc(words.get("help.choose")))
                .append("</option>");
        for (AdminUnit p : provinces) {
            out.append("<option value=\"")
                    .append(esc(p.id()))
                    .append("\"")
                    .append(chosen != null && chosen.id().equals(p.id()) ? " selected" : "")
                    .append(">")
                    .append(esc(p.name()))
                    .append("</option>");
        }
        out.append("</select> <button type=\"submit\">")
                .append(esc(words.get("help.show")))
                .append("</button></form>");
        if (chosen == null) {
            out.append("<p>")
                    .append(esc(words.get(
                            provinceId == null || provinceId.isBlank() ? "help.pick" : "help.unknown-province")))
                    .append("</p>");
        } else {
            out.append("<h2 id=\"province\">").append(esc(chosen.name())).append("</h2>");
            List<PublicFacility> facilities = providers.publicFacilities(chosen.id(), KIND_SET);
            for (OrganisationType kind : KINDS) {
                out.append("<h3>")
                        .append(esc(words.get("help.type." + kind.name())))
                        .append("</h3>");
                List<PublicFacility> ofKind =
                        facilities.stream().filter(f -> f.type() == kind).toList();
                if (ofKind.isEmpty()) {
                    out.append("<p class=\"muted\">")
                            .append(esc(words.get("help.none")))
                            .append("</p>");
                }
                for (PublicFacility f : ofKind) {
                    out.append("<div class=\"box\"><strong>")
                            .append(esc(f.name()))
                            .append("</strong>");
                    if (f.address() != null) {
                        out.append("<br>").append(esc(words.get("help.address", f.address())));
                    }
                    if (f.phone() != null) {
                        out.append("<br>")
                                .append(esc(words.get("help.phone")))
                                .append(" <a href=\"tel:")
                                .append(esc(f.phone().replaceAll("[^0-9+]", "")))
                                .append("\">")
                                .append(esc(f.phone()))
                                .append("</a>");
                    }
                    out.append("</div>");
                }
            }
        }
        out.append(PublicHtml.urgent(words)).append(PublicHtml.nav(words));
        return out.toString();
    }
}
