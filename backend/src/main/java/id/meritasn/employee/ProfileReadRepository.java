package id.meritasn.employee;

import static id.meritasn.jooq.t_template.Tables.PROFILE_READ;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ProfileReadRepository {

    void insert(DSLContext tenant, String nip, String reader, List<String> roles, ProfileView view, Instant at) {
        tenant.insertInto(PROFILE_READ)
                .set(PROFILE_READ.NIP, nip)
                .set(PROFILE_READ.READER, reader)
                .set(PROFILE_READ.READER_ROLES, roles.toArray(String[]::new))
                .set(PROFILE_READ.VIEW, view.name())
                .set(PROFILE_READ.PURPOSE, view.purpose())
                .set(PROFILE_READ.READ_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Newest first; {@code nip} and {@code reader} narrow when given. */
    List<ProfileReads.ProfileRead> find(DSLContext tenant, @Nullable String nip, @Nullable String reader, int limit) {
        Condition where = DSL.noCondition();
        if (nip != null) {
            where = where.and(PROFILE_READ.NIP.eq(nip));
        }
        if (reader != null) {
            where = where.and(PROFILE_READ.READER.eq(reader));
        }
        return tenant.selectFrom(PROFILE_READ)
                .where(where)
                .orderBy(PROFILE_READ.READ_AT.desc(), PROFILE_READ.ID.desc())
                .limit(limit)
                .fetch(r -> new ProfileReads.ProfileRead(
                        r.getReadAt().toInstant(),
                        r.getReader(),
                        List.of(r.getReaderRoles()),
                        r.getNip(),
                        ProfileView.valueOf(r.getView()),
                        r.getPurpose()));
    }
}
