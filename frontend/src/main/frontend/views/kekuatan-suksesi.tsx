import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SuccessionBrowserService } from 'Frontend/generated/endpoints';
import type BenchStrength from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/BenchStrength';
import type VacancyForecast from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/VacancyForecast';
import type PositionBench from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/PositionBench';
import type PositionRef from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/PositionRef';
import { items } from 'Frontend/components/successionLabels';
import type LedgerCheck from 'Frontend/generated/id/meritasn/ui/SuccessionBrowserService/LedgerCheck';

export const config: ViewConfig = {
  title: key`bench.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 5.3, icon: 'vaadin:chart', title: key`bench.menu` },
};

function Tile({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div id={id} className="panel tile">
      <div className="text-s">{label}</div>
      <div className="text-2xl font-semibold" data-value={value}>
        {value}
      </div>
    </div>
  );
}

const positionList = (items: PositionRef[], id: string) =>
  items.length === 0 ? (
    <p className="m-0" id={id}>
      —
    </p>
  ) : (
    <ul className="m-0" id={id}>
      {items.map((p) => (
        <li key={p.id}>
          {p.name} ({p.code}){p.critical ? ' ★' : ''}
        </li>
      ))}
    </ul>
  );

/**
 * Bench strength: how many critical positions have a ready-now successor, successors per position, positions with
 * none, incumbents retiring within a year with none; the vacancy forecast for five years; the record's integrity.
 */
export default function BenchStrengthView() {
  const bench = useSignal<BenchStrength | undefined>(undefined);
  const forecast = useSignal<VacancyForecast | undefined>(undefined);
  const ledger = useSignal<LedgerCheck | undefined>(undefined);
  useEffect(() => {
    SuccessionBrowserService.bench().then((b) => (bench.value = b));
    SuccessionBrowserService.forecast(5).then((f) => (forecast.value = f));
  }, []);
  const b = bench.value;
  const years = items(forecast.value?.years).map((y) => ({
    year: String(y.year),
    pensiun: y.retirements,
    mutasi: y.plannedMoves,
  }));
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`bench.heading`)}</h2>
      {b ? (
        <div className="flex gap-m flex-wrap">
          <Tile id="bench-critical" label={translate(key`bench.critical`)} value={String(b.criticalPositions)} />
          <Tile
            id="bench-ready"
            label={translate(key`bench.readyNow`)}
            value={`${b.criticalWithReadyNow} (${b.criticalReadyNowPercent.toFixed(0)}%)`}
          />
          <Tile
            id="bench-per-position"
            label={translate(key`bench.perPosition`)}
            value={b.successorsPerPosition.toFixed(2)}
          />
          <Tile
            id="bench-without"
            label={translate(key`bench.without`)}
            value={String(items(b.withoutSuccessor).length)}
          />
          <Tile
            id="bench-retiring"
            label={translate(key`bench.retiring`)}
            value={String(items(b.retiringWithinYearWithoutSuccessor).length)}
          />
        </div>
      ) : null}
      <h3 className="m-0">
        {translate(key`bench.forecast`)}
        {forecast.value ? ` · ${translate(key`bench.vacantNow`)} ${forecast.value.vacantNow}` : ''}
      </h3>
      <div className="chart chart-forecast" id="forecast-chart">
        <ResponsiveContainer>
          <BarChart data={years}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar
              dataKey="pensiun"
              name={translate(key`bench.retirements`)}
              stackId="v"
              fill="#1676f3"
              isAnimationActive={false}
            />
            <Bar
              dataKey="mutasi"
              name={translate(key`bench.moves`)}
              stackId="v"
              fill="#f39c16"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {b ? (
        <>
          <h3 className="m-0">{translate(key`bench.positions`)}</h3>
          <Grid items={b.positions} allRowsVisible id="bench-grid">
            <GridColumn header={translate(key`succession.position`)} autoWidth>
              {({ item }: { item: PositionBench }) => (
                <span>
                  {item.position?.name} ({item.position?.code}){item.position?.critical ? ' ★' : ''}
                </span>
              )}
            </GridColumn>
            <GridColumn path="successors" header={translate(key`bench.successors`)} autoWidth />
            <GridColumn path="readyNow" header={translate(key`bench.readyNowShort`)} autoWidth />
          </Grid>
          <h3 className="m-0">{translate(key`bench.without`)}</h3>
          {positionList(items(b.withoutSuccessor), 'bench-without-list')}
          <h3 className="m-0">{translate(key`bench.retiring`)}</h3>
          {positionList(items(b.retiringWithinYearWithoutSuccessor), 'bench-retiring-list')}
        </>
      ) : null}
      <div className="flex gap-m items-center">
        <Button id="ledger-verify" onClick={async () => (ledger.value = await SuccessionBrowserService.verifyLedger())}>
          {translate(key`bench.verifyLedger`)}
        </Button>
        {ledger.value ? (
          <span id="ledger-result" data-intact={ledger.value.intact} role={ledger.value.intact ? undefined : 'alert'}>
            {ledger.value.intact
              ? translate(key`bench.ledgerIntact`, { n: ledger.value.entries })
              : translate(key`bench.ledgerBroken`, {
                  id: ledger.value.brokenAtId ?? '?',
                  problem: ledger.value.problem ?? '',
                })}
          </span>
        ) : null}
      </div>
    </section>
  );
}
