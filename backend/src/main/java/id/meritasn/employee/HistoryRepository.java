package id.meritasn.employee;

import static id.meritasn.jooq.t_template.Tables.AWARD;
import static id.meritasn.jooq.t_template.Tables.DISCIPLINE;
import static id.meritasn.jooq.t_template.Tables.EDUCATION_HISTORY;
import static id.meritasn.jooq.t_template.Tables.LHKPN;
import static id.meritasn.jooq.t_template.Tables.POSITION_HISTORY;
import static id.meritasn.jooq.t_template.Tables.RANK_HISTORY;
import static id.meritasn.jooq.t_template.Tables.TEAM_ASSIGNMENT;
import static id.meritasn.jooq.t_template.Tables.TRAINING;

import id.meritasn.employee.EmployeeRecords.AwardEntry;
import id.meritasn.employee.EmployeeRecords.DisciplineEntry;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.LhkpnEntry;
import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.employee.EmployeeRecords.RankHistoryEntry;
import id.meritasn.employee.EmployeeRecords.TeamAssignmentEntry;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.shared.db.AnyOf;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Histories of employees. Reads take many NIPs at once (one query per kind for a whole page of employees); writes
 * ignore an entry that is already there (same natural key), so replaying an import adds nothing.
 */
@Repository
class HistoryRepository {

    Map<String, List<RankHistoryEntry>> rank(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(RANK_HISTORY)
                .where(AnyOf.strings(RANK_HISTORY.NIP, nips))
                .orderBy(RANK_HISTORY.TMT.desc())
                .fetchGroups(RANK_HISTORY.NIP, r -> new RankHistoryEntry(r.getGolongan(), r.getTmt(), r.getSkNumber()));
    }

    Map<String, List<PositionHistoryEntry>> position(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(POSITION_HISTORY)
                .where(AnyOf.strings(POSITION_HISTORY.NIP, nips))
                .orderBy(POSITION_HISTORY.TMT.desc())
                .fetchGroups(
                        POSITION_HISTORY.NIP,
                        r -> new PositionHistoryEntry(
                                r.getName(), r.getLevel(), r.getUnitName(), r.getTmt(), r.getEndDate()));
    }

    Map<String, List<EducationEntry>> education(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(EDUCATION_HISTORY)
                .where(AnyOf.strings(EDUCATION_HISTORY.NIP, nips))
                .orderBy(EDUCATION_HISTORY.GRADUATION_YEAR.desc())
                .fetchGroups(
                        EDUCATION_HISTORY.NIP,
                        r -> new EducationEntry(r.getLevel(), r.getField(), r.getInstitution(), r.getGraduationYear()));
    }

    Map<String, List<AwardEntry>> awards(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(AWARD)
                .where(AnyOf.strings(AWARD.NIP, nips))
                .orderBy(AWARD.AWARDED_ON.desc())
                .fetchGroups(AWARD.NIP, r -> new AwardEntry(r.getName(), r.getAwardedOn(), r.getEvidence()));
    }

    Map<String, List<TeamAssignmentEntry>> teams(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(TEAM_ASSIGNMENT)
                .where(AnyOf.strings(TEAM_ASSIGNMENT.NIP, nips))
                .orderBy(TEAM_ASSIGNMENT.START_DATE.desc())
                .fetchGroups(
                        TEAM_ASSIGNMENT.NIP,
                        r -> new TeamAssignmentEntry(r.getName(), r.getRole(), r.getStartDate(), r.getEndDate()));
    }

    Map<String, List<TrainingEntry>> trainings(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(TRAINING)
                .where(AnyOf.strings(TRAINING.NIP, nips))
                .orderBy(TRAINING.COMPLETED_ON.desc())
                .fetchGroups(
                        TRAINING.NIP,
                        r -> new TrainingEntry(
                                r.getKind(),
                                r.getName(),
                                r.getOrganizer(),
                                r.getCompletedOn(),
                                r.getHours() == null ? null : r.getHours().intValue()));
    }

    Map<String, List<DisciplineEntry>> discipline(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(DISCIPLINE)
                .where(AnyOf.strings(DISCIPLINE.NIP, nips))
                .orderBy(DISCIPLINE.START_DATE.desc())
                .fetchGroups(
                        DISCIPLINE.NIP,
                        r -> new DisciplineEntry(r.getLevel(), r.getDescription(), r.getStartDate(), r.getEndDate()));
    }

    Map<String, List<LhkpnEntry>> lhkpn(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(LHKPN)
                .where(AnyOf.strings(LHKPN.NIP, nips))
                .orderBy(LHKPN.YEAR.desc())
                .fetchGroups(LHKPN.NIP, r -> new LhkpnEntry(r.getYear(), r.getStatus()));
    }

