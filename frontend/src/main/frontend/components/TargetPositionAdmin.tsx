import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { MobilityBrowserService, SuccessionBrowserService } from 'Frontend/generated/endpoints';
import type Position from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/Position';
import type PlannedMove from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/PlannedMove';
import { Problem } from 'Frontend/components/problems';

/**
 * The tenant admin's part of the target positions: flag a position critical (or clear it) and record that an
 * incumbent leaves on a date (a planned move), so the board and the vacancy forecast include it.
 */
export default function TargetPositionAdmin({ onChanged }: { onChanged: () => void }) {
  const positions = useSignal<Position[]>([]);
  const moves = useSignal<PlannedMove[]>([]);
  const code = useSignal('');
  const nip = useSignal('');
  const leavesOn = useSignal('');
  const reason = useSignal('');
  const problems = useSignal<string[]>([]);
  const load = async () => {
    positions.value = await MobilityBrowserService.positions();
    moves.value = await SuccessionBrowserService.plannedMoves();
  };
  useEffect(() => {
    load();
  }, []);
  const position = positions.value.find((p) => p.code === code.value);
  const apply = async (change: Promise<{ problems: string[] }>) => {
    problems.value = (await change).problems;
    if (problems.value.length === 0) {
      await load();
      onChanged();
    }
  };
  return (
    <details id="target-admin">
      <summary>{translate(key`succession.manage`)}</summary>
      <div className="flex flex-col gap-s p-s">
        <Problem as="div" id="target-admin-problems" text={problems.value.join(' ')} />
        <div className="flex gap-s items-end flex-wrap">
          <Select
            id="target-admin-position"
            label={translate(key`succession.position`)}
            value={code.value}
            className="field-l"
            items={positions.value.map((p) => ({
              label: `${p.name} (${p.code})${p.critical ? ' ★' : ''}`,
              value: p.code ?? '',
            }))}
            onValueChanged={(e) => (code.value = e.detail.value)}
          />
          <Button
            id="target-admin-critical"
            disabled={!position}
            onClick={() => apply(SuccessionBrowserService.setCritical(code.value, !position?.critical))}
          >
            {translate(position?.critical ? key`succession.uncritical` : key`succession.critical`)}
          </Button>
        </div>
        <div className="flex gap-s items-end flex-wrap">
          <TextField
            id="target-admin-nip"
            label={translate(key`succession.moveNip`)}
            value={nip.value}
            onValueChanged={(e) => (nip.value = e.detail.value)}
          />
          <DatePicker
            id="target-admin-date"
            label={translate(key`succession.leavesOn`)}
            value={leavesOn.value}
            onValueChanged={(e) => (leavesOn.value = e.detail.value)}
          />
          <TextField
            id="target-admin-reason"
            label={translate(key`succession.reason`)}
            value={reason.value}
            onValueChanged={(e) => (reason.value = e.detail.value)}
            className="field-m"
          />
          <Button
            id="target-admin-move"
            disabled={!position || !leavesOn.value || !reason.value.trim()}
            onClick={() =>
              apply(SuccessionBrowserService.planMove(code.value, nip.value, leavesOn.value, reason.value))
            }
          >
            {translate(key`succession.planMove`)}
          </Button>
        </div>
        {moves.value.length > 0 ? (
          <ul className="m-0" id="planned-moves">
            {moves.value.map((m) => (
              <li key={m.id}>
                {m.position?.name} · {m.nip ?? '—'} · {m.leavesOn} · {m.reason} ({m.createdBy})
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
