package id.meritasn.mobility;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.mobility.MobilityIndexSearch.Hit;
import id.meritasn.mobility.MobilityRecords.Candidate;
import id.meritasn.mobility.MobilityRecords.CompetencyComparison;
import id.meritasn.mobility.MobilityRecords.CompetencyMinimum;
import id.meritasn.mobility.MobilityRecords.Match;
import id.meritasn.mobility.MobilityRecords.SearchFilter;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.mobility.MobilityRecords.Target;
import id.meritasn.mobility.MobilityRefused.Code;
import id.meritasn.shared.security.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search of the national talent index, for national oversight (all agencies, read-only) and for tenant admins and
 * talent committees of an agency (every other agency: the own agency's people are in its own records, and the index
 * would show only the part of them that consented). It reads only {@code platform.mobility_index}, never a tenant
 * schema; the one tenant read is the caller's own target position and its competency standard.
 */
@Service
public class MobilitySearchService {

    static final String SEARCHERS =
            Access.IS_NATIONAL_OVERSIGHT + " or (#agency != null and " + Access.ADMIN_OR_COMMITTEE + ")";

    private final MobilityIndexSearch index;
    private final OrganizationService organization;
    private final ReferenceDataService referenceData;

    MobilitySearchService(
            MobilityIndexSearch index, OrganizationService organization, ReferenceDataService referenceData) {
        this.index = index;
        this.organization = organization;
        this.referenceData = referenceData;
    }

    /**
     * One keyset page of candidates (fetch {@code limit + 1} to learn whether there is a next page).
     *
     * @param agency the caller's agency, or null for national oversight; its own employees are left out
     * @param target rank by JPM against this standard (with reasons per competency), or null to list by name
     * @param after  the cursor of the last candidate seen ({@link #cursor}), or null
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SEARCHERS)
    public List<Candidate> search(
            @Nullable String agency,
            SearchFilter filter,
            @Nullable Target target,
            @Nullable Map<String, Object> after,
            int limit) {
        ReferenceData reference = referenceData.get();
        Map<String, Integer> ranks = reference.pnsGolongan().stream()
                .collect(Collectors.toMap(ReferenceData.Golongan::code, ReferenceData.Golongan::rankOrder));
        Integer rankMin = rank(ranks, filter.golonganMin(), "golonganMin");
        Integer rankMax = rank(ranks, filter.golonganMax(), "golonganMax");
        for (CompetencyMinimum minimum : filter.minCompetencies()) {
            if (minimum.level() < 1 || minimum.level() > 5) {
                throw new MobilityRefused(
                        Code.INVALID_INPUT,
                        "Competency levels are 1 to 5; minimum for '" + minimum.competency() + "' was "
                                + minimum.level() + ".",
                        "minCompetencies");
            }
        }
        List<JobPersonMatch.Requirement> standard = target == null ? List.of() : standard(agency, target);
        List<Hit> hits = index.search(agency, filter, rankMin, rankMax, standard, after, limit);
        List<Candidate> candidates = new ArrayList<>();
        for (Hit hit : hits) {
            Match match = standard.isEmpty() ? null : match(hit.entry(), standard);
            candidates.add(new Candidate(hit.entry(), match, reasons(hit.entry(), filter, match)));
        }
        return candidates;
    }

    /** The cursor of a candidate: its sort keys. */
    public Map<String, Object> cursor(Candidate candidate) {
        Map<String, Object> keys = new HashMap<>();
        keys.put("agency", candidate.entry().agency());
        keys.put("nip", candidate.entry().nip());
        if (candidate.match() != null) {
            keys.put("jpm", candidate.match().percent().toPlainString());
        } else {
            keys.put("name", candidate.entry().name());
        }
        return keys;
    }

    private static @Nullable Integer rank(Map<String, Integer> ranks, @Nullable String golongan, String field) {
        if (golongan == null || golongan.isBlank()) {
            return null;
        }
        Integer rank = ranks.get(golongan.trim());
        if (rank == null) {
            throw new MobilityRefused(
                    Code.INVALID_INPUT, "Golongan '" + golongan + "' is not one of I/a .. IV/e.", field);
        }
        return rank;
    }

