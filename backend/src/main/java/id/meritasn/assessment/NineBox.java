package id.meritasn.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The nine-box talent map of PermenPANRB 3/2020. Rows are performance (kinerja), columns potential (potensial); the
 * numbering is not row-major:
 * <pre>
 * kinerja \ potensial   rendah  menengah  tinggi
 * di atas ekspektasi      4        7        9
 * sesuai ekspektasi       2        5        8
 * di bawah ekspektasi     1        3        6
 * </pre>
 */
public final class NineBox {

    public enum Level {
        LOW,
        MIDDLE,
        HIGH
    }

    /** Axis cut-offs of an agency: a score at or above {@code high} is high, at or above {@code middle} middle. */
    public record Cutoffs(BigDecimal middle, BigDecimal high) {

        public static final Cutoffs NATIONAL_DEFAULT = new Cutoffs(BigDecimal.valueOf(60), BigDecimal.valueOf(80));

        public Cutoffs {
            if (middle.compareTo(high) >= 0) {
                throw new IllegalArgumentException(
                        "The middle cut-off (" + middle + ") must be below the high one (" + high + ").");
            }
        }

        public Level level(BigDecimal score) {
            if (score.compareTo(high) >= 0) {
                return Level.HIGH;
            }
            return score.compareTo(middle) >= 0 ? Level.MIDDLE : Level.LOW;
        }
    }

    private static final int[][] BOXES = {
        // potential: LOW, MIDDLE, HIGH
        {1, 3, 6}, // performance LOW
        {2, 5, 8}, // performance MIDDLE
        {4, 7, 9}, // performance HIGH
    };

    private NineBox() {}

    public static int box(Level performance, Level potential) {
        return BOXES[performance.ordinal()][potential.ordinal()];
    }

    /** The performance level (0 low, 1 middle, 2 high) of a box: its row on the map, counted from the bottom. */
    public static int performanceRow(int box) {
        return cell(box)[0];
    }

    /** The potential level (0 low, 1 middle, 2 high) of a box: its column on the map, counted from the left. */
    public static int potentialColumn(int box) {
        return cell(box)[1];
    }

    private static int[] cell(int box) {
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                if (BOXES[row][column] == box) {
                    return new int[] {row, column};
                }
            }
        }
        throw new IllegalArgumentException("Boxes are numbered 1 to 9, not " + box + ".");
    }

    /** Boxes 7, 8 and 9 form the succession group (kelompok rencana suksesi). */
    public static boolean inSuccessionGroup(int box) {
        return box >= 7;
    }

    /** The follow-up recommended for a box (DOMAIN.md; agencies may add their own programmes). */
    public static List<String> recommendedActions(int box) {
        return switch (box) {
            case 9 ->
                List.of(
                        "Dipromosikan dan dipertahankan",
                        "Masuk kelompok rencana suksesi instansi/nasional",
                        "Penghargaan");
            case 8 ->
                List.of(
                        "Dipertahankan",
                        "Masuk kelompok rencana suksesi",
                        "Rotasi atau perluasan jabatan",
                        "Bimbingan kinerja");
            case 7 ->
                List.of(
                        "Dipertahankan",
                        "Masuk kelompok rencana suksesi",
                        "Rotasi atau pengayaan jabatan",
                        "Pengembangan kompetensi",
                        "Tugas belajar");
            case 6 -> List.of("Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja");
            case 5 -> List.of("Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi");
            case 4 -> List.of("Rotasi", "Pengembangan kompetensi");
            case 3 ->
                List.of("Bimbingan kinerja", "Konseling kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai");
            case 2 -> List.of("Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai");
            case 1 -> List.of("Diproses sesuai ketentuan disiplin dan kinerja");
            default -> throw new IllegalArgumentException("Boxes are numbered 1 to 9, not " + box + ".");
        };
    }
}
