package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Years of related experience (Tangerang maps by experience): the time, up to a day, spent in posts related to the
 * current one, from the position history. Related means the same track as the current post (structural: JPT,
 * administrator, pengawas; functional expertise; functional skills; pelaksana) or the same unit (the same field of
 * work). An entry runs from its TMT to its end, else to the next entry's TMT, else to the day counted to; overlapping
 * entries count once. The entries counted are kept, so the score can name its evidence.
 *
 * @param years   whole years of related experience
 * @param counted the history entries that counted, newest first
 */
public record RelatedExperience(int years, List<PositionHistoryEntry> counted) {

    public RelatedExperience {
        counted = List.copyOf(counted);
    }

    /** From the history up to {@code asOf}; null when the history has no entry that started by then. */
    public static @Nullable RelatedExperience of(List<PositionHistoryEntry> history, LocalDate asOf) {
        List<PositionHistoryEntry> entries = history.stream()
                .filter(e -> !e.tmt().isAfter(asOf))
                .sorted(Comparator.comparing(PositionHistoryEntry::tmt))
                .toList();
        if (entries.isEmpty()) {
            return null;
        }
        PositionHistoryEntry current = entries.stream()
                .filter(e -> e.endDate() == null)
                .max(Comparator.comparing(PositionHistoryEntry::tmt))
                .orElse(entries.getLast());
        List<PositionHistoryEntry> counted = new ArrayList<>();
        long days = 0;
        LocalDate coveredUntil = LocalDate.MIN; // entries are in TMT order: what is before this counted already
        for (int i = 0; i < entries.size(); i++) {
            PositionHistoryEntry entry = entries.get(i);
            if (!related(entry, current)) {
                continue;
            }
            LocalDate end = entry.endDate() != null
                    ? entry.endDate().plusDays(1)
                    : i + 1 < entries.size() && entry != current
                            ? entries.get(i + 1).tmt()
                            : asOf;
            end = end.isAfter(asOf) ? asOf : end;
            LocalDate start = entry.tmt().isBefore(coveredUntil) ? coveredUntil : entry.tmt();
            if (end.isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, end);
                coveredUntil = end;
            }
            counted.add(entry);
        }
        return new RelatedExperience((int) (days / 365.25), counted.reversed());
    }

    static boolean related(PositionHistoryEntry entry, PositionHistoryEntry current) {
        return track(entry.level()).equals(track(current.level()))
                || entry.unitName() != null && entry.unitName().equals(current.unitName());
    }

    /** The track of a position level: STRUCTURAL, FUNCTIONAL_EXPERTISE, FUNCTIONAL_SKILL or the level itself. */
    public static String track(String level) {
        if (level.startsWith("JPT") || level.equals("ADMINISTRATOR") || level.equals("PENGAWAS")) {
            return "STRUCTURAL";
        }
        if (level.startsWith("AHLI")) {
            return "FUNCTIONAL_EXPERTISE";
        }
        if (List.of("PEMULA", "TERAMPIL", "MAHIR", "PENYELIA").contains(level)) {
            return "FUNCTIONAL_SKILL";
        }
        return level;
    }

    /** The entries counted, for the explanation: "Kepala Subbagian Umum (2019-01-01 to now); Analis (...)". */
    public String evidence() {
        return "riwayat jabatan terkait: "
                + counted.stream()
                        .map(e -> e.name() + " (" + e.tmt() + " s.d. "
                                + (e.endDate() == null ? "sekarang" : e.endDate()) + ")")
                        .collect(Collectors.joining("; "));
    }
}
