package id.meritasn.employee;

import static id.meritasn.jooq.platform.Tables.GOLONGAN;
import static id.meritasn.jooq.platform.Tables.JABATAN_LEVEL;
import static id.meritasn.jooq.t_template.Tables.EMPLOYEE;
import static id.meritasn.jooq.t_template.Tables.JABATAN;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.shared.db.AnyOf;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Employees of one agency; every method takes the tenant's DSLContext from TenantDatabase.enter. */
@Repository
class EmployeeRepository {

    List<String> activeNips(DSLContext tenant) {
        return tenant.select(EMPLOYEE.NIP)
                .from(EMPLOYEE)
                .where(EMPLOYEE.STATUS.eq("ACTIVE"))
                .orderBy(EMPLOYEE.NIP)
                .fetch(EMPLOYEE.NIP);
    }

    /** Every active employee's unit and position level: who heads, who is whose peer (360 raters). */
    List<EmployeeRecords.RosterEntry> roster(DSLContext tenant) {
        return tenant.select(
                        EMPLOYEE.NIP,
                        DSL.coalesce(EMPLOYEE.UNIT_ID, JABATAN.UNIT_ID),
                        JABATAN.LEVEL,
                        JABATAN_LEVEL.RANK_ORDER,
                        JABATAN_LEVEL.KIND)
                .from(EMPLOYEE)
                .leftJoin(JABATAN)
                .on(JABATAN.ID.eq(EMPLOYEE.JABATAN_ID))
                .leftJoin(JABATAN_LEVEL)
                .on(JABATAN_LEVEL.CODE.eq(JABATAN.LEVEL))
                .where(EMPLOYEE.STATUS.eq("ACTIVE"))
                .orderBy(EMPLOYEE.NIP)
                .fetch(r -> new EmployeeRecords.RosterEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4() == null ? 0 : r.value4(),
                        r.value5() != null
                                && List.of("JPT", "ADMINISTRATOR", "PENGAWAS").contains(r.value5())));
    }

    int count(DSLContext tenant) {
        return tenant.fetchCount(EMPLOYEE);
    }

    Optional<Employee> find(DSLContext tenant, String nip) {
        return select(tenant).where(EMPLOYEE.NIP.eq(nip)).fetchOptional(EmployeeRepository::toEmployee);
    }

    List<Employee> findAll(DSLContext tenant, Collection<String> nips) {
        return select(tenant).where(AnyOf.strings(EMPLOYEE.NIP, nips)).fetch(EmployeeRepository::toEmployee);
    }

    /** NIP and position of these employees: two columns of one table, where the whole record takes three joins. */
    List<EmployeeRecords.Placement> placements(DSLContext tenant, Collection<String> nips) {
        return tenant.select(EMPLOYEE.NIP, EMPLOYEE.JABATAN_ID)
                .from(EMPLOYEE)
                .where(AnyOf.strings(EMPLOYEE.NIP, nips))
                .fetch(r -> new EmployeeRecords.Placement(r.value1(), r.value2()));
    }

    /** Holders of positions: the active employees whose current position is one of these. */
    List<Employee> holders(DSLContext tenant, Collection<Long> positionIds) {
        return select(tenant)
                .where(AnyOf.longs(EMPLOYEE.JABATAN_ID, positionIds).and(EMPLOYEE.STATUS.eq("ACTIVE")))
                .fetch(EmployeeRepository::toEmployee);
    }

    /**
     * One keyset page: rows after the cursor ({@code after} holds the sort value and the NIP of the last row seen),
     * limit + 1 to tell whether a next page exists.
     */
    List<Employee> page(
            DSLContext tenant,
            EmployeeFilter filter,
            EmployeeSort sort,
            @Nullable Map<String, Object> after,
            int limit) {
        @SuppressWarnings("unchecked")
        Field<Object> key = (Field<Object>) sortKey(sort.field());
        SortField<?> keyOrder = sort.descending() ? key.desc() : key.asc();
        SortField<String> nipOrder = sort.descending() ? EMPLOYEE.NIP.desc() : EMPLOYEE.NIP.asc();
        Condition condition = conditions(filter);
        if (after != null) {
            var cursor =
                    DSL.row(DSL.val(after.get("key"), key.getDataType()), DSL.val(String.valueOf(after.get("nip"))));
            var current = DSL.row(key, EMPLOYEE.NIP);
            condition = condition.and(sort.descending() ? current.lt(cursor) : current.gt(cursor));
        }
        return select(tenant)
                .where(condition)
                .orderBy(keyOrder, nipOrder)
                .limit(limit)
                .fetch(EmployeeRepository::toEmployee);
    }

    private static Field<?> sortKey(EmployeeSort.Field field) {
        return switch (field) {
            case NAME -> EMPLOYEE.NAME;
            case NIP -> EMPLOYEE.NIP;
            case GOLONGAN -> GOLONGAN.RANK_ORDER;
        };
    }

    private static Condition conditions(EmployeeFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.unitCode() != null) {
            // the unit and every unit below it
            condition = condition.and(DSL.condition(
                    "{0} IN (WITH RECURSIVE sub AS (SELECT id FROM unit_kerja WHERE code = {1}"
                            + " UNION ALL SELECT u.id FROM unit_kerja u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)",
                    EMPLOYEE.UNIT_ID, DSL.val(filter.unitCode())));
        }
        // a range of PNS golongan holds no PPPK grade, nor the other way round
        if (filter.golonganMin() != null) {
            condition = condition
                    .and(GOLONGAN.RANK_ORDER.ge(DSL.select(GOLONGAN.as("gmin").RANK_ORDER)
                            .from(GOLONGAN.as("gmin"))
                            .where(GOLONGAN.as("gmin").CODE.eq(filter.golonganMin()))))
                    .and(GOLONGAN.KIND.eq(DSL.select(GOLONGAN.as("kmin").KIND)
                            .from(GOLONGAN.as("kmin"))
                            .where(GOLONGAN.as("kmin").CODE.eq(filter.golonganMin()))));
        }
        if (filter.golonganMax() != null) {
            condition = condition
                    .and(GOLONGAN.RANK_ORDER.le(DSL.select(GOLONGAN.as("gmax").RANK_ORDER)
                            .from(GOLONGAN.as("gmax"))
                            .where(GOLONGAN.as("gmax").CODE.eq(filter.golonganMax()))))
                    .and(GOLONGAN.KIND.eq(DSL.select(GOLONGAN.as("kmax").KIND)
                            .from(GOLONGAN.as("kmax"))
                            .where(GOLONGAN.as("kmax").CODE.eq(filter.golonganMax()))));
        }
        if (filter.positionKind() != null) {
            condition = condition.and(JABATAN_LEVEL.KIND.eq(filter.positionKind()));
        }
        if (filter.positionLevel() != null) {
            condition = condition.and(JABATAN.LEVEL.eq(filter.positionLevel()));
        }
        if (filter.status() != null) {
            condition = condition.and(EMPLOYEE.STATUS.eq(filter.status().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim();
            condition = condition.and(EMPLOYEE.NAME.containsIgnoreCase(text).or(EMPLOYEE.NIP.startsWith(text)));
        }
        return condition;
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext tenant) {
        return tenant.select(EMPLOYEE.fields())
                .select(GOLONGAN.PANGKAT, GOLONGAN.RANK_ORDER)
                .from(EMPLOYEE)
                .join(GOLONGAN)
                .on(GOLONGAN.CODE.eq(EMPLOYEE.GOLONGAN))
                .leftJoin(JABATAN)
                .on(JABATAN.ID.eq(EMPLOYEE.JABATAN_ID))
                .leftJoin(JABATAN_LEVEL)
                .on(JABATAN_LEVEL.CODE.eq(JABATAN.LEVEL));
    }

    /** Read field by field: {@code r.into(EMPLOYEE)} copied every record into a second one first (a batch reads thousands). */
    static Employee toEmployee(Record r) {
        return new Employee(
                r.get(EMPLOYEE.NIP),
                r.get(EMPLOYEE.NAME),
                r.get(EMPLOYEE.FRONT_TITLE),
                r.get(EMPLOYEE.BACK_TITLE),
                r.get(EMPLOYEE.BIRTH_DATE),
                r.get(EMPLOYEE.APPOINTMENT_MONTH),
                "1".equals(r.get(EMPLOYEE.GENDER)) ? Nip.Gender.MALE : Nip.Gender.FEMALE,
                r.get(EMPLOYEE.GOLONGAN),
                r.get(GOLONGAN.PANGKAT),
                r.get(EMPLOYEE.GOLONGAN_TMT),
                r.get(EMPLOYEE.JABATAN_ID),
                r.get(EMPLOYEE.UNIT_ID),
                EmployeeStatus.valueOf(r.get(EMPLOYEE.STATUS)),
                r.get(EMPLOYEE.RETIREMENT_DATE),
                EmployeeRecords.EmployeeType.valueOf(r.get(EMPLOYEE.EMPLOYEE_TYPE)),
                r.get(EMPLOYEE.AGREEMENT_END));
    }

    /** One multi-row insert; generated columns (birth date, gender, appointment) are left to the database. */
    void insertAll(DSLContext tenant, Collection<EmployeeValues> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = tenant.insertInto(
                EMPLOYEE,
                EMPLOYEE.NIP,
                EMPLOYEE.NAME,
                EMPLOYEE.FRONT_TITLE,
                EMPLOYEE.BACK_TITLE,
                EMPLOYEE.GOLONGAN,
                EMPLOYEE.GOLONGAN_TMT,
                EMPLOYEE.JABATAN_ID,
                EMPLOYEE.UNIT_ID,
                EMPLOYEE.STATUS,
                EMPLOYEE.RETIREMENT_DATE,
                EMPLOYEE.EMPLOYEE_TYPE,
                EMPLOYEE.AGREEMENT_END);
        for (EmployeeValues v : rows) {
            insert = insert.values(
                    v.nip(),
                    v.name(),
                    v.frontTitle(),
                    v.backTitle(),
                    v.golongan(),
                    v.golonganTmt(),
                    v.positionId(),
                    v.unitId(),
                    v.status().name(),
                    v.retirementDate(),
                    v.employeeType().name(),
                    v.agreementEnd());
        }
        insert.execute();
    }

    /** One JDBC batch of updates. */
    /** Sets the status; false when it already was that. */
    boolean setStatus(DSLContext tenant, String nip, EmployeeStatus status) {
        return tenant.update(EMPLOYEE)
                        .set(EMPLOYEE.STATUS, status.name())
                        .set(EMPLOYEE.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(EMPLOYEE.NIP.eq(nip).and(EMPLOYEE.STATUS.ne(status.name())))
                        .execute()
                == 1;
    }

    void updateAll(DSLContext tenant, Collection<EmployeeValues> rows) {
        if (rows.isEmpty()) {
            return;
        }
        tenant.batch(rows.stream()
                        .map(v -> tenant.update(EMPLOYEE)
                                .set(EMPLOYEE.NAME, v.name())
                                .set(EMPLOYEE.FRONT_TITLE, v.frontTitle())
                                .set(EMPLOYEE.BACK_TITLE, v.backTitle())
                                .set(EMPLOYEE.GOLONGAN, v.golongan())
                                .set(EMPLOYEE.GOLONGAN_TMT, v.golonganTmt())
                                .set(EMPLOYEE.JABATAN_ID, v.positionId())
                                .set(EMPLOYEE.UNIT_ID, v.unitId())
                                .set(EMPLOYEE.STATUS, v.status().name())
                                .set(EMPLOYEE.RETIREMENT_DATE, v.retirementDate())
                                .set(EMPLOYEE.EMPLOYEE_TYPE, v.employeeType().name())
                                .set(EMPLOYEE.AGREEMENT_END, v.agreementEnd())
                                .set(EMPLOYEE.UPDATED_AT, DSL.currentOffsetDateTime())
                                .where(EMPLOYEE.NIP.eq(v.nip())))
                        .toList())
                .execute();
    }
}
