package id.meritasn.assessment;

/** SKP ratings and the predikat matrix of PermenPANRB 6/2022 (hasil kerja x perilaku kerja). */
public final class Skp {

    /** A rating of work results or of work behaviour (BerAKHLAK). */
    public enum Rating {
        DI_BAWAH_EKSPEKTASI,
        SESUAI_EKSPEKTASI,
        DI_ATAS_EKSPEKTASI
    }

    public enum Predikat {
        SANGAT_BAIK,
        BAIK,
        BUTUH_PERBAIKAN,
        KURANG,
        SANGAT_KURANG
    }

    private Skp() {}

    /**
     * <pre>
     * hasil \ perilaku   di bawah        sesuai            di atas
     * di atas            Kurang          Baik              Sangat Baik
     * sesuai             Kurang          Baik              Baik
     * di bawah           Sangat Kurang   Butuh Perbaikan   Butuh Perbaikan
     * </pre>
     */
    public static Predikat predikat(Rating hasilKerja, Rating perilakuKerja) {
        return switch (hasilKerja) {
            case DI_ATAS_EKSPEKTASI ->
                switch (perilakuKerja) {
                    case DI_BAWAH_EKSPEKTASI -> Predikat.KURANG;
                    case SESUAI_EKSPEKTASI -> Predikat.BAIK;
                    case DI_ATAS_EKSPEKTASI -> Predikat.SANGAT_BAIK;
                };
            case SESUAI_EKSPEKTASI -> perilakuKerja == Rating.DI_BAWAH_EKSPEKTASI ? Predikat.KURANG : Predikat.BAIK;
            case DI_BAWAH_EKSPEKTASI ->
                perilakuKerja == Rating.DI_BAWAH_EKSPEKTASI ? Predikat.SANGAT_KURANG : Predikat.BUTUH_PERBAIKAN;
        };
    }
}
