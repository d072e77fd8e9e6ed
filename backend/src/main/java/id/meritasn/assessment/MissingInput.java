package id.meritasn.assessment;

import id.meritasn.shared.text.Text;
import id.meritasn.shared.text.TextCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps an employee off the map, in both languages. A result stores the English text (the API's
 * {@code missing}, unchanged for integrators and for results stored before); {@link #describe} reads a stored text
 * back into its code and arguments, so people see it in their own language.
 */
public enum MissingInput implements TextCode {
    /** Not a result's own text: the completeness report's, for an employee the period has not computed yet. */
    NOT_COMPUTED("Belum dihitung", "Not computed yet"),
    SKP("Penilaian SKP (hasil kerja dan perilaku kerja)", "SKP rating (hasil kerja and perilaku kerja)"),
    COMPETENCY(
            "Asesmen kompetensi (level yang dicapai untuk tiap kompetensi standar jabatan)",
            "Competency assessment (achieved level per competency of the position's standard)"),
    // before COMPETENCY_INVALID: its text starts the same way
    COMPETENCY_EXPIRED(
            "Asesmen kompetensi: kedaluwarsa (diases {assessedOn}, berlaku {years} tahun, jadi sejak {validFrom})",
            "Competency assessment: expired (assessed on {assessedOn}, valid for {years} years, so from {validFrom})"),
    COMPETENCY_INVALID("Asesmen kompetensi: {problem}", "Competency assessment: {problem}"),
    POSITION_HISTORY("Riwayat jabatan (pengalaman yang relevan)", "Position history (related experience)"),
    POTENTIAL("Asesmen potensi (Profiling ASN / CACT)", "Potential assessment (Profiling ASN / CACT)"),
    EDUCATION("Jenjang pendidikan", "Education level"),
    FIELD_FIT("Kesesuaian bidang pendidikan dengan jabatan", "Whether the field of study fits the position"),
    DISCIPLINE(
            "Status disiplin (hukuman disiplin yang tercatat, atau pernyataan \"tidak ada hukuman\" dengan buktinya)",
            "Discipline status (sanctions recorded, or \"no sanction\" declared with its evidence)"),
    LHKPN("Status pelaporan LHKPN", "LHKPN reporting status"),
    FEEDBACK_360(
            "Umpan balik 360 derajat dari paling sedikit {min} penilai dalam satu kelompok",
            "360-degree feedback from at least {min} raters in one group"),
    COMMUNITY(
            "Masukan masyarakat: paling sedikit {min} kiriman yang disetujui ({approved} sejauh ini)",
            "Community input: at least {min} approved submissions ({approved} so far)");

    private final String indonesian;
    private final String english;
    private final Pattern stored;
    private final List<String> names = new ArrayList<>();

    MissingInput(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
        StringBuilder regex = new StringBuilder("^");
        // an enum's constructor cannot read its static fields, so the placeholder pattern is compiled here
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(english);
        int from = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(from, m.start()))).append("(.+?)");
            names.add(m.group(1));
            from = m.end();
        }
        this.stored = Pattern.compile(
                regex.append(Pattern.quote(english.substring(from))).append('$').toString());
    }

    /** The stored English text as a text in both languages; a text of no known kind stays as it was, in both. */
    public static Text describe(String storedText) {
        for (MissingInput kind : values()) {
            Matcher m = kind.stored.matcher(storedText);
            if (m.matches()) {
                Object[] args = new Object[kind.names.size() * 2];
                for (int i = 0; i < kind.names.size(); i++) {
                    args[2 * i] = kind.names.get(i);
                    args[2 * i + 1] = m.group(i + 1);
                }
                return kind.with(args);
            }
        }
        return new Text("assessment.missing.OTHER", Map.of(), storedText, storedText);
    }

    /** The stored texts in Indonesian, for the agency's documents (which are in Indonesian). */
    static String indonesian(List<String> storedTexts) {
        return String.join(
                "; ", storedTexts.stream().map(t -> describe(t).indonesian()).toList());
    }

    @Override
    public String feature() {
        return "assessment.missing";
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String indonesian() {
        return indonesian;
    }
}