    /** The target's standard: a position of the caller's own agency, or one given directly. */
    private List<JobPersonMatch.Requirement> standard(@Nullable String agency, Target target) {
        if (target.positionCode() != null && !target.positionCode().isBlank()) {
            if (agency == null) {
                throw new MobilityRefused(
                        Code.INVALID_INPUT,
                        "A target position code names a position of your own"
                                + " agency; without an agency give the competency standard itself.",
                        "target.positionCode");
            }
            String code = target.positionCode().trim();
            Position position = organization
                    .positionByCode(agency, code)
                    .orElseThrow(() -> new MobilityRefused(
                            Code.NOT_FOUND,
                            "No position with code '" + code + "' in your agency.",
                            "target.positionCode"));
            List<CompetencyRequirement> requirements =
                    organization.standards(agency, List.of(position.id())).getOrDefault(position.id(), List.of());
            if (requirements.isEmpty()) {
                throw new MobilityRefused(
                        Code.INVALID_INPUT,
                        "Position '" + code + "' has no competency standard to" + " match against.",
                        "target.positionCode");
            }
            return requirements.stream()
                    .map(r -> new JobPersonMatch.Requirement(r.competency(), r.requiredLevel()))
                    .toList();
        }
        if (target.standard().isEmpty()) {
            throw new MobilityRefused(
                    Code.INVALID_INPUT, "A target needs a position code or a competency standard.", "target");
        }
        for (JobPersonMatch.Requirement r : target.standard()) {
            if (r.requiredLevel() < 1
                    || r.requiredLevel() > 5
                    || !r.competency().matches("[a-z][a-z0-9_]{0,60}")) {
                throw new MobilityRefused(
                        Code.INVALID_INPUT,
                        "A requirement is a lowercase competency code with a level" + " 1 to 5; '" + r.competency()
                                + "' at " + r.requiredLevel() + " is not.",
                        "target.standard");
            }
        }
        if (target.standard().stream()
                        .map(JobPersonMatch.Requirement::competency)
                        .distinct()
                        .count()
                < target.standard().size()) {
            throw new MobilityRefused(
                    Code.INVALID_INPUT, "A competency appears twice in the standard.", "target.standard");
        }
        return target.standard();
    }

    /** JPM with the assessment feature's rule; an unassessed competency counts as level 0 and is named as a gap. */
    static Match match(TalentIndexEntry entry, List<JobPersonMatch.Requirement> standard) {
        Map<String, Integer> achieved = new HashMap<>();
        List<CompetencyComparison> comparisons = new ArrayList<>();
        for (JobPersonMatch.Requirement r : standard) {
            Integer level = entry.competencies().get(r.competency());
            achieved.put(r.competency(), level == null ? 0 : level);
            comparisons.add(new CompetencyComparison(r.competency(), r.requiredLevel(), level));
        }
        JobPersonMatch jpm = JobPersonMatch.of(achieved, standard);
        return new Match(jpm.percent(), jpm.filling(), jpm.mapping(), comparisons);
    }

    /** Why the candidate is here and where: the match per competency, then what the filters matched. */
    private static List<String> reasons(TalentIndexEntry e, SearchFilter filter, @Nullable Match match) {
        List<String> reasons = new ArrayList<>();
        if (match != null) {
            reasons.add("JPM " + match.percent().toPlainString() + "% against the target standard: " + match.filling());
            for (CompetencyComparison c : match.competencies()) {
                if (c.achievedLevel() == null) {
                    reasons.add(c.competency() + ": not assessed (counts 0) of " + c.requiredLevel() + " required");
                } else if (c.achievedLevel() >= c.requiredLevel()) {
                    reasons.add(c.competency() + ": level " + c.achievedLevel() + " meets " + c.requiredLevel()
                            + " required");
                } else {
                    reasons.add(c.competency() + ": level " + c.achievedLevel() + " is "
                            + (c.requiredLevel() - c.achievedLevel()) + " below " + c.requiredLevel() + " required");
                }
            }
        }
        for (CompetencyMinimum minimum : filter.minCompetencies()) {
            reasons.add(minimum.competency() + ": level " + e.competencies().get(minimum.competency())
                    + " reaches the minimum " + minimum.level());
        }
        if (e.box() != null) {
            reasons.add(
                    "box " + e.box() + " in period " + e.periodName() + (e.box() >= 7 ? " (succession group)" : ""));
        }
        if (filter.willingToMoveTo() != null && !filter.willingToMoveTo().isBlank()) {
            reasons.add("willing to move to " + filter.willingToMoveTo().trim());
        }
        if (e.aspirations().earliestDate() != null) {
            reasons.add("available from " + e.aspirations().earliestDate());
        }
        return reasons;
    }
}
