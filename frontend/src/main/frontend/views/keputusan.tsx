import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { SuccessionBrowserService } from 'Frontend/generated/endpoints';
import type SuccessionCase from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/SuccessionCase';
import CaseStatus from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/CaseStatus';
import { items, statusLabel } from 'Frontend/components/successionLabels';

export const config: ViewConfig = {
  title: key`decision.menu`,
  rolesAllowed: ['PPK'],
  menu: { order: 5.2, icon: 'vaadin:gavel', title: key`decision.menu` },
};

/**
 * The PPK's desk: slates waiting for a decision, and announced shortlists to finalize once their objection window has
 * closed. Each row opens the case at its decision step.
 */
export default function PpkDecisionView() {
  const navigate = useNavigate();
  const waiting = useSignal<SuccessionCase[]>([]);
  const announced = useSignal<SuccessionCase[]>([]);
  useEffect(() => {
    SuccessionBrowserService.cases(CaseStatus.SLATE_PROPOSED).then((l) => (waiting.value = l));
    SuccessionBrowserService.cases(CaseStatus.ANNOUNCED).then((l) => (announced.value = l));
  }, []);
  const today = new Date().toISOString().substring(0, 10);
  const grid = (rows: SuccessionCase[], id: string) => (
    <Grid
      items={rows}
      allRowsVisible
      id={id}
      onActiveItemChanged={(e) => e.detail.value && navigate(`/suksesi/${e.detail.value.id}#decision`)}
    >
      <GridColumn header={translate(key`succession.position`)} autoWidth>
        {({ item }: { item: SuccessionCase }) => (
          <a
            href={`/suksesi/${item.id}`}
            id={`decide-${item.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/suksesi/${item.id}#decision`);
            }}
          >
            {item.position?.name}
          </a>
        )}
      </GridColumn>
      <GridColumn header={translate(key`succession.status`)} autoWidth>
        {({ item }: { item: SuccessionCase }) => <span>{statusLabel(item.status)}</span>}
      </GridColumn>
      <GridColumn header={translate(key`succession.slate`)} autoWidth>
        {({ item }: { item: SuccessionCase }) => (
          <span>
            {items(item.slate?.candidates)
              .map((s) => s.name)
              .join(', ')}
          </span>
        )}
      </GridColumn>
      <GridColumn header={translate(key`succession.objectionDeadline`)} autoWidth>
        {({ item }: { item: SuccessionCase }) =>
          item.announcement ? (
            <span>
              {item.announcement.objectionDeadline}
              {(item.announcement.objectionDeadline ?? '') < today ? ` · ${translate(key`decision.windowClosed`)}` : ''}
            </span>
          ) : (
            <span>—</span>
          )
        }
      </GridColumn>
    </Grid>
  );
  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`decision.heading`)}</h2>
      <h3 className="m-0">{translate(key`decision.toDecide`)}</h3>
      {waiting.value.length === 0 ? (
        <p className="m-0" id="nothing-to-decide">
          {translate(key`decision.none`)}
        </p>
      ) : (
        grid(waiting.value, 'to-decide')
      )}
      <h3 className="m-0">{translate(key`decision.toFinalize`)}</h3>
      {announced.value.length === 0 ? (
        <p className="m-0">{translate(key`decision.none`)}</p>
      ) : (
        grid(announced.value, 'to-finalize')
      )}
    </section>
  );
}
