package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.COMMITTEE_MEMBER;
import static id.meritasn.jooq.t_template.Tables.COMMITTEE_SESSION;
import static id.meritasn.jooq.t_template.Tables.CONFLICT_DECLARATION;

import id.meritasn.succession.SuccessionRecords.CommitteeMember;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import id.meritasn.succession.SuccessionRecords.ConflictDeclaration;
import id.meritasn.succession.SuccessionRecords.MemberRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Talent committee sessions with their members, conflict declarations and minutes. */
@Repository
class CommitteeRepository {

    long create(
            DSLContext tenant,
            String title,
            LocalDate heldOn,
            int quorum,
            List<CommitteeMember> members,
            String actor) {
        long id = tenant.insertInto(COMMITTEE_SESSION)
                .set(COMMITTEE_SESSION.TITLE, title)
                .set(COMMITTEE_SESSION.HELD_ON, heldOn)
                .set(COMMITTEE_SESSION.QUORUM, (short) quorum)
                .set(COMMITTEE_SESSION.CREATED_BY, actor)
                .returning(COMMITTEE_SESSION.ID)
                .fetchOptional(COMMITTEE_SESSION.ID)
                .orElseThrow();
        for (CommitteeMember m : members) {
            tenant.insertInto(COMMITTEE_MEMBER)
                    .set(COMMITTEE_MEMBER.SESSION_ID, id)
                    .set(COMMITTEE_MEMBER.USERNAME, m.username())
                    .set(COMMITTEE_MEMBER.NAME, m.name())
                    .set(COMMITTEE_MEMBER.ROLE, m.role().name())
                    .set(COMMITTEE_MEMBER.PRESENT, m.present())
                    .execute();
        }
        return id;
    }

    /** Whether the declaration is new (a repeated one changes nothing). */
    boolean declareConflict(DSLContext tenant, long sessionId, String username, String nip, String reason) {
        return tenant.insertInto(CONFLICT_DECLARATION)
                        .set(CONFLICT_DECLARATION.SESSION_ID, sessionId)
                        .set(CONFLICT_DECLARATION.USERNAME, username)
                        .set(CONFLICT_DECLARATION.NIP, nip)
                        .set(CONFLICT_DECLARATION.REASON, reason)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** Every conflict of interest declared in any session of the agency: username to the NIPs it concerns. */
    Map<String, java.util.Set<String>> conflictsByMember(DSLContext tenant) {
        Map<String, java.util.Set<String>> conflicts = new HashMap<>();
        tenant.select(CONFLICT_DECLARATION.USERNAME, CONFLICT_DECLARATION.NIP)
                .from(CONFLICT_DECLARATION)
                .forEach(r -> conflicts
                        .computeIfAbsent(r.value1(), k -> new java.util.HashSet<>())
                        .add(r.value2()));
        return conflicts;
    }

    void recordMinutes(DSLContext tenant, long sessionId, String minutes) {
        tenant.update(COMMITTEE_SESSION)
                .set(COMMITTEE_SESSION.MINUTES, minutes)
                .where(COMMITTEE_SESSION.ID.eq(sessionId))
                .execute();
    }

    /** False when the session was closed already. */
    boolean close(DSLContext tenant, long sessionId, String actor) {
        return tenant.update(COMMITTEE_SESSION)
                        .set(COMMITTEE_SESSION.CLOSED_AT, DSL.currentOffsetDateTime())
                        .set(COMMITTEE_SESSION.CLOSED_BY, actor)
                        .where(COMMITTEE_SESSION.ID.eq(sessionId))
                        .and(COMMITTEE_SESSION.CLOSED_AT.isNull())
                        .execute()
                == 1;
    }

    Optional<CommitteeSession> session(DSLContext tenant, long id) {
        return sessions(tenant, id).stream().findFirst();
    }

    /** Sessions newest first (or only the one with this id), with members and conflicts: three queries. */
    List<CommitteeSession> sessions(DSLContext tenant, @Nullable Long id) {
        var rows = tenant.selectFrom(COMMITTEE_SESSION)
                .where(id == null ? DSL.noCondition() : COMMITTEE_SESSION.ID.eq(id))
                .orderBy(COMMITTEE_SESSION.HELD_ON.desc(), COMMITTEE_SESSION.ID.desc())
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.map(r -> r.getId());
        Map<Long, List<CommitteeMember>> members = new HashMap<>();
        tenant.selectFrom(COMMITTEE_MEMBER)
                .where(COMMITTEE_MEMBER.SESSION_ID.in(ids))
                .orderBy(COMMITTEE_MEMBER.ROLE, COMMITTEE_MEMBER.USERNAME)
                .forEach(m -> members.computeIfAbsent(m.getSessionId(), k -> new ArrayList<>())
                        .add(new CommitteeMember(
                                m.getUsername(), m.getName(), MemberRole.valueOf(m.getRole()), m.getPresent())));
        Map<Long, List<ConflictDeclaration>> conflicts = new HashMap<>();
        tenant.selectFrom(CONFLICT_DECLARATION)
                .where(CONFLICT_DECLARATION.SESSION_ID.in(ids))
                .orderBy(CONFLICT_DECLARATION.DECLARED_AT)
                .forEach(c -> conflicts
                        .computeIfAbsent(c.getSessionId(), k -> new ArrayList<>())
                        .add(new ConflictDeclaration(c.getUsername(), c.getNip(), c.getReason(), c.getDeclaredAt())));
        return rows.map(r -> {
            List<CommitteeMember> list = members.getOrDefault(r.getId(), List.of());
            int present = (int) list.stream().filter(CommitteeMember::present).count();
            return new CommitteeSession(
                    r.getId(),
                    r.getTitle(),
                    r.getHeldOn(),
                    r.getQuorum(),
                    present,
                    present >= r.getQuorum(),
                    r.getMinutes(),
                    r.getCreatedBy(),
                    list,
                    conflicts.getOrDefault(r.getId(), List.of()),
                    r.getClosedAt(),
                    r.getClosedBy());
        });
    }
}
