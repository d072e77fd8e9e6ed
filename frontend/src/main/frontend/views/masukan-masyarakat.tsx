import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { i18n, translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { Select } from '@vaadin/react-components/Select.js';
import { Tab } from '@vaadin/react-components/Tab.js';
import { Tabs } from '@vaadin/react-components/Tabs.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { CommunityBrowserService, MyAgencyService, TalentBrowserService } from 'Frontend/generated/endpoints';
import type Row from 'Frontend/generated/id/meritasn/ui/CommunityBrowserService/Row';
import type AssessmentPeriod from 'Frontend/generated/id/meritasn/assessment/AssessmentRecords/AssessmentPeriod';
import Status from 'Frontend/generated/id/meritasn/assessment/CommunityFeedbackService/Status';
import DownloadButtons from 'Frontend/components/DownloadButtons';
import { Problem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`community.menu`,
  rolesAllowed: ['TENANT_ADMIN'],
  menu: { order: 4.7, icon: 'vaadin:comments', title: key`community.menu` },
};

const PAGE = 50;
const STATUSES = [Status.PENDING, Status.APPROVED, Status.REJECTED];
const STATUS_LABELS = {
  [Status.PENDING]: key`community.status.PENDING`,
  [Status.APPROVED]: key`community.status.APPROVED`,
  [Status.REJECTED]: key`community.status.REJECTED`,
};

/** Community input (PERMATA) waiting for moderation, and what was approved or rejected; never who gave it. */
export default function CommunityModerationView() {
  const periods = useSignal<AssessmentPeriod[]>([]);
  const periodId = useSignal('');
  const status = useSignal<Status>(Status.PENDING);
  const rows = useSignal<Row[]>([]);
  const more = useSignal(false);
  const enabled = useSignal(true);
  const rejecting = useSignal<Row | undefined>(undefined);
  const reason = useSignal('');
  const error = useSignal<string | undefined>(undefined);

  const load = async (append: boolean) => {
    if (!periodId.value) return;
    const after = append ? rows.value.at(-1)?.id : undefined;
    const page = await CommunityBrowserService.queue(Number(periodId.value), status.value, after, PAGE);
    rows.value = append ? [...rows.value, ...page] : page;
    more.value = page.length === PAGE;
  };

  useEffect(() => {
    TalentBrowserService.periods().then((list) => {
      periods.value = list;
      if (list.length > 0) periodId.value = String(list[0]?.id);
    });
    MyAgencyService.myAgency().then(
      (a) =>
        (enabled.value = (a?.policies ?? []).some(
          (p) => p?.name === 'assessment.communityInput' && p?.valueJson.trim() === 'true',
        )),
    );
  }, []);
  useEffect(() => {
    error.value = undefined;
    load(false);
  }, [periodId.value, status.value]);

  const moderate = async (row: Row, approve: boolean, why?: string) => {
    const result = await CommunityBrowserService.moderate(row.id, approve, why);
    rejecting.value = undefined;
    reason.value = '';
    error.value = result.problem;
    // from the server again: another moderator may have taken some of the queue meanwhile
    await load(false);
  };

  const period = periods.value.find((p) => String(p.id) === periodId.value);
  const open = period?.status === 'OPEN';

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`community.heading`)}</h2>
      <p className="m-0">{translate(key`community.help`)}</p>
      {!enabled.value ? (
        <p className="m-0" id="community-off">
          {translate(key`community.off`)}
        </p>
      ) : null}
      <Select
        id="community-period"
        label={translate(key`talentmap.period`)}
        value={periodId.value}
        items={periods.value.map((p) => ({ label: `${p.name} (${p.status})`, value: String(p.id) }))}
        onValueChanged={(e) => (periodId.value = e.detail.value)}
        className="field-l"
      />
      {periodId.value ? (
        <DownloadButtons periodId={Number(periodId.value)} downloads={[{ kind: 'COMMUNITY_INPUT', format: 'XLSX' }]} />
      ) : null}
      {period && !open ? (
        <p className="m-0" id="community-closed">
          {translate(key`community.closed`)}
        </p>
      ) : null}
      <Tabs
        id="community-status"
        selected={STATUSES.indexOf(status.value)}
        onSelectedChanged={(e) => (status.value = STATUSES[e.detail.value] ?? Status.PENDING)}
      >
        {STATUSES.map((s) => (
          <Tab key={s} id={`status-${s}`}>
            {translate(STATUS_LABELS[s])}
          </Tab>
        ))}
      </Tabs>
      <Problem id="community-error" text={error.value} />
      {rows.value.length === 0 ? (
        <p className="m-0" id="community-empty">
          {translate(key`community.empty`)}
        </p>
      ) : (
        // a new grid for new rows: cells the grid no longer shows would otherwise keep their old buttons
        <Grid
          key={`${status.value}:${rows.value.map((r) => r.id).join(',')}`}
          items={rows.value}
          allRowsVisible
          theme="wrap-cell-content"
          id="community-grid"
        >
          <GridColumn header={translate(key`community.employee`)} autoWidth>
            {({ item }: { item: Row }) => (
              <span>
                {item.employeeName}
                <br />
                <small>{item.nip}</small>
              </span>
            )}
          </GridColumn>
          <GridColumn path="score" header={translate(key`community.score`)} autoWidth />
          <GridColumn path="comment" header={translate(key`community.comment`)} width="24rem" />
          <GridColumn path="channel" header={translate(key`community.channel`)} autoWidth />
          <GridColumn header={translate(key`community.submittedAt`)} autoWidth>
            {({ item }: { item: Row }) => (
              <span>
                {new Date(item.submittedAt).toLocaleString(i18n.language.value ?? 'id', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
              </span>
            )}
          </GridColumn>
          {status.value === Status.PENDING ? (
            <GridColumn header="" autoWidth>
              {({ item }: { item: Row }) =>
                open ? (
                  <span className="flex gap-s">
                    <Button theme="small primary" id={`approve-${item.id}`} onClick={() => moderate(item, true)}>
                      {translate(key`community.approve`)}
                    </Button>
                    <Button theme="small error" id={`reject-${item.id}`} onClick={() => (rejecting.value = item)}>
                      {translate(key`community.reject`)}
                    </Button>
                  </span>
                ) : null
              }
            </GridColumn>
          ) : (
            <>
              <GridColumn path="moderatedBy" header={translate(key`community.moderatedBy`)} autoWidth />
              {status.value === Status.REJECTED ? (
                <GridColumn path="moderationReason" header={translate(key`community.reason`)} width="18rem" />
              ) : null}
            </>
          )}
        </Grid>
      )}
      {more.value ? (
        <Button id="community-more" onClick={() => load(true)}>
          {translate(key`community.more`)}
        </Button>
      ) : null}
      <Dialog
        opened={!!rejecting.value}
        onOpenedChanged={(e) => !e.detail.value && (rejecting.value = undefined)}
        header={
          <h3 className="m-0">
            {translate(key`community.rejectHeading`, { name: rejecting.value?.employeeName ?? '' })}
          </h3>
        }
        footer={
          <>
            <Button onClick={() => (rejecting.value = undefined)}>{translate(key`form.cancel`)}</Button>
            <Button
              theme="primary error"
              id="reject-confirm"
              disabled={reason.value.trim() === ''}
              onClick={() => rejecting.value && moderate(rejecting.value, false, reason.value.trim())}
            >
              {translate(key`community.reject`)}
            </Button>
          </>
        }
      >
        <p className="m-0">{rejecting.value?.comment}</p>
        <TextArea
          id="reject-reason"
          label={translate(key`community.reason`)}
          value={reason.value}
          required
          onValueChanged={(e) => (reason.value = e.detail.value)}
          className="field-l"
        />
      </Dialog>
    </section>
  );
}
