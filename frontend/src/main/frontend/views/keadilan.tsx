import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FairnessBrowserService, TalentBrowserService } from 'Frontend/generated/endpoints';
import type Report from 'Frontend/generated/id/meritasn/succession/FairnessMonitor/Report';
import type Group from 'Frontend/generated/id/meritasn/succession/Fairness/Group';

export const config: ViewConfig = {
  title: key`fairness.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 4.8, icon: 'vaadin:scale-unbalance', title: key`fairness.menu` },
};

const DIMENSIONS = {
  GENDER: key`fairness.dimension.GENDER`,
  AGE_BAND: key`fairness.dimension.AGE_BAND`,
  UNIT: key`fairness.dimension.UNIT`,
  RANK: key`fairness.dimension.RANK`,
};
const STAGES: Record<string, ReturnType<typeof key>> = {
  POOL: key`fairness.stage.POOL`,
  SLATE: key`fairness.stage.SLATE`,
  APPOINTED: key`fairness.stage.APPOINTED`,
};

/**
 * The fairness monitor: per group (gender and age band from the NIP, unit, rank) the share that reached the pool, a
 * slate and an appointment, against the agency's whole; a group under four fifths of the best group's rate is
 * flagged, a group under ten people is not shown. The committee reads it before closing calibration.
 */
export default function FairnessView() {
  const periods = useSignal<{ label: string; value: string }[]>([]);
  const periodId = useSignal('');
  const dimension = useSignal('GENDER');
  const report = useSignal<Report | undefined>(undefined);

  useEffect(() => {
    TalentBrowserService.periods().then((list) => {
      periods.value = list.map((p) => ({ label: `${p?.name} (${p?.status})`, value: String(p?.id) }));
      if (list.length > 0) periodId.value = String(list[0]?.id);
    });
  }, []);
  useEffect(() => {
    if (periodId.value) FairnessBrowserService.report(Number(periodId.value)).then((r) => (report.value = r));
  }, [periodId.value]);

  const groups = (report.value?.groups ?? []).filter((g): g is Group => !!g && g.dimension === dimension.value);
  const whole = (report.value?.groups ?? []).find((g) => g?.dimension === 'AGENCY');
  const chart = groups
    .filter((g) => !g.suppressed)
    .map((g) => ({ group: g.group, pool: g.poolRate ?? 0, slate: g.slateRate ?? 0, appointed: g.appointedRate ?? 0 }));

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`fairness.heading`)}</h2>
      <p className="m-0">{translate(key`fairness.help`)}</p>
      <div className="flex gap-m items-end">
        <Select
          label={translate(key`talentmap.period`)}
          items={periods.value}
          value={periodId.value}
          onValueChanged={(e) => (periodId.value = e.detail.value)}
        />
        <Select
          id="fairness-dimension"
          label={translate(key`calibration.dimension`)}
          value={dimension.value}
          items={Object.entries(DIMENSIONS).map(([d, label]) => ({ label: translate(label), value: d }))}
          onValueChanged={(e) => (dimension.value = e.detail.value)}
        />
      </div>
      {whole && !whole.suppressed ? (
        <p className="m-0" id="fairness-whole">
          {translate(key`fairness.whole`, { population: whole.population ?? 0, pool: whole.poolRate ?? 0 })}
        </p>
      ) : null}
      <div className="chart" id="fairness-chart">
        <ResponsiveContainer>
          <BarChart data={chart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="group" />
            <YAxis unit="%" />
            <Tooltip />
            <Legend />
            <Bar dataKey="pool" name={translate(key`fairness.pool`)} fill="#1676f3" />
            <Bar dataKey="slate" name={translate(key`fairness.slate`)} fill="#7ab648" />
            <Bar dataKey="appointed" name={translate(key`fairness.appointed`)} fill="#f0a30a" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Grid id="fairness-groups" items={groups} allRowsVisible>
        <GridColumn path="group" header={translate(key`calibration.group`)} autoWidth />
        <GridColumn header={translate(key`talentmap.mapped`)} autoWidth>
          {({ item }: { item: Group }) => (item.suppressed ? translate(key`fairness.suppressed`) : item.population)}
        </GridColumn>
        <GridColumn header={translate(key`fairness.pool`)} autoWidth>
          {({ item }: { item: Group }) => (item.suppressed ? '—' : `${item.pool} (${item.poolRate}%)`)}
        </GridColumn>
        <GridColumn header={translate(key`fairness.slate`)} autoWidth>
          {({ item }: { item: Group }) => (item.suppressed ? '—' : `${item.slate} (${item.slateRate}%)`)}
        </GridColumn>
        <GridColumn header={translate(key`fairness.appointed`)} autoWidth>
          {({ item }: { item: Group }) => (item.suppressed ? '—' : `${item.appointed} (${item.appointedRate}%)`)}
        </GridColumn>
        <GridColumn header={translate(key`fairness.flags`)} autoWidth>
          {({ item }: { item: Group }) =>
            (item.flags ?? []).length > 0 ? (
              <strong className="fairness-flag">
                ⚑ {(item.flags ?? []).map((f) => (STAGES[f ?? ''] ? translate(STAGES[f ?? '']) : f)).join(', ')}
              </strong>
            ) : (
              ''
            )
          }
        </GridColumn>
      </Grid>
    </section>
  );
}
