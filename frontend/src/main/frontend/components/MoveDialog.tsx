import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';

/**
 * Proposing a calibration move: the target box and the reason the committee will read (the server checks its length
 * and records the move as pending until another member settles it). Escape closes the dialog.
 */
export default function MoveDialog({
  name,
  target,
  reason,
  onTarget,
  onReason,
  onPropose,
  onClose,
}: {
  name: string | undefined;
  target: string;
  reason: string;
  onTarget: (box: string) => void;
  onReason: (reason: string) => void;
  onPropose: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      opened={name !== undefined}
      onOpenedChanged={(e) => !e.detail.value && onClose()}
      header={
        <h3 className="m-0">
          {translate(key`talentmap.move`)}: {name}
        </h3>
      }
      footer={
        <Button theme="primary" id="propose-move" onClick={onPropose}>
          {translate(key`form.save`)}
        </Button>
      }
    >
      <Select
        label={translate(key`talent.box`)}
        value={target}
        onValueChanged={(e) => onTarget(e.detail.value)}
        items={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => ({ label: String(b), value: String(b) }))}
      />
      <TextArea
        id="move-reason"
        label={translate(key`talentmap.reason`)}
        value={reason}
        onValueChanged={(e) => onReason(e.detail.value)}
        minlength={20}
        className="field-l"
        helperText={translate(key`calibration.reasonHelp`)}
      />
    </Dialog>
  );
}
