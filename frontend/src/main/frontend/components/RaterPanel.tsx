import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { FeedbackBrowserService } from 'Frontend/generated/endpoints';
import type Rater from 'Frontend/generated/id/meritasn/assessment/FeedbackService/Rater';
import RaterGroup from 'Frontend/generated/id/meritasn/assessment/AssessmentInputs/RaterGroup';

/**
 * A tenant admin's view of one employee's 360 raters in a period: assigned from the organisation for the whole
 * period, added or removed one at a time with a reason (a removed rater's answer stops counting).
 */
export default function RaterPanel({ periodId, nip }: { periodId: number; nip: string }) {
  const raters = useSignal<(Rater | undefined)[]>([]);
  const rater = useSignal('');
  const group = useSignal<string>(RaterGroup.PEER);
  const reason = useSignal('');
  const message = useSignal<string | undefined>(undefined);
  const load = () => FeedbackBrowserService.raters(periodId, nip).then((list) => (raters.value = list));
  useEffect(() => {
    load();
  }, [periodId, nip]);

  const done = (refused: { message?: string } | undefined) => {
    message.value = refused?.message ?? translate(key`raters.saved`);
    load();
  };
  const groups = Object.values(RaterGroup).map((g) => ({ label: g, value: g }));

  return (
    <div id="rater-panel" className="flex flex-col gap-s">
      <h3 className="m-0">{translate(key`raters.heading`)}</h3>
      <div className="flex gap-s items-center">
        <Button
          id="assign-raters"
          onClick={async () => {
            const added = await FeedbackBrowserService.assignRaters(periodId);
            message.value = translate(key`raters.assigned`, { count: added });
            load();
          }}
        >
          {translate(key`raters.assign`)}
        </Button>
        {message.value ? (
          <span role="status" id="rater-message">
            {message.value}
          </span>
        ) : null}
      </div>
      <ul id="rater-list">
        {raters.value.map((r) => (
          <li key={r?.rater}>
            <code>{r?.rater}</code> {r?.group} ({r?.source})
            {r?.removed ? ` — ${translate(key`raters.removed`)}: ${r.reason}` : ''}
            {!r?.removed ? (
              <Button
                theme="tertiary small"
                onClick={async () =>
                  done(await FeedbackBrowserService.removeRater(periodId, nip, r?.rater ?? '', reason.value))
                }
              >
                {translate(key`raters.remove`)}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="flex gap-s items-end flex-wrap">
        <TextField
          id="rater-nip"
          label={translate(key`raters.nip`)}
          value={rater.value}
          onValueChanged={(e) => (rater.value = e.detail.value)}
        />
        <Select
          id="rater-group"
          label={translate(key`raters.group`)}
          items={groups}
          value={group.value}
          onValueChanged={(e) => (group.value = e.detail.value)}
        />
        <TextField
          id="rater-reason"
          label={translate(key`raters.reason`)}
          value={reason.value}
          onValueChanged={(e) => (reason.value = e.detail.value)}
          className="field-min-m"
        />
        <Button
          id="rater-add"
          onClick={async () =>
            done(
              await FeedbackBrowserService.addRater(
                periodId,
                nip,
                rater.value,
                group.value as RaterGroup,
                reason.value,
              ),
            )
          }
        >
          {translate(key`raters.add`)}
        </Button>
      </div>
    </div>
  );
}
