import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Select } from '@vaadin/react-components/Select.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { TalentBrowserService } from 'Frontend/generated/endpoints';
import type Card from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Card';
import TalentCard from 'Frontend/components/TalentCard';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`mine.menu`,
  rolesAllowed: ['EMPLOYEE'],
  menu: { order: 3, icon: 'vaadin:user-card', title: key`mine.menu` },
};

/** An employee's own published result: box, scores and explanation; never anyone else's. */
export default function MyResultView() {
  const card = useSignal<Card | null | undefined>(undefined);
  const periodId = useSignal('');
  const periods = useSignal<{ label: string; value: string }[]>([]);
  const error = useSignal<string | undefined>(undefined);
  useEffect(() => {
    TalentBrowserService.publishedPeriods()
      .catch(showProblem(error, []))
      .then((list) => {
        periods.value = list.map((p) => ({ label: p?.name ?? '', value: String(p?.id) }));
        // the newest published period at once: that is what an employee comes for
        if (list.length > 0) periodId.value = String(list[0]?.id);
      });
  }, []);
  useEffect(() => {
    if (!periodId.value) return;
    TalentBrowserService.mine(Number(periodId.value))
      .then((c) => (card.value = c ?? null))
      .catch(showProblem(error));
  }, [periodId.value]);
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`mine.heading`)}</h2>
      <Select
        id="mine-period"
        label={translate(key`talentmap.period`)}
        items={periods.value}
        value={periodId.value}
        onValueChanged={(e) => (periodId.value = e.detail.value)}
      />
      <Problem text={error.value} />
      {card.value === null ? <p>{translate(key`mine.notPublished`)}</p> : null}
      {card.value ? (
        <DownloadButtons
          periodId={Number(periodId.value)}
          nip={card.value.nip}
          downloads={[{ kind: 'TALENT_CARD', format: 'PDF' }]}
        />
      ) : null}
      {card.value ? <TalentCard card={card.value} /> : null}
    </section>
  );
}
