package id.meritasn.succession;

import id.meritasn.assessment.NineBox;
import id.meritasn.succession.SuccessionProblem.CandidateNotEligible;
import id.meritasn.succession.SuccessionProblem.ConflictOfInterest;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.ManualCheckOpen;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.SlateCandidate;
import id.meritasn.succession.SuccessionService.SlateEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a slate may be named, against the ranked candidates of the case (the committee's settled checks applied):
 * its size, every candidate eligible with no manual check open and no conflict of the nominating member, the order
 * (a place that departs from the ranking says why), and under direct appointment the top-ranked box-9 talent alone.
 */
final class SlateCheck {

    /** An order reason says something: the evidence or the committee's finding. */
    static final int MIN_ORDER_REASON = 20;

    private SlateCheck() {}

    /** The slate as it would be stored, or the first problem. */
    record Outcome(List<SlateCandidate> slate, List<SuccessionProblem> problems) {}

    static Outcome check(
            List<Candidate> ranked, List<SlateEntry> entries, SuccessionPolicy policy, Set<String> conflicts) {
        List<String> nips = entries.stream().map(e -> e.nip().trim()).toList();
        if (nips.stream().distinct().count() < nips.size()) {
            return refused(new InvalidField("A successor appears twice on the slate.", "candidates"));
        }
        List<Candidate> eligible = ranked.stream()
                .filter(c -> c.eligibility() == Eligibility.Outcome.MET)
                .toList();
        if (policy.selection() == SuccessionPolicy.Selection.DIRECT) {
            Candidate top = eligible.isEmpty() ? null : eligible.getFirst();
            if (top == null
                    || top.box() != 9
                    || entries.size() != 1
                    || !nips.getFirst().equals(top.nip())) {
                return refused(new InvalidField(
                        "Under direct appointment (policy succession.selection DIRECT) the slate"
                                + " names one candidate, the top-ranked eligible box-9 talent"
                                + (top == null
                                        ? "; no candidate is eligible yet."
                                        : top.box() == 9
                                                ? ": " + top.name() + " (" + top.nip() + ")."
                                                : "; the top-ranked candidate is in box " + top.box()
                                                        + ", so the PPK chooses from a slate instead."),
                        "candidates"));
            }
        } else {
            int expected = Math.min(policy.slateSize(), eligible.size());
            if (entries.isEmpty() || entries.size() > policy.slateSize() || entries.size() < expected) {
                return refused(new InvalidField(
                        "The slate names " + policy.slateSize() + " successors (policy"
                                + " succession.slateSize), or all eligible ones when fewer are eligible ("
                                + eligible.size()
                                + " are, manual checks settled); " + entries.size() + " named.",
                        "candidates"));
            }
        }
        Map<String, Candidate> byNip = new HashMap<>();
        ranked.forEach(c -> byNip.put(c.nip(), c));
        List<SlateCandidate> slate = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String nip = nips.get(i);
            Candidate candidate = byNip.get(nip);
            if (candidate == null) {
                return refused(new CandidateNotEligible(
                        "Employee " + nip + " is not in the talent pool of the case's" + " period (boxes "
                                + policy.poolBoxes() + ") or holds the position already.",
                        nip));
            }
            if (candidate.eligibility() == Eligibility.Outcome.NOT_MET) {
                return refused(new CandidateNotEligible(
                        candidate.name() + " (" + nip + ") does not meet: "
                                + String.join(
                                        " ",
                                        candidate.checks().stream()
                                                .filter(c -> c.outcome() == Eligibility.Outcome.NOT_MET)
                                                .map(Eligibility.Check::reason)
                                                .toList()),
                        nip));
            }
            if (candidate.eligibility() == Eligibility.Outcome.NEEDS_MANUAL_CHECK) {
                List<Eligibility.Rule> open = candidate.checks().stream()
                        .filter(c -> c.outcome() == Eligibility.Outcome.NEEDS_MANUAL_CHECK)
                        .map(Eligibility.Check::rule)
                        .toList();
                return refused(new ManualCheckOpen(
                        candidate.name() + " (" + nip + ") has manual checks the committee" + " has not settled: "
                                + open + ".",
                        nip,
                        open));
            }
            if (conflicts.contains(nip)) {
                return refused(new ConflictOfInterest(
                        "The nominating member declared a conflict of interest about " + candidate.name() + " (" + nip
                                + ") and cannot act on this candidate.",
                        nip));
            }
            SlateEntry entry = entries.get(i);
            int systemRank = eligible.indexOf(candidate) + 1;
            String reason =
                    entry.orderReason() == null ? null : entry.orderReason().trim();
            if (systemRank != i + 1 && (reason == null || reason.length() < MIN_ORDER_REASON)) {
                return refused(new InvalidField(
                        "Place " + (i + 1) + " names " + candidate.name() + ", whom the ranking"
                                + " places " + systemRank
                                + " among the eligible; a slate that departs from the ranking says why"
                                + " for each such place (at least " + MIN_ORDER_REASON + " characters).",
                        "candidates[" + i + "].orderReason"));
            }
            List<String> plan = new ArrayList<>(NineBox.recommendedActions(candidate.box()));
            if (entry.developmentPlan() != null) {
                entry.developmentPlan().stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty() && !plan.contains(s))
                        .forEach(plan::add);
            }
            slate.add(new SlateCandidate(
                    i + 1,
                    nip,
                    candidate.name(),
                    candidate.currentPosition(),
                    entry.readiness(),
                    candidate.box(),
                    List.copyOf(plan),
                    systemRank,
                    systemRank == i + 1 ? null : reason));
        }
        return new Outcome(slate, List.of());
    }

    private static Outcome refused(SuccessionProblem problem) {
        return new Outcome(List.of(), List.of(problem));
    }
}
