import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { CalibrationBrowserService } from 'Frontend/generated/endpoints';
import type Board from 'Frontend/generated/id/meritasn/ui/CalibrationBrowserService/Board';
import type Move from 'Frontend/generated/id/meritasn/ui/CalibrationBrowserService/Move';

const DIMENSIONS: Record<string, string> = { UNIT: 'Unit', RANK: 'Golongan', LEVEL: 'Jenjang jabatan' };

/**
 * The talent-review board under the nine boxes while calibrating: the moves that wait for a second member (agree or
 * decline here; the proposer may only withdraw), the moves settled so far, and the distribution per unit, rank and
 * level against the agency's whole and its guideline.
 */
export default function ReviewBoard({
  board,
  sessionId,
  canAct,
  onChanged,
}: {
  board: Board;
  sessionId: string;
  canAct: boolean;
  onChanged: (problems: string[]) => void;
}) {
  const declining = useSignal<Move | undefined>(undefined);
  const reason = useSignal('');
  const pending = board.moves.filter((m) => m?.status === 'PENDING');
  const settled = board.moves.filter((m) => m?.status !== 'PENDING');

  const agree = async (move: Move) => {
    const outcome = await CalibrationBrowserService.agree(move.id, Number(sessionId));
    onChanged(outcome.problems.map(String));
  };
  const decline = async () => {
    const move = declining.value;
    if (!move) return;
    const outcome = await CalibrationBrowserService.decline(move.id, Number(sessionId), reason.value);
    declining.value = undefined;
    reason.value = '';
    onChanged(outcome.problems.map(String));
  };
  const guideline = board.guidelineSuccessionShare;

  return (
    <div id="review-board" className="flex flex-col gap-s">
      <h3 className="m-0" id="pending-heading">
        {translate(key`calibration.pending`, { count: pending.length })}
      </h3>
      <Grid id="pending-moves" items={pending} allRowsVisible>
        <GridColumn path="name" header={translate(key`employees.name`)} autoWidth />
        <GridColumn header={translate(key`calibration.fromTo`)} autoWidth>
          {({ item }: { item: Move }) => `${item.fromBox} → ${item.toBox}`}
        </GridColumn>
        <GridColumn path="reason" header={translate(key`talentmap.reason`)} />
        <GridColumn path="movedBy" header={translate(key`calibration.proposedBy`)} autoWidth />
        <GridColumn header="" autoWidth>
          {({ item }: { item: Move }) =>
            canAct && sessionId ? (
              <span className="flex gap-s">
                {!item.mine ? (
                  <Button theme="small primary" className="agree-move" onClick={() => agree(item)}>
                    {translate(key`calibration.agree`)}
                  </Button>
                ) : null}
                <Button theme="small" className="decline-move" onClick={() => (declining.value = item)}>
                  {translate(item.mine ? key`calibration.withdraw` : key`calibration.decline`)}
                </Button>
              </span>
            ) : null
          }
        </GridColumn>
      </Grid>
      <details>
        <summary>{translate(key`calibration.settled`, { count: settled.length })}</summary>
        <Grid id="settled-moves" items={settled} allRowsVisible>
          <GridColumn path="name" header={translate(key`employees.name`)} autoWidth />
          <GridColumn header={translate(key`calibration.fromTo`)} autoWidth>
            {({ item }: { item: Move }) => `${item.fromBox} → ${item.toBox}`}
          </GridColumn>
          <GridColumn path="status" header={translate(key`calibration.status`)} autoWidth />
          <GridColumn path="reason" header={translate(key`talentmap.reason`)} />
          <GridColumn path="movedBy" header={translate(key`calibration.proposedBy`)} autoWidth />
          <GridColumn path="decidedBy" header={translate(key`calibration.decidedBy`)} autoWidth />
        </Grid>
      </details>
      <a href="/keadilan" id="fairness-link">
        {translate(key`calibration.fairnessLink`)}
      </a>
      <h3 className="m-0">{translate(key`calibration.distribution`)}</h3>
      <p className="m-0 text-s">
        {translate(key`calibration.agencyShare`, { share: board.successionShare })}
        {guideline !== undefined ? ` · ${translate(key`talentmap.guideline`)} ${guideline}%` : ''}
      </p>
      <Grid id="distribution" items={board.groups} allRowsVisible>
        <GridColumn header={translate(key`calibration.dimension`)} autoWidth>
          {({ item }) => DIMENSIONS[item.dimension] ?? item.dimension}
        </GridColumn>
        <GridColumn path="group" header={translate(key`calibration.group`)} autoWidth />
        <GridColumn path="mapped" header={translate(key`talentmap.mapped`)} autoWidth />
        {[9, 8, 7, 6, 5, 4, 3, 2, 1].map((b) => (
          <GridColumn key={b} header={`${b}`} autoWidth>
            {({ item }) => item.counts[b - 1]}
          </GridColumn>
        ))}
        <GridColumn header={translate(key`calibration.share`)} autoWidth>
          {({ item }) => {
            // a group well above the agency's share in boxes 7-9 is what the committee should look at first
            const high = item.mapped >= 10 && item.successionShare > board.successionShare * 1.5;
            return (
              <span className={high ? 'font-bold' : 'font-normal'}>
                {item.successionShare}%{high ? ' ▲' : ''}
              </span>
            );
          }}
        </GridColumn>
      </Grid>
      <Dialog
        opened={!!declining.value}
        onOpenedChanged={(e) => !e.detail.value && (declining.value = undefined)}
        header={
          <h3 className="m-0">
            {translate(key`calibration.decline`)}: {declining.value?.name}
          </h3>
        }
        footer={
          <Button theme="primary" id="confirm-decline" onClick={decline}>
            {translate(key`form.save`)}
          </Button>
        }
      >
        <TextArea
          label={translate(key`calibration.declineReason`)}
          value={reason.value}
          minlength={10}
          onValueChanged={(e) => (reason.value = e.detail.value)}
          className="field-l"
        />
      </Dialog>
    </div>
  );
}