    /** Adds one entry; returns false when the same entry is already recorded. */
    boolean add(DSLContext tenant, HistoryEntry entry) {
        String nip = entry.nip();
        return switch (entry.kind()) {
                    case RANK ->
                        tenant.insertInto(RANK_HISTORY)
                                .set(RANK_HISTORY.NIP, nip)
                                .set(RANK_HISTORY.GOLONGAN, entry.code())
                                .set(RANK_HISTORY.TMT, entry.date())
                                .set(RANK_HISTORY.SK_NUMBER, entry.detail())
                                .onConflictDoNothing()
                                .execute();
                    case POSITION ->
                        tenant.insertInto(POSITION_HISTORY)
                                .set(POSITION_HISTORY.NIP, nip)
                                .set(POSITION_HISTORY.NAME, entry.name())
                                .set(POSITION_HISTORY.LEVEL, entry.code())
                                .set(POSITION_HISTORY.UNIT_NAME, entry.detail())
                                .set(POSITION_HISTORY.TMT, entry.date())
                                .set(POSITION_HISTORY.END_DATE, entry.endDate())
                                .onConflictDoNothing()
                                .execute();
                    case EDUCATION ->
                        tenant.insertInto(EDUCATION_HISTORY)
                                .set(EDUCATION_HISTORY.NIP, nip)
                                .set(EDUCATION_HISTORY.LEVEL, entry.code())
                                .set(EDUCATION_HISTORY.FIELD, entry.name())
                                .set(EDUCATION_HISTORY.INSTITUTION, entry.detail())
                                .set(
                                        EDUCATION_HISTORY.GRADUATION_YEAR,
                                        entry.number() == null
                                                ? null
                                                : entry.number().shortValue())
                                .onConflictDoNothing()
                                .execute();
                    case AWARD ->
                        tenant.insertInto(AWARD)
                                .set(AWARD.NIP, nip)
                                .set(AWARD.NAME, entry.name())
                                .set(AWARD.AWARDED_ON, entry.date())
                                .set(AWARD.EVIDENCE, entry.detail())
                                .onConflictDoNothing()
                                .execute();
                    case TEAM_ASSIGNMENT ->
                        tenant.insertInto(TEAM_ASSIGNMENT)
                                .set(TEAM_ASSIGNMENT.NIP, nip)
                                .set(TEAM_ASSIGNMENT.NAME, entry.name())
                                .set(TEAM_ASSIGNMENT.ROLE, entry.detail())
                                .set(TEAM_ASSIGNMENT.START_DATE, entry.date())
                                .set(TEAM_ASSIGNMENT.END_DATE, entry.endDate())
                                .onConflictDoNothing()
                                .execute();
                    case TRAINING, CERTIFICATE ->
                        tenant.insertInto(TRAINING)
                                .set(TRAINING.NIP, nip)
                                .set(TRAINING.KIND, entry.kind().name())
                                .set(TRAINING.NAME, entry.name())
                                .set(TRAINING.ORGANIZER, entry.detail())
                                .set(TRAINING.COMPLETED_ON, entry.date())
                                .set(
                                        TRAINING.HOURS,
                                        entry.number() == null
                                                ? null
                                                : entry.number().shortValue())
                                .onConflictDoNothing()
                                .execute();
                    case DISCIPLINE ->
                        tenant.insertInto(DISCIPLINE)
                                .set(DISCIPLINE.NIP, nip)
                                .set(DISCIPLINE.LEVEL, entry.code())
                                .set(DISCIPLINE.DESCRIPTION, entry.name())
                                .set(DISCIPLINE.START_DATE, entry.date())
                                .set(DISCIPLINE.END_DATE, entry.endDate())
                                .onConflictDoNothing()
                                .execute();
                    case LHKPN ->
                        tenant.insertInto(LHKPN)
                                .set(LHKPN.NIP, nip)
                                .set(
                                        LHKPN.YEAR,
                                        entry.number() == null
                                                ? null
                                                : entry.number().shortValue())
                                .set(LHKPN.STATUS, entry.code())
                                .onConflict(LHKPN.NIP, LHKPN.YEAR)
                                .doUpdate()
                                .set(LHKPN.STATUS, entry.code())
                                .execute();
                }
                == 1;
    }

    /**
     * An appointment in the position history: the open entry (no end date) ends the day before, and the new position
     * (name, level and unit as stored) starts on the date.
     */
    void appointed(
            DSLContext tenant,
            String nip,
            @org.jspecify.annotations.Nullable Long positionId,
            java.time.LocalDate from) {
        tenant.update(POSITION_HISTORY)
                .set(POSITION_HISTORY.END_DATE, from.minusDays(1))
                .where(POSITION_HISTORY
                        .NIP
                        .eq(nip)
                        .and(POSITION_HISTORY.END_DATE.isNull())
                        .and(POSITION_HISTORY.TMT.lt(from)))
                .execute();
        var jabatan = id.meritasn.jooq.t_template.Tables.JABATAN;
        var unit = id.meritasn.jooq.t_template.Tables.UNIT_KERJA;
        tenant.insertInto(
                        POSITION_HISTORY,
                        POSITION_HISTORY.NIP,
                        POSITION_HISTORY.NAME,
                        POSITION_HISTORY.LEVEL,
                        POSITION_HISTORY.UNIT_NAME,
                        POSITION_HISTORY.TMT)
                .select(tenant.select(
                                org.jooq.impl.DSL.val(nip),
                                jabatan.NAME,
                                jabatan.LEVEL,
                                unit.NAME,
                                org.jooq.impl.DSL.val(from))
                        .from(jabatan)
                        .join(unit)
                        .on(unit.ID.eq(jabatan.UNIT_ID))
                        .where(jabatan.ID.eq(positionId)))
                .onConflictDoNothing()
                .execute();
    }
}
