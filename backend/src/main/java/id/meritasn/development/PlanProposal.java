package id.meritasn.development;

import id.meritasn.assessment.NineBox;
import id.meritasn.development.DevelopmentRecords.ActionKind;
import id.meritasn.development.DevelopmentRecords.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a box's recommended actions and the competency gaps against the current position into plan actions, with
 * enough learning to reach the yearly 20 JP. Recommendations that are personnel decisions rather than development
 * (retain, promote, reward, suitable placement, the disciplinary route) add no action; the card still shows them.
 */
final class PlanProposal {

    /** One proposed action; {@code reason} is a stored reason code (see {@link Reasons}). */
    record Proposed(
            ActionKind kind,
            String title,
            String reason,
            @Nullable String competency,
            Owner owner,
            int hours) {}

    /** A competency below the position's standard. */
    record Gap(String competency, int achieved, int required) {}

    private PlanProposal() {}

    static List<Proposed> propose(@Nullable Integer box, List<Gap> gaps) {
        List<Proposed> actions = new ArrayList<>();
        for (Gap gap : gaps) {
            actions.add(new Proposed(
                    ActionKind.TRAINING,
                    "Pelatihan " + gap.competency() + " sampai level " + gap.required(),
                    Reasons.gap(gap),
                    gap.competency(),
                    Owner.EMPLOYEE,
                    Math.min(40, 8 * (gap.required() - gap.achieved()))));
        }
        if (box != null) {
            Map<String, Proposed> fromBox = new LinkedHashMap<>();
            for (String recommendation : NineBox.recommendedActions(box)) {
                Proposed action = fromRecommendation(box, recommendation, !gaps.isEmpty());
                if (action != null) {
                    fromBox.putIfAbsent(action.title(), action);
                }
            }
            actions.addAll(fromBox.values());
        }
        int hours = actions.stream().mapToInt(Proposed::hours).sum();
        if (hours < DevelopmentRecords.YEARLY_JP) {
            actions.add(new Proposed(
                    ActionKind.TRAINING,
                    "Pelatihan pengembangan kompetensi (klasikal atau e-learning)",
                    Reasons.yearlyHours(),
                    null,
                    Owner.EMPLOYEE,
                    DevelopmentRecords.YEARLY_JP - hours));
        }
        return actions;
    }

    private static @Nullable Proposed fromRecommendation(int box, String recommendation, boolean hasGaps) {
        String reason = Reasons.box(box, recommendation);
        String r = recommendation.toLowerCase(Locale.ROOT);
        if (r.startsWith("bimbingan kinerja") || r.startsWith("diproses sesuai")) {
            return new Proposed(
                    ActionKind.COACHING, "Bimbingan kinerja oleh atasan langsung", reason, null, Owner.SUPERVISOR, 4);
        }
        if (r.startsWith("konseling")) {
            return new Proposed(ActionKind.COACHING, "Konseling kinerja", reason, null, Owner.SUPERVISOR, 2);
        }
        if (r.startsWith("rotasi")) {
            return new Proposed(ActionKind.ROTATION, "Rotasi atau pengayaan jabatan", reason, null, Owner.AGENCY, 0);
        }
        if (r.startsWith("masuk kelompok rencana suksesi")) {
            return new Proposed(
                    ActionKind.MENTORING, "Mentoring oleh pejabat senior instansi", reason, null, Owner.AGENCY, 10);
        }
        if (r.startsWith("tugas belajar")) {
            return new Proposed(ActionKind.STUDY, "Tugas belajar", reason, null, Owner.AGENCY, 0);
        }
        if (r.startsWith("dipromosikan")) {
            return new Proposed(
                    ActionKind.ASSIGNMENT, "Penugasan strategis lintas unit", reason, null, Owner.AGENCY, 0);
        }
        if (r.startsWith("pengembangan kompetensi") && !hasGaps) {
            return new Proposed(
                    ActionKind.TRAINING,
                    "Pelatihan pengembangan kompetensi",
                    reason,
                    null,
                    Owner.EMPLOYEE,
                    DevelopmentRecords.YEARLY_JP);
        }
        return null; // a personnel decision, or competency development already covered by the gaps' training
    }

    /** The due date of every proposed action: the end of the plan's year. */
    static LocalDate dueOn(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
