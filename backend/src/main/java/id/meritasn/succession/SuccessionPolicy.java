package id.meritasn.succession;

import id.meritasn.tenancy.AgencyProfile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The agency policies succession reads, with the national defaults when an agency sets none (or sets one that does
 * not parse: a malformed policy must not stop the workflow, it falls back and the default is what applies).
 *
 * @param slateSize          {@code succession.slateSize}: successors per slate (default 3, as in Medan)
 * @param objectionDays      {@code succession.objectionDays}: working days objections are accepted after the
 *                           announcement day (weekends, holidays and cuti bersama excluded; default 7, as in Medan)
 * @param publicAnnouncement {@code succession.publicAnnouncement}: false lets the PPK finalize a decision without an
 *                           announcement (agencies that appoint directly); default true
 * @param poolBoxes          {@code talentpool.boxes}: boxes that form the pool, a subset of 7, 8, 9 (default all three)
 * @param golonganMin        {@code talentpool.golonganMin}: lowest golongan in the pool, "II" meaning II/a, or "III/b"
 * @param selection          {@code succession.selection}: SLATE (the committee names a slate, the PPK chooses; as in
 *                           Medan) or DIRECT (the top-ranked eligible box-9 talent alone, the PPK confirms; KASN's
 *                           reading of direct appointment); default SLATE
 */
record SuccessionPolicy(
        int slateSize,
        int objectionDays,
        boolean publicAnnouncement,
        Set<Integer> poolBoxes,
        @Nullable String golonganMin,
        Selection selection) {

    enum Selection {
        SLATE,
        DIRECT
    }

    static final SuccessionPolicy DEFAULT = new SuccessionPolicy(3, 7, true, Set.of(7, 8, 9), null, Selection.SLATE);

    static SuccessionPolicy of(AgencyProfile profile, ObjectMapper json) {
        int slate = DEFAULT.slateSize();
        int days = DEFAULT.objectionDays();
        boolean announce = DEFAULT.publicAnnouncement();
        Set<Integer> boxes = DEFAULT.poolBoxes();
        String golongan = null;
        Selection selection = DEFAULT.selection();
        for (AgencyProfile.AgencyPolicy p : profile.policies()) {
            JsonNode value;
            try {
                value = json.readTree(p.valueJson());
            } catch (RuntimeException e) {
                continue;
            }
            switch (p.name()) {
                case "succession.slateSize" ->
                    slate = value.isInt() && value.asInt() >= 1 && value.asInt() <= 10 ? value.asInt() : slate;
                case "succession.objectionDays" ->
                    days = value.isInt() && value.asInt() >= 1 && value.asInt() <= 60 ? value.asInt() : days;
                case "succession.publicAnnouncement" -> announce = value.isBoolean() ? value.asBoolean() : announce;
                case "talentpool.boxes" -> {
                    Set<Integer> chosen = new TreeSet<>();
                    if (value.isArray()) {
                        value.forEach(b -> {
                            if (b.isInt() && b.asInt() >= 7 && b.asInt() <= 9) {
                                chosen.add(b.asInt());
                            }
                        });
                    }
                    boxes = chosen.isEmpty() ? boxes : Set.copyOf(chosen);
                }
                case "talentpool.golonganMin" -> golongan = value.isString() ? value.asString() : golongan;
                case "succession.selection" ->
                    selection = value.isString() && value.asString().equals("DIRECT")
                            ? Selection.DIRECT
                            : value.isString() && value.asString().equals("SLATE") ? Selection.SLATE : selection;
                default -> {}
            }
        }
        return new SuccessionPolicy(slate, days, announce, boxes, golongan, selection);
    }

    /** The lowest golongan code of the pool: "II" is II/a; an exact code stays as it is; null or unknown is none. */
    @Nullable
    String golonganMinCode(List<String> codes) {
        if (golonganMin == null) {
            return null;
        }
        String wanted = golonganMin.trim();
        if (codes.contains(wanted)) {
            return wanted;
        }
        return codes.contains(wanted + "/a") ? wanted + "/a" : null;
    }
}
