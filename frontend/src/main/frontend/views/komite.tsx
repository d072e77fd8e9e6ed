import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { CommitteeBrowserService } from 'Frontend/generated/endpoints';
import { useAuth } from 'Frontend/auth/auth';
import type CommitteeSession from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/CommitteeSession';
import type SessionOutcome from 'Frontend/generated/id/meritasn/ui/CommitteeBrowserService/SessionOutcome';
import { items } from 'Frontend/components/successionLabels';
import MemberRole from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/MemberRole';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`committee.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 5.1, icon: 'vaadin:group', title: key`committee.menu` },
};

type MemberRow = { username: string; name: string; role: MemberRole; present: boolean };
const ROLES = [MemberRole.CHAIR, MemberRole.SECRETARY, MemberRole.MEMBER];
const ROLE_LABELS: Record<string, ReturnType<typeof key>> = {
  CHAIR: key`committee.role.CHAIR`,
  SECRETARY: key`committee.role.SECRETARY`,
  MEMBER: key`committee.role.MEMBER`,
};

/**
 * Talent committee sessions: members with their roles and attendance, the quorum, conflict-of-interest declarations
 * (a member who declares one cannot act on that candidate) and the minutes. Committee members edit; others read.
 */
export default function CommitteeView() {
  const { state, hasAccess } = useAuth();
  const member = hasAccess({ rolesAllowed: ['TALENT_COMMITTEE'] });
  const sessions = useSignal<CommitteeSession[]>([]);
  const problems = useSignal<string[]>([]);
  const title = useSignal('');
  const heldOn = useSignal(new Date().toISOString().substring(0, 10));
  const quorum = useSignal('');
  const members = useSignal<MemberRow[]>([
    { username: state.user?.username ?? '', name: state.user?.fullName ?? '', role: MemberRole.CHAIR, present: true },
  ]);
  const conflictNip = useSignal<Record<number, string>>({});
  const conflictReason = useSignal<Record<number, string>>({});
  const minutes = useSignal<Record<number, string>>({});

  const load = async () => (sessions.value = await CommitteeBrowserService.sessions());
  useEffect(() => {
    load();
  }, []);
  const apply = async (step: Promise<SessionOutcome>) => {
    const result = await step;
    problems.value = result.problems;
    if (result.session) await load();
    return !!result.session;
  };
  const setMember = (i: number, change: Partial<MemberRow>) =>
    (members.value = members.value.map((m, j) => (j === i ? { ...m, ...change } : m)));

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`committee.heading`)}</h2>
      {problems.value.length > 0 ? (
        <Problem as="div" id="committee-problems">
          <ul>
            {problems.value.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Problem>
      ) : null}
      {member ? (
        <div className="flex flex-col gap-s" id="session-form">
          <h3 className="m-0">{translate(key`committee.new`)}</h3>
          <div className="flex gap-s flex-wrap">
            <TextField
              id="session-title"
              label={translate(key`committee.title`)}
              value={title.value}
              required
              onValueChanged={(e) => (title.value = e.detail.value)}
              className="field-l"
            />
            <DatePicker
              id="session-date"
              label={translate(key`committee.heldOn`)}
              value={heldOn.value}
              onValueChanged={(e) => (heldOn.value = e.detail.value)}
            />
            <IntegerField
              id="session-quorum"
              label={translate(key`committee.quorum`)}
              value={quorum.value}
              min={1}
              helperText={translate(key`committee.quorumHelp`)}
              onValueChanged={(e) => (quorum.value = e.detail.value)}
            />
          </div>
          {members.value.map((m, i) => (
            <div className="flex gap-s items-end" key={i}>
              <TextField
                id={`member-username-${i}`}
                label={translate(key`committee.username`)}
                value={m.username}
                onValueChanged={(e) => setMember(i, { username: e.detail.value })}
              />
              <TextField
                id={`member-name-${i}`}
                label={translate(key`committee.name`)}
                value={m.name}
                onValueChanged={(e) => setMember(i, { name: e.detail.value })}
              />
              <Select
                id={`member-role-${i}`}
                label={translate(key`committee.role`)}
                value={m.role}
                items={ROLES.map((r) => ({ label: translate(ROLE_LABELS[r]!), value: r }))}
                onValueChanged={(e) => setMember(i, { role: e.detail.value as MemberRole })}
              />
              <Checkbox
                id={`member-present-${i}`}
                label={translate(key`committee.present`)}
                checked={m.present}
                onCheckedChanged={(e) => setMember(i, { present: e.detail.value })}
              />
            </div>
          ))}
          <div className="flex gap-s">
            <Button
              id="member-add"
              onClick={() =>
                (members.value = [...members.value, { username: '', name: '', role: MemberRole.MEMBER, present: true }])
              }
            >
              {translate(key`committee.addMember`)}
            </Button>
            <Button
              theme="primary"
              id="session-create"
              disabled={!title.value.trim()}
              onClick={async () => {
                if (
                  await apply(
                    CommitteeBrowserService.create(
                      title.value,
                      heldOn.value,
                      quorum.value ? Number(quorum.value) : undefined,
                      members.value.filter((m) => m.username.trim()),
                    ),
                  )
                ) {
                  title.value = '';
                }
              }}
            >
              {translate(key`committee.create`)}
            </Button>
          </div>
        </div>
      ) : null}
      {sessions.value.length === 0 ? <p className="m-0">{translate(key`committee.none`)}</p> : null}
      {sessions.value.map((s) => (
        <article key={s.id} className="flex flex-col gap-s panel" id={`session-${s.id}`}>
          <h3 className="m-0">
            {s.title} · {s.heldOn}
          </h3>
          <DownloadButtons
            sessionId={s.id}
            idSuffix={String(s.id)}
            downloads={[{ kind: 'COMMITTEE_MINUTES', format: 'PDF' }]}
          />
          <p className="m-0" data-quorum-met={s.quorumMet}>
            {translate(key`committee.attendance`, { present: s.present, quorum: s.quorum })}
            {s.quorumMet ? '' : ` · ${translate(key`committee.noQuorum`)}`}
          </p>
          <ul className="m-0">
            {items(s.members).map((m) => (
              <li key={m.username}>
                {m.name} ({m.username}) · {translate(ROLE_LABELS[m.role ?? 'MEMBER'] ?? key`committee.role.MEMBER`)}
                {m.present ? '' : ` · ${translate(key`committee.absent`)}`}
              </li>
            ))}
          </ul>
          {items(s.conflicts).length > 0 ? (
            <div>
              <strong>{translate(key`committee.conflicts`)}</strong>
              <ul className="m-0">
                {items(s.conflicts).map((c) => (
                  <li key={`${c.username}-${c.nip}`}>
                    {c.username} · NIP {c.nip} · {c.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {s.closedAt ? (
            <p className="m-0" id={`session-closed-${s.id}`}>
              {translate(key`committee.closed`, {
                by: s.closedBy ?? '',
                at: s.closedAt.substring(0, 16).replace('T', ' '),
              })}
            </p>
          ) : null}
          {s.minutes ? (
            <div>
              <strong>{translate(key`committee.minutes`)}</strong>
              <p className="m-0 whitespace-pre-wrap">{s.minutes}</p>
            </div>
          ) : null}
          {member ? (
            <div className="flex gap-s items-end flex-wrap">
              <TextField
                id={`conflict-nip-${s.id}`}
                label={translate(key`committee.conflictNip`)}
                value={conflictNip.value[s.id] ?? ''}
                onValueChanged={(e) => (conflictNip.value = { ...conflictNip.value, [s.id]: e.detail.value })}
              />
              <TextField
                id={`conflict-reason-${s.id}`}
                label={translate(key`committee.conflictReason`)}
                value={conflictReason.value[s.id] ?? ''}
                onValueChanged={(e) => (conflictReason.value = { ...conflictReason.value, [s.id]: e.detail.value })}
                className="field-m"
              />
              <Button
                id={`conflict-declare-${s.id}`}
                disabled={!(conflictNip.value[s.id] ?? '').trim() || !(conflictReason.value[s.id] ?? '').trim()}
                onClick={() =>
                  apply(
                    CommitteeBrowserService.declareConflict(
                      s.id,
                      conflictNip.value[s.id] ?? '',
                      conflictReason.value[s.id] ?? '',
                    ),
                  )
                }
              >
                {translate(key`committee.declare`)}
              </Button>
              <TextArea
                id={`minutes-${s.id}`}
                label={translate(key`committee.minutes`)}
                value={minutes.value[s.id] ?? s.minutes ?? ''}
                onValueChanged={(e) => (minutes.value = { ...minutes.value, [s.id]: e.detail.value })}
                className="field-xl"
              />
              <Button
                id={`minutes-save-${s.id}`}
                disabled={!(minutes.value[s.id] ?? '').trim()}
                onClick={() => apply(CommitteeBrowserService.recordMinutes(s.id, minutes.value[s.id] ?? ''))}
              >
                {translate(key`committee.saveMinutes`)}
              </Button>
              {!s.closedAt ? (
                <Button id={`session-close-${s.id}`} onClick={() => apply(CommitteeBrowserService.close(s.id))}>
                  {translate(key`committee.close`)}
                </Button>
              ) : null}
            </div>
          ) : null}
        </article>
      ))}
    </section>
  );
}
