package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.employee.EmployeeRecords.RosterEntry;
import id.meritasn.employee.EmployeeRecords.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who rates whom in the 360, derived from the organisation and never claimed by the rater (DOMAIN.md, "Evidence
 * that can be gamed"): the direct superior (the head of the employee's unit, or for a head the head of the nearest
 * unit above), peers (same unit and position level), and direct subordinates (those whose superior the employee is).
 * Nobody is their own rater. Peers and subordinates are capped, chosen by a hash of both NIPs, so a unit of 300
 * Pelaksana does not give each 299 raters and the same people are chosen every time.
 */
final class RaterDerivation {

    record Assignment(String ratee, String rater, RaterGroup group) {}

    /** The smallest 360 group the national rubric counts (minRatersPerGroup). */
    private static final int MIN_GROUP = 3;

    private RaterDerivation() {}

    static List<Assignment> derive(
            List<RosterEntry> roster, Map<Long, @Nullable Long> unitParents, int maxPeers, int maxSubordinates) {
        Map<Long, RosterEntry> heads = heads(roster);
        Map<String, String> superior = superiors(roster, unitParents);
        Map<String, List<String>> subordinates = new HashMap<>();
        superior.forEach((nip, boss) ->
                subordinates.computeIfAbsent(boss, b -> new ArrayList<>()).add(nip));
        Map<String, List<String>> sameUnitAndLevel = new HashMap<>();
        Map<String, List<RosterEntry>> headsByLevel = new HashMap<>();
        for (RosterEntry e : roster) {
            if (e.unitId() != null && e.level() != null) {
                if (isHead(e, heads)) {
                    headsByLevel
                            .computeIfAbsent(e.level(), k -> new ArrayList<>())
                            .add(e);
                } else {
                    sameUnitAndLevel
                            .computeIfAbsent(e.unitId() + "/" + e.level(), k -> new ArrayList<>())
                            .add(e.nip());
                }
            }
        }

        List<Assignment> assignments = new ArrayList<>();
        for (RosterEntry e : roster) {
            String boss = superior.get(e.nip());
            if (boss != null) {
                assignments.add(new Assignment(e.nip(), boss, RaterGroup.SUPERIOR));
            }
            List<String> peers = e.unitId() == null || e.level() == null
                    ? List.of()
                    : isHead(e, heads)
                            ? headPeers(e, headsByLevel.getOrDefault(e.level(), List.of()), unitParents)
                            : sameUnitAndLevel.getOrDefault(e.unitId() + "/" + e.level(), List.of());
            for (String peer : chosen(e.nip(), peers, maxPeers, boss)) {
                assignments.add(new Assignment(e.nip(), peer, RaterGroup.PEER));
            }
            for (String sub : chosen(e.nip(), subordinates.getOrDefault(e.nip(), List.of()), maxSubordinates, null)) {
                assignments.add(new Assignment(e.nip(), sub, RaterGroup.SUBORDINATE));
            }
        }
        return assignments;
    }

    /** Each unit's parent (null for a top unit), by unit id, from the organisation's tree. */
    static Map<Long, @Nullable Long> unitParents(List<Unit> tree) {
        Map<Long, @Nullable Long> parents = new HashMap<>();
        collectParents(tree, parents);
        return parents;
    }

    private static void collectParents(List<Unit> units, Map<Long, @Nullable Long> parents) {
        for (Unit unit : units) {
            parents.put(unit.id(), unit.parentId());
            collectParents(unit.children(), parents);
        }
    }

    /** Each employee's direct superior, by NIP (the same derivation as the 360's SUPERIOR group). */
    static Map<String, String> superiors(List<RosterEntry> roster, Map<Long, @Nullable Long> unitParents) {
        Map<Long, RosterEntry> heads = heads(roster);
        Map<String, String> superior = new HashMap<>();
        for (RosterEntry e : roster) {
            String s = superiorOf(e, heads, unitParents);
            if (s != null) {
                superior.put(e.nip(), s);
            }
        }
        return superior;
    }

    /** The NIP of each unit's head (by unit id). */
    static Map<Long, String> headNips(List<RosterEntry> roster) {
        Map<Long, String> nips = new HashMap<>();
        heads(roster).forEach((unit, head) -> nips.put(unit, head.nip()));
        return nips;
    }

    /** Each unit's head: its managerial employee of the highest level (lowest NIP on a tie). */
    private static Map<Long, RosterEntry> heads(List<RosterEntry> roster) {
        Map<Long, RosterEntry> heads = new HashMap<>();
        for (RosterEntry e : roster) {
            if (e.managerial() && e.unitId() != null) {
                heads.merge(
                        e.unitId(),
                        e,
                        (a, b) -> a.levelRank() != b.levelRank()
                                ? (a.levelRank() > b.levelRank() ? a : b)
                                : (a.nip().compareTo(b.nip()) <= 0 ? a : b));
            }
        }
        return heads;
    }

    private static boolean isHead(RosterEntry e, Map<Long, RosterEntry> heads) {
        RosterEntry head = e.unitId() == null ? null : heads.get(e.unitId());
        return head != null && head.nip().equals(e.nip());
    }

    /**
     * A unit head's peers are the heads of the same level beside them: those of sibling units first, widened one
     * level up the tree at a time until a group of three is possible (a Kepala Bidang's peers are the other Kepala
     * Bidang of the Dinas, or of the Sekretariat Daerah where the Dinas has fewer).
     */
    private static List<String> headPeers(
            RosterEntry head, List<RosterEntry> sameLevel, Map<Long, @Nullable Long> parents) {
        List<String> found = List.of();
        int guard = 0;
        for (Long above = parents.get(head.unitId()); above != null && guard++ < 64; above = parents.get(above)) {
            Long ancestor = above;
            found = sameLevel.stream()
                    .filter(h -> !h.nip().equals(head.nip()) && under(h.unitId(), ancestor, parents))
                    .map(RosterEntry::nip)
                    .toList();
            if (found.size() >= MIN_GROUP) {
                break;
            }
        }
        return found;
    }

    private static boolean under(@Nullable Long unit, Long ancestor, Map<Long, @Nullable Long> parents) {
        int guard = 0;
        for (Long u = unit; u != null && guard++ < 64; u = parents.get(u)) {
            if (u.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String superiorOf(
            RosterEntry e, Map<Long, RosterEntry> heads, Map<Long, @Nullable Long> parents) {
        Long unit = e.unitId();
        RosterEntry head = unit == null ? null : heads.get(unit);
        if (head != null && !head.nip().equals(e.nip())) {
            return head.nip();
        }
        // the unit's head (or an employee of a unit without one) answers to the nearest head above
        int guard = 0;
        for (Long up = unit == null ? null : parents.get(unit); up != null && guard++ < 64; up = parents.get(up)) {
            RosterEntry above = heads.get(up);
            if (above != null && !above.nip().equals(e.nip())) {
                return above.nip();
            }
        }
        return null;
    }

    /** Up to {@code max} of the candidates other than the ratee (and the superior), the same ones every time. */
    private static List<String> chosen(String ratee, List<String> candidates, int max, @Nullable String except) {
        return candidates.stream()
                .filter(c -> !c.equals(ratee) && !c.equals(except))
                .sorted(Comparator.comparingInt((String c) -> (ratee + c).hashCode())
                        .thenComparing(c -> c))
                .limit(max)
                .toList();
    }
}
