package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.imports.SpreadsheetText;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.TenantDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization tree and positions (with competency standards) of one agency. */
@Service
public class OrganizationService {

    static final String READ = Access.ORGANIZATION_READERS;

    private final TenantDatabase tenants;
    private final OrganizationRepository organization;
    private final ReferenceDataService referenceData;

    OrganizationService(
            TenantDatabase tenants, OrganizationRepository organization, ReferenceDataService referenceData) {
        this.tenants = tenants;
        this.organization = organization;
        this.referenceData = referenceData;
    }

    /** Root units, each with its children nested. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Unit> unitTree(String agency) {
        List<Unit> flat = organization.units(tenants.enter(agency));
        Map<Long, List<Unit>> children = new LinkedHashMap<>();
        flat.forEach(u -> children.computeIfAbsent(u.parentId() == null ? -1L : u.parentId(), k -> new ArrayList<>())
                .add(u));
        return nest(children, -1L);
    }

    private static List<Unit> nest(Map<Long, List<Unit>> children, long parent) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(u -> new Unit(u.id(), u.code(), u.name(), u.parentId(), u.parentCode(), nest(children, u.id())))
                .toList();
    }

    /** Each unit's perangkat daerah (the root of the tree it hangs in), by unit id: the name reports group by. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Map<Long, String> topUnitNames(String agency) {
        Map<Long, String> top = new java.util.HashMap<>();
        for (Unit root : unitTree(agency)) {
            List<Unit> stack = new ArrayList<>(List.of(root));
            while (!stack.isEmpty()) {
                Unit unit = stack.removeLast();
                top.put(unit.id(), root.name());
                stack.addAll(unit.children());
            }
        }
        return top;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Unit> units(String agency, Collection<Long> ids) {
        return organization.unitsById(tenants.enter(agency), ids);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Position> positions(String agency, @Nullable String unitCode) {
        DSLContext tenant = tenants.enter(agency);
        if (unitCode == null) {
            return organization.positions(tenant, null);
        }
        return organization
                .unitId(tenant, unitCode)
                .map(id -> organization.positions(tenant, id))
                .orElse(List.of());
    }

    /** One position by its code (a mobility request's target, a JPM search's standard) without reading all of them. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public java.util.Optional<Position> positionByCode(String agency, String code) {
        return organization.positionByCode(tenants.enter(agency), code);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Position> positionsById(String agency, Collection<Long> ids) {
        return organization.positionsById(tenants.enter(agency), ids);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Map<Long, List<CompetencyRequirement>> standards(String agency, Collection<Long> positionIds) {
        return organization.standards(tenants.enter(agency), positionIds);
    }

    @Transactional
    @PreAuthorize(EmployeeService.WRITE)
    public Outcome<Unit, FieldInvalid> saveUnit(String agency, String code, String name, @Nullable String parentCode) {
        DSLContext tenant = tenants.enter(agency);
        List<FieldInvalid> problems = new ArrayList<>();
        if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add(new FieldInvalid("A unit code is 1-40 letters, digits, '.', '_' or '-'.", "code"));
        }
        if (name.isBlank() || name.length() > 200) {
            problems.add(new FieldInvalid("The unit name must be 1 to 200 characters.", "name"));
        } else if (SpreadsheetText.executable(name.trim())) {
            problems.add(new FieldInvalid(
                    "The unit name may not start with =, +, -, @, a tab or a carriage return"
                            + " (a spreadsheet would run it as a formula).",
                    "name"));
        }
        Long parentId = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parentId = organization.unitId(tenant, parentCode).orElse(null);
            if (parentId == null) {
                problems.add(new FieldInvalid("No unit with code '" + parentCode + "'.", "parentCode"));
            } else {
                Long self = organization.unitId(tenant, code).orElse(null);
                if (self != null && (self.equals(parentId) || organization.isDescendant(tenant, self, parentId))) {
                    problems.add(new FieldInvalid(
                            "Unit '" + parentCode + "' is below '" + code + "': the tree would become a cycle.",
                            "parentCode"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        long id = organization.saveUnit(tenant, code, name.trim(), parentId);
        return Outcome.done(organization.unitsById(tenant, List.of(id)).getFirst());
    }

    @Transactional
    @PreAuthorize(EmployeeService.WRITE)
    public Outcome<Position, FieldInvalid> savePosition(
            String agency,
            String code,
            String name,
            String level,
            String unitCode,
            @Nullable String minGolongan,
            boolean critical,
            boolean servesPublic,
            @Nullable String retirementRule,
            List<CompetencyRequirement> standard) {
        DSLContext tenant = tenants.enter(agency);
        ReferenceData reference = referenceData.get();
        List<FieldInvalid> problems = new ArrayList<>();
        if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add(new FieldInvalid("A position code is 1-40 letters, digits, '.', '_' or '-'.", "code"));
        }
        if (name.isBlank() || name.length() > 200) {
            problems.add(new FieldInvalid("The position name must be 1 to 200 characters.", "name"));
        } else if (SpreadsheetText.executable(name.trim())) {
            problems.add(new FieldInvalid(
                    "The position name may not start with =, +, -, @, a tab or a carriage return"
                            + " (a spreadsheet would run it as a formula).",
                    "name"));
        }
        if (reference.level(level).isEmpty()) {
            problems.add(new FieldInvalid("Level '" + level + "' is not a position level.", "level"));
        }
        Long unitId = organization.unitId(tenant, unitCode).orElse(null);
        if (unitId == null) {
            problems.add(new FieldInvalid("No unit with code '" + unitCode + "'.", "unitCode"));
        }
        if (retirementRule != null && reference.retirementRule(retirementRule).isEmpty()) {
            problems.add(new FieldInvalid(
                    "Retirement rule '" + retirementRule + "' is not one of "
                            + reference.retirementRules().stream()
                                    .map(ReferenceData.RetirementRule::code)
                                    .toList() + ".",
                    "retirementRule"));
        }
        if (minGolongan != null
                && reference.golongan(minGolongan).filter(g -> !g.pppk()).isEmpty()) {
            problems.add(new FieldInvalid("Golongan '" + minGolongan + "' is not one of I/a .. IV/e.", "minGolongan"));
        }
        for (int i = 0; i < standard.size(); i++) {
            CompetencyRequirement r = standard.get(i);
            if (!r.competency().matches("[a-z][a-z0-9_]{0,60}")) {
                problems.add(new FieldInvalid(
                        "Competency '" + r.competency() + "' must be a lowercase code.",
                        "standard[" + i + "].competency"));
            }
            if (r.requiredLevel() < 1 || r.requiredLevel() > 5) {
                problems.add(new FieldInvalid(
                        "Required levels are 1 to 5, was " + r.requiredLevel() + ".",
                        "standard[" + i + "].requiredLevel"));
            }
        }
        if (standard.stream().map(CompetencyRequirement::competency).distinct().count() < standard.size()) {
            problems.add(new FieldInvalid("A competency appears twice in the standard.", "standard"));
        }
        if (!problems.isEmpty() || unitId == null) {
            return Outcome.refused(problems); // a missing unit added its problem above
        }
        long id = organization.savePosition(
                tenant, code, name.trim(), level, unitId, minGolongan, critical, servesPublic, retirementRule);
        organization.replaceStandard(tenant, id, standard);
        return Outcome.done(organization.positionsById(tenant, List.of(id)).getFirst());
    }

    /**
     * Flags a position as critical for succession planning (or clears the flag) without touching the rest of it;
     * returns the position, or empty when the agency has no position with that code.
     */
    @Transactional
    @PreAuthorize(EmployeeService.WRITE)
    public java.util.Optional<Position> setCritical(String agency, String code, boolean critical) {
        DSLContext tenant = tenants.enter(agency);
        if (!organization.setCritical(tenant, code, critical)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(organization
                .positionsById(
                        tenant, List.of(organization.positionIdsByCode(tenant).get(code)))
                .getFirst());
    }
}
