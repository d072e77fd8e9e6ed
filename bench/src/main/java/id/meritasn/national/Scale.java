package id.meritasn.national;

import id.meritasn.tenancy.TenantKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The sizes of a generated data set. Agency sizes are long-tailed: a log-normal draw per kind of agency (ministries
 * largest, then provinces, cities and regencies, agencies (lembaga) smallest), scaled so the total is exact, the largest
 * agency exactly {@code largest} and none under 150.
 */
public enum Scale {
    /** A CI-size handful. */
    SMALL(5, 1_500, 500),
    /** One agency of 60,000: the largest agency of the national set. */
    AGENCY(1, 60_000, 60_000),
    /** About 600 agencies (instansi) and 4.3 million civil servants (ASN). */
    NATIONAL(600, 4_300_000, 60_000);

    static final String[] PROVINCES = {
        "Aceh",
        "Sumatera Utara",
        "Sumatera Barat",
        "Riau",
        "Jambi",
        "Sumatera Selatan",
        "Bengkulu",
        "Lampung",
        "Kepulauan Bangka Belitung",
        "Kepulauan Riau",
        "DKI Jakarta",
        "Jawa Barat",
        "Jawa Tengah",
        "DI Yogyakarta",
        "Jawa Timur",
        "Banten",
        "Bali",
        "Nusa Tenggara Barat",
        "Nusa Tenggara Timur",
        "Kalimantan Barat",
        "Kalimantan Tengah",
        "Kalimantan Selatan",
        "Kalimantan Timur",
        "Kalimantan Utara",
        "Sulawesi Utara",
        "Sulawesi Tengah",
        "Sulawesi Selatan",
        "Sulawesi Tenggara",
        "Gorontalo",
        "Sulawesi Barat",
        "Maluku",
        "Maluku Utara",
        "Papua",
        "Papua Barat",
        "Papua Selatan",
        "Papua Tengah",
        "Papua Pegunungan",
        "Papua Barat Daya"
    };
    static final int MINIMUM = 150;

    final int agencies;
    final int employees;
    final int largest;

    Scale(int agencies, int employees, int largest) {
        this.agencies = agencies;
        this.employees = employees;
        this.largest = largest;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The agencies of this scale; the same seed always gives the same plan. Keys start with {@code prefix}. */
    public List<AgencyPlan> plan(long seed, String prefix) {
        Random random = new Random(seed);
        List<TenantKind> kinds = kinds();
        double[] raw = new double[agencies];
        for (int i = 0; i < agencies; i++) {
            double median = switch (kinds.get(i)) {
                case KEMENTERIAN -> 15_000;
                case PROVINSI -> 9_000;
                case KOTA -> 4_500;
                case KABUPATEN -> 5_500;
                case LEMBAGA -> 2_000;
            };
            raw[i] = median * Math.exp((kinds.get(i) == TenantKind.KEMENTERIAN ? 0.9 : 0.55) * random.nextGaussian());
        }
        int[] sizes = fit(raw);
        List<AgencyPlan> plan = new ArrayList<>();
        int[] perKind = new int[TenantKind.values().length];
        for (int i = 0; i < agencies; i++) {
            TenantKind kind = kinds.get(i);
            int n = ++perKind[kind.ordinal()];
            String province = PROVINCES[(kind == TenantKind.PROVINSI ? n - 1 : i) % PROVINCES.length];
            String key = prefix
                    + switch (kind) {
                        case KEMENTERIAN -> "kementerian";
                        case LEMBAGA -> "lembaga";
                        case PROVINSI -> "prov";
                        case KABUPATEN -> "kab";
                        case KOTA -> "kota";
                    }
                    + String.format("_%03d", n);
            String name = switch (kind) {
                case KEMENTERIAN -> "Kementerian Uji " + n;
                case LEMBAGA -> "Lembaga Uji " + n;
                case PROVINSI -> "Pemerintah Provinsi " + province;
                case KABUPATEN -> "Pemerintah Kabupaten Uji " + n + " (" + province + ")";
                case KOTA -> "Pemerintah Kota Uji " + n + " (" + province + ")";
            };
            String region = kind == TenantKind.KEMENTERIAN || kind == TenantKind.LEMBAGA ? "DKI Jakarta" : province;
            plan.add(new AgencyPlan(i + 1, key, name, kind, region, sizes[i], seed * 1_000_003L + i));
        }
        return plan;
    }

    /** National proportions (34 ministries, 30 agencies, 38 provinces, 82 cities, the rest regencies); a mix when few. */
    private List<TenantKind> kinds() {
        List<TenantKind> kinds = new ArrayList<>();
        if (agencies == 1) {
            return List.of(TenantKind.KOTA);
        }
        if (agencies < 20) {
            TenantKind[] mix = {
                TenantKind.KEMENTERIAN,
                TenantKind.PROVINSI,
                TenantKind.KABUPATEN,
                TenantKind.KOTA,
                TenantKind.LEMBAGA,
                TenantKind.KABUPATEN
            };
            for (int i = 0; i < agencies; i++) kinds.add(mix[i % mix.length]);
            return kinds;
        }
        int ministries = agencies * 34 / 600,
                lembaga = agencies * 30 / 600,
                provinces = agencies * 38 / 600,
                cities = agencies * 82 / 600;
        for (int i = 0; i < agencies; i++) {
            kinds.add(
                    i < ministries
                            ? TenantKind.KEMENTERIAN
                            : i < ministries + lembaga
                                    ? TenantKind.LEMBAGA
                                    : i < ministries + lembaga + provinces
                                            ? TenantKind.PROVINSI
                                            : i < ministries + lembaga + provinces + cities
                                                    ? TenantKind.KOTA
                                                    : TenantKind.KABUPATEN);
        }
        return kinds;
    }

    /** Scales raw sizes to the exact total with the largest exactly {@code largest}, none above it or under the minimum. */
    private int[] fit(double[] raw) {
        int n = raw.length;
        if (n == 1) {
            return new int[] {employees};
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -raw[i]));
        // the largest is fixed; find the factor that makes the others sum to the rest (binary search, sizes capped)
        int rest = employees - largest;
        double low = 0, high = 1e6;
        for (int step = 0; step < 200; step++) {
            double f = (low + high) / 2;
            double sum = 0;
            for (int k = 1; k < n; k++) sum += clamp(raw[order[k]] * f);
            if (sum > rest) high = f;
            else low = f;
        }
        int[] sizes = new int[n];
        sizes[order[0]] = largest;
        int sum = 0;
        for (int k = 1; k < n; k++) {
            sizes[order[k]] = (int) Math.round(clamp(raw[order[k]] * low));
            sum += sizes[order[k]];
        }
        // rounding leaves a few employees over or under: a middle-sized agency absorbs them
        sizes[order[n / 2]] += rest - sum;
        return sizes;
    }

    private double clamp(double size) {
        return Math.max(MINIMUM, Math.min(largest, size));
    }
}
