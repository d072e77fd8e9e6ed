import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { SuccessionBrowserService, TalentBrowserService } from 'Frontend/generated/endpoints';
import { useAuth } from 'Frontend/auth/auth';
import type TargetPosition from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/TargetPosition';
import type Candidate from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/Candidate';
import type SuccessionCase from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/SuccessionCase';
import TargetPositionAdmin from 'Frontend/components/TargetPositionAdmin';
import { items, outcomeLabel, statusLabel, reasonLabel } from 'Frontend/components/successionLabels';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`succession.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 5, icon: 'vaadin:sitemap', title: key`succession.menu` },
};

const HORIZONS = [6, 12, 24, 36, 60];

/**
 * The succession board: target positions (vacant, vacating within the horizon, critical) with their case, and every
 * case by status. The talent committee (or a tenant admin) opens a case for a target position on a published period.
 */
export default function SuccessionBoardView() {
  const navigate = useNavigate();
  const { hasAccess } = useAuth();
  const admin = hasAccess({ rolesAllowed: ['TENANT_ADMIN'] });
  const opener = hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE'] });
  const horizon = useSignal('12');
  const targets = useSignal<TargetPosition[]>([]);
  const cases = useSignal<SuccessionCase[]>([]);
  const periods = useSignal<{ label: string; value: string }[]>([]);
  const periodId = useSignal('');
  const error = useSignal<string | undefined>(undefined);
  const preview = useSignal<{ target: TargetPosition; candidates: Candidate[] } | undefined>(undefined);

  const load = async () => {
    targets.value = await SuccessionBrowserService.targets(Number(horizon.value));
    cases.value = await SuccessionBrowserService.cases(undefined);
  };
  useEffect(() => {
    TalentBrowserService.periods().then((list) => {
      const published = list.filter((p) => p.status === 'PUBLISHED');
      periods.value = published.map((p) => ({ label: p.name ?? '', value: String(p.id) }));
      if (published.length > 0) periodId.value = String(published[0]?.id);
    });
  }, []);
  useEffect(() => {
    load();
  }, [horizon.value]);

  const open = async (t: TargetPosition) => {
    const result = await SuccessionBrowserService.open(t.position!.code!, Number(periodId.value));
    error.value = result.problems.join(' ');
    if (result.view) navigate(`/suksesi/${result.view.successionCase.id}`);
  };

  const showPreview = async (t: TargetPosition) => {
    const candidates = await SuccessionBrowserService.preview(t.position!.code!, Number(periodId.value));
    preview.value = { target: t, candidates };
  };

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`succession.heading`)}</h2>
      <p className="m-0">{translate(key`succession.help`)}</p>
      <div className="flex gap-m items-end flex-wrap">
        <Select
          id="succession-horizon"
          label={translate(key`succession.horizon`)}
          value={horizon.value}
          items={HORIZONS.map((h) => ({ label: translate(key`succession.months`, { n: h }), value: String(h) }))}
          onValueChanged={(e) => (horizon.value = e.detail.value)}
        />
        {opener ? (
          <Select
            id="succession-period"
            label={translate(key`succession.publishedPeriod`)}
            value={periodId.value}
            items={periods.value}
            onValueChanged={(e) => (periodId.value = e.detail.value)}
            helperText={periods.value.length === 0 ? translate(key`succession.noPublished`) : undefined}
          />
        ) : null}
      </div>
      <Problem id="succession-error" text={error.value} />
      {admin ? <TargetPositionAdmin onChanged={load} /> : null}
      <h3 className="m-0">{translate(key`succession.targets`)}</h3>
      <Grid items={targets.value} allRowsVisible theme="wrap-cell-content" id="target-grid">
        <GridColumn header={translate(key`succession.position`)} autoWidth>
          {({ item }: { item: TargetPosition }) => (
            <span>
              {item.position?.name}
              <br />
              <small>
                {item.position?.code}
                {item.position?.unitName ? ` · ${item.position.unitName}` : ''}
              </small>
            </span>
          )}
        </GridColumn>
        <GridColumn header={translate(key`succession.reasons`)} autoWidth>
          {({ item }: { item: TargetPosition }) => (
            <span>
              {items(item.reasons)
                .map((r) => reasonLabel(r))
                .join(', ')}
            </span>
          )}
        </GridColumn>
        <GridColumn path="vacancyDate" header={translate(key`succession.vacancyDate`)} autoWidth />
        <GridColumn header={translate(key`succession.incumbent`)} autoWidth>
          {({ item }: { item: TargetPosition }) =>
            item.incumbent ? (
              <span>
                {item.incumbent.name}
                <br />
                <small>
                  {translate(key`succession.retires`)} {item.incumbent.retirementDate}
                </small>
              </span>
            ) : (
              <span>—</span>
            )
          }
        </GridColumn>
        <GridColumn header={translate(key`succession.case`)} autoWidth>
          {({ item }: { item: TargetPosition }) =>
            item.caseId ? (
              <Button
                theme="small tertiary"
                id={`case-${item.position?.code}`}
                onClick={() => navigate(`/suksesi/${item.caseId}`)}
              >
                {statusLabel(item.caseStatus)}
              </Button>
            ) : opener ? (
              <span className="flex gap-s">
                <Button
                  theme="small"
                  id={`preview-${item.position?.code}`}
                  disabled={!periodId.value}
                  onClick={() => showPreview(item)}
                >
                  {translate(key`succession.preview`)}
                </Button>
                <Button
                  theme="small primary"
                  id={`open-${item.position?.code}`}
                  disabled={!periodId.value}
                  onClick={() => open(item)}
                >
                  {translate(key`succession.open`)}
                </Button>
              </span>
            ) : (
              <span>—</span>
            )
          }
        </GridColumn>
      </Grid>
      <h3 className="m-0">{translate(key`succession.cases`)}</h3>
      {cases.value.length === 0 ? (
        <p className="m-0">{translate(key`succession.noCases`)}</p>
      ) : (
        <Grid items={cases.value} allRowsVisible id="case-grid">
          <GridColumn header={translate(key`succession.position`)} autoWidth>
            {({ item }: { item: SuccessionCase }) => (
              <a
                href={`/suksesi/${item.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/suksesi/${item.id}`);
                }}
              >
                {item.position?.name}
              </a>
            )}
          </GridColumn>
          <GridColumn header={translate(key`succession.status`)} autoWidth>
            {({ item }: { item: SuccessionCase }) => <span>{statusLabel(item.status)}</span>}
          </GridColumn>
          <GridColumn path="openedBy" header={translate(key`succession.openedBy`)} autoWidth />
          <GridColumn header={translate(key`succession.openedAt`)} autoWidth>
            {({ item }: { item: SuccessionCase }) => <span>{item.openedAt?.substring(0, 10)}</span>}
          </GridColumn>
        </Grid>
      )}
      <Dialog
        opened={!!preview.value}
        onOpenedChanged={(e) => !e.detail.value && (preview.value = undefined)}
        header={
          <h3 className="m-0">
            {translate(key`succession.preview`)}: {preview.value?.target.position?.name}
          </h3>
        }
        footer={<Button onClick={() => (preview.value = undefined)}>{translate(key`form.cancel`)}</Button>}
      >
        {preview.value && preview.value.candidates.length === 0 ? (
          <p id="preview-empty">{translate(key`succession.previewEmpty`)}</p>
        ) : null}
        <ol className="m-0" id="preview-list">
          {(preview.value?.candidates ?? []).slice(0, 10).map((c) => (
            <li key={c.nip}>
              {c.name} · {c.golongan} · {translate(key`talent.box`)} {c.box} · {outcomeLabel(c.eligibility)}
            </li>
          ))}
        </ol>
      </Dialog>
    </section>
  );
}
