import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import type Board from 'Frontend/generated/id/meritasn/ui/CalibrationBrowserService/Board';
import type Member from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/Member';

/**
 * The map's members (filtered by the chosen box and the search): scores, computed and final box, the calibration
 * reason, and while calibrating the pending move and a "move" button (the keyboard's way to propose a move; rows may
 * also be dragged onto a box).
 */
export default function MapMembers({
  members,
  board,
  calibrating,
  onOpen,
  onMove,
  onDragged,
}: {
  members: Member[];
  board: Board | undefined;
  calibrating: boolean;
  onOpen: (nip: string) => void;
  onMove: (member: Member) => void;
  onDragged: (member: Member | undefined) => void;
}) {
  const pendingFor = (nip: string) => board?.moves.find((m) => m.status === 'PENDING' && m.nip === nip);
  return (
    <Grid
      className="grid-tall"
      items={members}
      id="members"
      rowsDraggable={calibrating}
      onGridDragstart={(e) => onDragged(e.detail.draggedItems[0] as Member)}
      onGridDragend={() => setTimeout(() => onDragged(undefined), 0)}
      onActiveItemChanged={(e) => e.detail.value && onOpen(e.detail.value.nip)}
    >
      <GridColumn path="name" header={translate(key`employees.name`)} autoWidth />
      <GridColumn path="nip" header="NIP" autoWidth />
      <GridColumn path="performance" header={translate(key`talent.performance`)} autoWidth />
      <GridColumn path="potential" header={translate(key`talent.potential`)} autoWidth />
      <GridColumn path="computedBox" header={translate(key`talent.computed`)} autoWidth />
      <GridColumn path="finalBox" header={translate(key`talent.box`)} autoWidth />
      <GridColumn path="calibrationReason" header={translate(key`talentmap.reason`)} autoWidth />
      <GridColumn header={translate(key`validation.tier`)} autoWidth>
        {({ item }: { item: Member }) =>
          item.provisional ? <span className="provisional">{translate(key`talentmap.provisional`)}</span> : ''
        }
      </GridColumn>
      {board ? (
        <GridColumn header={translate(key`calibration.status`)} autoWidth>
          {({ item }: { item: Member }) => {
            const pending = pendingFor(item.nip);
            return pending ? (
              <span className="pending-move">{translate(key`calibration.waits`, { box: pending.toBox })}</span>
            ) : (
              ''
            );
          }}
        </GridColumn>
      ) : null}
      {calibrating ? (
        <GridColumn header="" autoWidth>
          {({ item }: { item: Member }) =>
            item.mapped ? (
              <Button
                theme="small"
                onClick={(e) => {
                  e.stopPropagation();
                  onMove(item);
                }}
              >
                {translate(key`talentmap.move`)}
              </Button>
            ) : null
          }
        </GridColumn>
      ) : null}
    </Grid>
  );
}
