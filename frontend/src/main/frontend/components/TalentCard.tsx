import { serverText } from 'Frontend/components/serverTexts';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type Card from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Card';

/**
 * Where the agency validates in tiers: "sementara" (provisional) while an input the result rests on waits for a tier
 * or was sent back, with each such input and the reason; "tervalidasi" once every input passed every tier.
 */
function validationMark(card: Card) {
  const states = (card.validation ?? []).filter((v) => v != null);
  if (states.length === 0) {
    return null;
  }
  const open = states.filter((v) => v.state !== 'VALIDATED');
  if (open.length === 0) {
    return (
      <p className="m-0 validated" id="card-validation" data-state="VALIDATED">
        {translate(key`talent.validated`)}
      </p>
    );
  }
  return (
    <div className="provisional" id="card-validation" data-state="PROVISIONAL" role="status">
      <strong>{translate(key`talent.provisionalCard`)}</strong>
      <ul className="m-0">
        {open.map((v) => (
          <li key={v.kind}>
            {v.kind}:{' '}
            {v.state === 'SENT_BACK'
              ? translate(key`talent.sentBack`, { reason: v.reason ?? '' })
              : translate(key`talent.tiersDone`, { done: v.tiersDone, tiers: v.tiers })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The talent card: six aspects as a radar chart, the scores, the box and its follow-up, and every indicator. */
export default function TalentCard({ card }: { card: Card }) {
  const aspects = (card.aspects ?? []).map((a) => ({ aspect: a?.name ?? '', score: a?.score ?? 0 }));
  return (
    <section className="flex flex-col gap-m" id="talent-card">
      <h2 className="m-0">{card.name}</h2>
      <p className="m-0">
        NIP {card.nip} · {translate(key`talent.performance`)}{' '}
        <strong id="card-performance">{card.performance ?? '—'}</strong> · {translate(key`talent.potential`)}{' '}
        <strong id="card-potential">{card.potential ?? '—'}</strong> · {translate(key`talent.box`)}{' '}
        <strong id="card-box">{card.finalBox ?? '—'}</strong>
        {card.finalBox !== card.box && card.box ? ` (${translate(key`talent.computed`)} ${card.box})` : ''}
      </p>
      {validationMark(card)}
      {(card.missing ?? []).length > 0 ? (
        <div role="alert">
          <strong>{translate(key`talent.notMapped`)}</strong>
          <ul>
            {card.missing?.map((m) => (
              <li key={m.english}>{serverText(m)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="chart chart-card">
        <ResponsiveContainer>
          <RadarChart data={aspects} outerRadius="70%">
            <PolarGrid />
            <PolarAngleAxis dataKey="aspect" />
            <PolarRadiusAxis domain={[0, 100]} />
            <Radar dataKey="score" stroke="#1676f3" fill="#1676f3" fillOpacity={0.35} isAnimationActive={false} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <h3 className="m-0">{translate(key`talent.actions`)}</h3>
      <ul>
        {card.actions?.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h3 className="m-0">{translate(key`talent.explanation`)}</h3>
      <Grid items={card.explanation ?? []} allRowsVisible id="explanation">
        <GridColumn path="label" header={translate(key`talent.indicator`)} autoWidth />
        <GridColumn path="raw" header={translate(key`talent.raw`)} autoWidth />
        <GridColumn path="scaled" header={translate(key`talent.scaled`)} autoWidth />
        <GridColumn path="weight" header={translate(key`talent.weight`)} autoWidth />
        <GridColumn path="contribution" header={translate(key`talent.contribution`)} autoWidth />
        <GridColumn path="evidence" header={translate(key`talent.evidence`)} autoWidth />
      </Grid>
      <h3 className="m-0">{translate(key`talent.history`)}</h3>
      <ul>
        {card.history?.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
    </section>
  );
}
