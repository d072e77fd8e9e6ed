import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { PoolBrowserService } from 'Frontend/generated/endpoints';
import type PoolReview from 'Frontend/generated/id/meritasn/development/PoolRecords/PoolReview';
import type Mentoring from 'Frontend/generated/id/meritasn/development/PoolRecords/Mentoring';
import { serverText } from 'Frontend/components/serverTexts';
import GroupPlans from 'Frontend/components/GroupPlans';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`pool.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 5.6, icon: 'vaadin:users', title: key`pool.menu` },
};

const today = () => new Date().toISOString().substring(0, 10);

/**
 * The talent pool over time for the committee: its members and flags (retirement, expiring evidence, risk of loss),
 * positions with nobody ready now, who entered and left and why, the reviews held (and recording one), the group's
 * development plans with the committee's review of each, and mentoring of pool members by senior officials.
 */
export default function TalentPoolView() {
  const review = useSignal<PoolReview | undefined>(undefined);
  const mentorings = useSignal<Mentoring[]>([]);
  const problem = useSignal<string | undefined>(undefined);
  const heldOn = useSignal(today());
  const outcome = useSignal('');
  const pair = useSignal({ mentee: '', mentor: '', goal: '', start: today() });
  const notes = useSignal<Record<string, string>>({});

  const load = async () => {
    review.value = await PoolBrowserService.review();
    mentorings.value = (await PoolBrowserService.mentorings().catch(showProblem(problem, []))).filter(
      (m) => !!m,
    ) as Mentoring[];
  };
  useEffect(() => {
    load().catch(showProblem(problem));
  }, []);
  const after = async (result: { problem?: string }) => {
    problem.value = result.problem;
    if (!result.problem) await load();
  };

  const r = review.value;
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`pool.heading`)}</h2>
      <Problem id="pool-problem" text={problem.value} />
      {r ? (
        <>
          <p className="m-0" id="pool-summary" data-members={r.members}>
            {translate(key`pool.summary`, { period: r.period ?? '—', members: r.members ?? 0 })}
          </p>
          <h3 className="m-0">{translate(key`pool.flags`)}</h3>
          {(r.flags ?? []).length === 0 ? (
            <p className="m-0">{translate(key`pool.noFlags`)}</p>
          ) : (
            <table id="pool-flags">
              <thead>
                <tr>
                  <th scope="col">{translate(key`pool.kind`)}</th>
                  <th scope="col">NIP</th>
                  <th scope="col">{translate(key`pool.name`)}</th>
                  <th scope="col">{translate(key`pool.detail`)}</th>
                </tr>
              </thead>
              <tbody>
                {(r.flags ?? []).map(
                  (f, i) =>
                    f && (
                      <tr key={i} data-kind={f.kind} data-nip={f.nip}>
                        <td>{f.kind}</td>
                        <td>{f.nip}</td>
                        <td>{f.name}</td>
                        <td>{serverText(f.detail)}</td>
                      </tr>
                    ),
                )}
              </tbody>
            </table>
          )}
          <h3 className="m-0">{translate(key`pool.unready`)}</h3>
          <ul id="pool-unready" className="m-0">
            {(r.withoutReadySuccessor ?? []).map(
              (p) =>
                p && (
                  <li key={p.code}>
                    {p.code} · {p.name} · {translate(key`pool.successors`, { count: p.successors ?? 0 })}
                  </li>
                ),
            )}
          </ul>
          <h3 className="m-0">{translate(key`pool.movements`)}</h3>
          {(r.movements ?? []).map(
            (m, i) =>
              m && (
                <div key={i} className="pool-movement">
                  <p className="m-0">
                    {m.fromPeriod} → {m.toPeriod}:{' '}
                    {translate(key`pool.moved`, {
                      entered: m.entered?.length ?? 0,
                      stayed: m.stayed?.length ?? 0,
                      left: m.left?.length ?? 0,
                    })}
                  </p>
                  <ul className="m-0">
                    {(m.left ?? []).map(
                      (l) =>
                        l && (
                          <li key={l.nip}>
                            {l.name} ({l.nip}): {serverText(l.reason)}
                          </li>
                        ),
                    )}
                  </ul>
                </div>
              ),
          )}
          <h3 className="m-0">{translate(key`pool.reviews`)}</h3>
          <ul id="pool-reviews" className="m-0">
            {(r.reviews ?? []).map(
              (v) =>
                v && (
                  <li key={v.id}>
                    {v.heldOn} · {v.period} · {v.reviewedBy}: {v.outcome}
                  </li>
                ),
            )}
          </ul>
          <div className="flex gap-s items-end flex-wrap">
            <DatePicker
              id="pool-review-date"
              label={translate(key`pool.heldOn`)}
              value={heldOn.value}
              onValueChanged={(e) => (heldOn.value = e.detail.value)}
            />
            <TextArea
              id="pool-review-outcome"
              label={translate(key`pool.outcome`)}
              value={outcome.value}
              className="field-min-xl"
              onValueChanged={(e) => (outcome.value = e.detail.value)}
            />
            <Button
              theme="primary"
              id="pool-review-record"
              onClick={async () => after(await PoolBrowserService.record(heldOn.value, outcome.value))}
            >
              {translate(key`pool.record`)}
            </Button>
          </div>
        </>
      ) : null}
      {r ? <GroupPlans /> : null}
      <h3 className="m-0">{translate(key`pool.mentoring`)}</h3>
      <ul id="pool-mentorings" className="m-0">
        {mentorings.value.map((m) => (
          <li key={m.id} data-mentee={m.menteeNip}>
            {m.menteeName} ← {m.mentorName} · {m.goal} · {m.startedOn}
            {m.endedOn ? ` – ${m.endedOn}` : ''} · {translate(key`pool.meetings`, { count: m.meetings?.length ?? 0 })}
            {!m.endedOn ? (
              <span className="flex gap-xs items-end">
                <TextField
                  label={translate(key`pool.notes`)}
                  value={notes.value[String(m.id)] ?? ''}
                  onValueChanged={(e) => (notes.value = { ...notes.value, [String(m.id)]: e.detail.value })}
                />
                <Button
                  theme="small"
                  onClick={async () =>
                    after(await PoolBrowserService.meeting(m.id!, today(), notes.value[String(m.id)] ?? ''))
                  }
                >
                  {translate(key`pool.addMeeting`)}
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="flex gap-s items-end flex-wrap">
        <TextField
          id="pool-mentee"
          label={translate(key`pool.mentee`)}
          value={pair.value.mentee}
          onValueChanged={(e) => (pair.value = { ...pair.value, mentee: e.detail.value })}
        />
        <TextField
          id="pool-mentor"
          label={translate(key`pool.mentor`)}
          value={pair.value.mentor}
          onValueChanged={(e) => (pair.value = { ...pair.value, mentor: e.detail.value })}
        />
        <TextField
          id="pool-goal"
          label={translate(key`pool.goal`)}
          value={pair.value.goal}
          onValueChanged={(e) => (pair.value = { ...pair.value, goal: e.detail.value })}
        />
        <DatePicker
          id="pool-start"
          label={translate(key`pool.start`)}
          value={pair.value.start}
          onValueChanged={(e) => (pair.value = { ...pair.value, start: e.detail.value })}
        />
        <Button
          id="pool-pair"
          onClick={async () =>
            after(
              await PoolBrowserService.pair(pair.value.mentee, pair.value.mentor, pair.value.goal, pair.value.start),
            )
          }
        >
          {translate(key`pool.pair`)}
        </Button>
      </div>
    </section>
  );
}
