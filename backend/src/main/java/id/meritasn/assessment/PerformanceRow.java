package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.SkpInput;
import id.meritasn.assessment.Indicator.Axis;
import id.meritasn.assessment.NineBox.Level;
import id.meritasn.assessment.ScoreEngine.IndicatorScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The performance row of the SKP model ({@link Rubric.Performance.Model#SKP_PREDIKAT}): the SKP predikat places the
 * row, and the reinforcing indicators place the employee inside that row's score band, in proportion to their
 * weights. So the score always lies in its row's band (the map and the numbers agree), an employee with no award
 * still reaches the row their SKP says, and the explanation's contributions add up to the score: the row's floor
 * from the SKP, the rest from the reinforcing evidence.
 */
final class PerformanceRow {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    record Placement(Level row, BigDecimal score, List<IndicatorScore> explanation) {}

    private PerformanceRow() {}

    /** The row of a predikat, in the words both regulations share. */
    static Level row(Skp.Predikat predikat) {
        return switch (predikat) {
            case SANGAT_BAIK -> Level.HIGH;
            case BAIK -> Level.MIDDLE;
            case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> Level.LOW;
        };
    }

    static String label(Level row) {
        return switch (row) {
            case HIGH -> "di atas ekspektasi";
            case MIDDLE -> "sesuai ekspektasi";
            case LOW -> "di bawah ekspektasi";
        };
    }

    /**
     * Places the row and rewrites the performance entries of {@code explanation} (weighted contributions, as the
     * weighted model has them) into band contributions; potential entries pass through unchanged.
     */
    static Placement place(List<IndicatorScore> explanation, Rubric rubric, SkpInput skp, @Nullable SkpInput previous) {
        Rubric.Performance rule = rubric.performance();
        Skp.Predikat latest = skp.predikat();
        Level row = row(latest);
        StringBuilder why = new StringBuilder(latest.name()).append(": ");
        if (rule.skpYears() == 2 && previous != null) {
            Level earlier = row(previous.predikat());
            why.append("tahun sebelumnya ").append(previous.predikat().name());
            if (earlier.compareTo(row) < 0) {
                row = earlier;
                why.append(" (tahun terlemah menentukan)");
            }
            why.append("; ");
        }
        int reinforcingWeight = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (IndicatorScore s : explanation) {
            if (s.indicator().axis() == Axis.PERFORMANCE && s.indicator() != Indicator.SKP) {
                reinforcingWeight += s.weight();
                weighted = weighted.add(s.scaled().multiply(BigDecimal.valueOf(s.weight())));
            }
        }
        // 0-100: the reinforcing indicators' weighted mean, so the agency's relative weights still order people
        BigDecimal reinforcing = reinforcingWeight == 0
                ? BigDecimal.ZERO
                : weighted.divide(BigDecimal.valueOf(reinforcingWeight), 2, RoundingMode.HALF_UP);
        Integer lift = rule.liftBaikAt();
        if (row == Level.MIDDLE && lift != null && reinforcing.compareTo(BigDecimal.valueOf(lift)) >= 0) {
            row = Level.HIGH;
            why.append("diangkat karena kinerja penguat ")
                    .append(reinforcing.toPlainString())
                    .append(" >= ")
                    .append(lift)
                    .append(" (kebijakan instansi); ");
        }
        why.append("baris ")
                .append(label(row))
                .append(", urutan dalam baris dari kinerja penguat ")
                .append(reinforcing.toPlainString())
                .append(" dari 100");

        NineBox.Cutoffs cutoffs = rule.cutoffs();
        BigDecimal floor = switch (row) {
            case LOW -> BigDecimal.ZERO;
            case MIDDLE -> cutoffs.middle();
            case HIGH -> cutoffs.high();
        };
        BigDecimal top = switch (row) {
            case LOW -> cutoffs.middle().subtract(CENT);
            case MIDDLE -> cutoffs.high().subtract(CENT);
            case HIGH -> HUNDRED;
        };
        BigDecimal width = top.subtract(floor);
        List<IndicatorScore> placed = new ArrayList<>(explanation.size());
        BigDecimal score = floor;
        for (IndicatorScore s : explanation) {
            if (s.indicator() == Indicator.SKP) {
                placed.add(new IndicatorScore(
                        s.indicator(),
                        why.toString(),
                        s.scaled(),
                        s.weight(),
                        floor.setScale(2, RoundingMode.HALF_UP),
                        s.evidence()));
            } else if (s.indicator().axis() == Axis.PERFORMANCE) {
                BigDecimal part = s.weight() == 0
                        ? BigDecimal.ZERO
                        : s.scaled()
                                .multiply(BigDecimal.valueOf(s.weight()))
                                .multiply(width)
                                .divide(BigDecimal.valueOf(100L * reinforcingWeight), 2, RoundingMode.HALF_UP);
                score = score.add(part);
                placed.add(new IndicatorScore(s.indicator(), s.raw(), s.scaled(), s.weight(), part, s.evidence()));
            } else {
                placed.add(s);
            }
        }
        // rounding each part half up may overshoot the band's top by a cent or two; the row decides, not the cents
        return new Placement(row, score.min(top).setScale(2, RoundingMode.HALF_UP), placed);
    }
}
