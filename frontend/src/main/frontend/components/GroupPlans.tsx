import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useAuth } from 'Frontend/auth/auth';
import { PoolBrowserService } from 'Frontend/generated/endpoints';
import type GroupPlan from 'Frontend/generated/id/meritasn/development/DevelopmentRecords/GroupPlan';
import { Problem, showProblem } from 'Frontend/components/problems';

const VERDICTS = ['ENDORSED', 'REVISE'];

/**
 * The succession group's development plans: each member of the newest pool with this year's plan and the committee's
 * newest word on it; a committee member endorses an agreed plan or asks for a revision, always with a note.
 */
export default function GroupPlans() {
  const { hasAccess } = useAuth();
  const committee = hasAccess({ rolesAllowed: ['TALENT_COMMITTEE'] });
  const plans = useSignal<GroupPlan[]>([]);
  const verdicts = useSignal<Record<string, string>>({});
  const notes = useSignal<Record<string, string>>({});
  const problem = useSignal<{ nip: string; text: string } | undefined>(undefined);
  const failed = useSignal<string | undefined>(undefined);

  const load = async () => {
    plans.value = (await PoolBrowserService.groupPlans()).filter((p) => !!p) as GroupPlan[];
  };
  useEffect(() => {
    load().catch(showProblem(failed));
  }, []);
  const verdictLabel = (v?: string) =>
    v === 'ENDORSED' ? translate(key`groupPlans.endorsed`) : v === 'REVISE' ? translate(key`groupPlans.revise`) : '';
  const review = async (nip: string) => {
    const result = await PoolBrowserService.reviewPlan(nip, verdicts.value[nip] ?? 'ENDORSED', notes.value[nip] ?? '');
    problem.value = result.problem ? { nip, text: result.problem } : undefined;
    if (!result.problem) {
      notes.value = { ...notes.value, [nip]: '' };
      await load();
    }
  };

  return (
    <section className="flex flex-col gap-s" aria-labelledby="group-plans-heading">
      <h3 className="m-0" id="group-plans-heading">
        {translate(key`groupPlans.heading`)}
      </h3>
      <p className="m-0 text-s">{translate(key`groupPlans.help`)}</p>
      <Problem id="group-plans-problem" text={failed.value} />
      <table id="group-plans">
        <thead>
          <tr>
            <th scope="col">{translate(key`pool.name`)}</th>
            <th scope="col">{translate(key`talent.box`)}</th>
            <th scope="col">{translate(key`groupPlans.plan`)}</th>
            <th scope="col">{translate(key`groupPlans.review`)}</th>
            {committee ? <th scope="col">{translate(key`groupPlans.act`)}</th> : null}
          </tr>
        </thead>
        <tbody>
          {plans.value.map((p) => {
            const nip = p.nip ?? '';
            return (
              <tr
                key={nip}
                className="group-plan"
                data-nip={p.nip}
                data-status={p.planStatus ?? 'NONE'}
                data-to-review={p.toReview}
                data-verdict={p.review?.verdict ?? ''}
              >
                <td>
                  {p.name}
                  <br />
                  <small>{p.nip}</small>
                </td>
                <td>{p.box}</td>
                <td>
                  {p.planStatus === 'AGREED'
                    ? translate(key`groupPlans.agreed`, {
                        done: p.actionsDone,
                        actions: p.actions,
                        hours: p.plannedHours,
                      })
                    : p.planStatus === 'PROPOSED'
                      ? translate(key`groupPlans.proposed`)
                      : translate(key`groupPlans.none`)}
                </td>
                <td>
                  {p.review ? (
                    <>
                      {verdictLabel(p.review.verdict)} · {p.review.reviewedBy} · {p.review.reviewedAt?.substring(0, 10)}
                      {p.review.current ? '' : ` (${translate(key`groupPlans.before`)})`}
                      <br />
                      <small>{p.review.note}</small>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                {committee ? (
                  <td>
                    {p.planStatus === 'AGREED' ? (
                      <span className="flex gap-xs items-end flex-wrap">
                        <Select
                          className="group-plan-verdict"
                          aria-label={`${translate(key`groupPlans.verdict`)} ${p.name}`}
                          value={verdicts.value[nip] ?? 'ENDORSED'}
                          items={VERDICTS.map((v) => ({ label: verdictLabel(v), value: v }))}
                          onValueChanged={(e) => (verdicts.value = { ...verdicts.value, [nip]: e.detail.value })}
                        />
                        <TextField
                          className="group-plan-note"
                          aria-label={`${translate(key`groupPlans.note`)} ${p.name}`}
                          placeholder={translate(key`groupPlans.note`)}
                          value={notes.value[nip] ?? ''}
                          onValueChanged={(e) => (notes.value = { ...notes.value, [nip]: e.detail.value })}
                        />
                        <Button theme="small primary" className="group-plan-review" onClick={() => review(nip)}>
                          {translate(key`groupPlans.submit`)}
                        </Button>
                      </span>
                    ) : null}
                    <Problem
                      as="span"
                      className="group-plan-problem"
                      text={problem.value?.nip === nip ? problem.value.text : undefined}
                    />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
