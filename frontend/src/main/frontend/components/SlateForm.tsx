import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import type CommitteeSession from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/CommitteeSession';
import Readiness from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/Readiness';
import { readinessLabel } from 'Frontend/components/successionLabels';

const READINESS = [Readiness.READY_NOW, Readiness.ONE_TO_TWO_YEARS, Readiness.THREE_PLUS_YEARS];
const SLATE_ROWS = 3;

export type Pick = { nip: string; readiness: Readiness; orderReason: string | undefined };
type Row = { nip: string; readiness: string; orderReason: string };

/**
 * The committee names its slate in a session: up to three successors in its order, each with a readiness and, when
 * the order differs from the system's ranking, the reason (the server asks for it).
 */
export default function SlateForm({
  sessions,
  sessionId,
  onSession,
  candidates,
  onNominate,
}: {
  sessions: CommitteeSession[];
  sessionId: string;
  onSession: (id: string) => void;
  candidates: { label: string; value?: string }[];
  onNominate: (picks: Pick[]) => void;
}) {
  const picks = useSignal<Row[]>(
    Array.from({ length: SLATE_ROWS }, () => ({ nip: '', readiness: Readiness.READY_NOW, orderReason: '' })),
  );
  const change = (i: number, part: Partial<Row>) =>
    (picks.value = picks.value.map((x, j) => (j === i ? { ...x, ...part } : x)));
  const picked = picks.value.filter((p) => p.nip);
  return (
    <div className="flex flex-col gap-s" id="slate-form">
      <h3 className="m-0">{translate(key`succession.nominate`)}</h3>
      <Select
        id="slate-session"
        label={translate(key`committee.session`)}
        value={sessionId}
        items={sessions.map((s) => ({
          label: `${s.title} (${s.heldOn})${s.quorumMet ? '' : ' ⚠'}`,
          value: String(s.id),
        }))}
        onValueChanged={(e) => onSession(e.detail.value)}
        className="field-xl"
      />
      {picks.value.map((p, i) => (
        <div className="flex gap-s" key={i}>
          <Select
            id={`slate-nip-${i}`}
            label={`${translate(key`succession.successor`)} ${i + 1}`}
            value={p.nip}
            items={[{ label: '—', value: '' }, ...candidates]}
            className="field-xl"
            onValueChanged={(e) => change(i, { nip: e.detail.value })}
          />
          <Select
            id={`slate-readiness-${i}`}
            label={translate(key`succession.readiness`)}
            value={p.readiness}
            items={READINESS.map((r) => ({ label: readinessLabel(r), value: r }))}
            onValueChanged={(e) => change(i, { readiness: e.detail.value })}
          />
          <TextField
            id={`slate-order-reason-${i}`}
            label={translate(key`succession.orderReason`)}
            value={p.orderReason}
            helperText={translate(key`succession.orderReasonHelp`)}
            className="field-l"
            onValueChanged={(e) => change(i, { orderReason: e.detail.value })}
          />
        </div>
      ))}
      <Button
        theme="primary"
        id="slate-submit"
        disabled={!sessionId || picked.length === 0}
        onClick={() =>
          onNominate(
            picked.map((p) => ({
              nip: p.nip,
              readiness: p.readiness as Readiness,
              orderReason: p.orderReason.trim() || undefined,
            })),
          )
        }
      >
        {translate(key`succession.nominate`)}
      </Button>
    </div>
  );
}
