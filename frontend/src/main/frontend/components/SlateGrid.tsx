import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import type SlateCandidate from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/SlateCandidate';
import { items, readinessLabel } from 'Frontend/components/successionLabels';

/** The committee's slate in its order, with the system's rank beside it (and the reason when the order differs). */
export default function SlateGrid({ slate }: { slate: SlateCandidate[] }) {
  return (
    <>
      <h3 className="m-0">{translate(key`succession.slate`)}</h3>
      <Grid items={slate} allRowsVisible theme="wrap-cell-content" id="slate-grid">
        <GridColumn path="rank" header="#" width="4rem" flexGrow={0} />
        <GridColumn path="name" header={translate(key`succession.candidate`)} autoWidth />
        <GridColumn header={translate(key`succession.systemRank`)} autoWidth>
          {({ item }: { item: SlateCandidate }) => (
            <span>
              {item.systemRank ?? '—'}
              {item.orderReason ? (
                <>
                  <br />
                  <small>{item.orderReason}</small>
                </>
              ) : null}
            </span>
          )}
        </GridColumn>
        <GridColumn header={translate(key`succession.readiness`)} autoWidth>
          {({ item }: { item: SlateCandidate }) => <span>{readinessLabel(item.readiness)}</span>}
        </GridColumn>
        <GridColumn header={translate(key`succession.developmentPlan`)} width="24rem">
          {({ item }: { item: SlateCandidate }) => (
            <ul className="m-0">
              {items(item.developmentPlan).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </GridColumn>
      </Grid>
    </>
  );
}
