import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { FeedbackBrowserService } from 'Frontend/generated/endpoints';
import type PeriodTasks from 'Frontend/generated/id/meritasn/assessment/FeedbackService/PeriodTasks';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`feedback.menu`,
  rolesAllowed: ['EMPLOYEE', 'TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 3.2, icon: 'vaadin:comments-o', title: key`feedback.menu` },
};

const GROUPS = {
  SUPERIOR: key`feedback.group.SUPERIOR`,
  PEER: key`feedback.group.PEER`,
  SUBORDINATE: key`feedback.group.SUBORDINATE`,
} as const;
const SCORES = [1, 2, 3, 4, 5].map((s) => ({ label: String(s), value: String(s) }));

/**
 * The colleagues the organisation asks the signed-in person to rate in the 360, with the group they answer in; an
 * answer can be changed while the period is open (the second replaces the first). Nobody chooses whom to rate.
 */
export default function MyFeedbackTasksView() {
  const periods = useSignal<(PeriodTasks | undefined)[] | undefined>(undefined);
  const chosen = useSignal<Record<string, string>>({});
  const status = useSignal<Record<string, string>>({});
  const problem = useSignal<string | undefined>(undefined);
  const load = () =>
    FeedbackBrowserService.myTasks()
      .then((list) => (periods.value = list))
      .catch(showProblem(problem));
  useEffect(() => {
    load();
  }, []);

  const rate = async (periodId: number, nip: string) => {
    const id = `${periodId}/${nip}`;
    const refused = await FeedbackBrowserService.rate(periodId, nip, Number(chosen.value[id]));
    status.value = { ...status.value, [id]: refused ? (refused.message ?? '') : translate(key`feedback.saved`) };
    if (!refused) load();
  };

  if (periods.value === undefined)
    return problem.value ? (
      <Problem className="p-l" text={problem.value} />
    ) : (
      <p className="p-l">{translate(key`agencies.loading`)}</p>
    );
  return (
    <section className="p-l flex flex-col gap-m" id="feedback-tasks">
      <h2 className="m-0">{translate(key`feedback.heading`)}</h2>
      <p className="m-0 text-s">{translate(key`feedback.help`)}</p>
      <Problem text={problem.value} />
      {periods.value.length === 0 ? <p id="feedback-none">{translate(key`feedback.none`)}</p> : null}
      {periods.value.map((p) => (
        <div key={p?.periodId} className="flex flex-col gap-s">
          <h3 className="m-0">{p?.periodName}</h3>
          <table className="feedback-table">
            <thead>
              <tr>
                <th scope="col">{translate(key`feedback.colleague`)}</th>
                <th scope="col">{translate(key`feedback.asGroup`)}</th>
                <th scope="col">{translate(key`feedback.score`)}</th>
                <th scope="col">{translate(key`feedback.save`)}</th>
              </tr>
            </thead>
            <tbody>
              {(p?.tasks ?? []).map((t) => {
                const id = `${p?.periodId}/${t?.nip}`;
                return (
                  <tr key={id} id={`task-${t?.nip}`}>
                    <td>
                      {t?.name} <code className="text-s">{t?.nip}</code>
                    </td>
                    <td>{t?.group ? translate(GROUPS[t.group]) : ''}</td>
                    <td>
                      <Select
                        aria-label={`${translate(key`feedback.score`)} ${t?.name}`}
                        items={SCORES}
                        value={chosen.value[id] ?? (t?.score ? String(t.score) : '')}
                        onValueChanged={(e) => (chosen.value = { ...chosen.value, [id]: e.detail.value })}
                      />
                    </td>
                    <td>
                      <Button
                        className="task-save"
                        disabled={!chosen.value[id]}
                        onClick={() => rate(p?.periodId ?? 0, t?.nip ?? '')}
                      >
                        {translate(key`feedback.save`)}
                      </Button>
                      {status.value[id] ? (
                        <span role="status" className="text-s">
                          {' '}
                          {status.value[id]}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
