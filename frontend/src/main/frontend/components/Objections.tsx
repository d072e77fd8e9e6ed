import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import type Objection from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/Objection';

/**
 * The public's objections to an announced shortlist, each with the committee's response or, for the committee, a
 * field to answer it. Plain elements, not a grid: a grid keeps rendered cells, so a typed response would not enable
 * its button.
 */
export default function Objections({
  objections,
  canRespond,
  onRespond,
}: {
  objections: Objection[];
  canRespond: boolean;
  onRespond: (id: number, response: string) => void;
}) {
  const responses = useSignal<Record<number, string>>({});
  return (
    <>
      {objections.map((item) => (
        <article key={item.id} className="objection flex flex-col gap-s panel" id={`objection-${item.id}`}>
          <span>
            {item.text}
            <br />
            <small>
              {item.name} · {item.contact} · {item.submittedAt?.substring(0, 10)}
            </small>
          </span>
          {item.response ? (
            <span className="objection-response">
              <strong>{translate(key`succession.response`)}:</strong> {item.response}{' '}
              <small>({item.respondedBy})</small>
            </span>
          ) : canRespond ? (
            <span className="flex gap-s items-end">
              <TextArea
                id={`response-${item.id}`}
                label={translate(key`succession.response`)}
                value={responses.value[item.id] ?? ''}
                className="field-xl"
                onValueChanged={(e) => (responses.value = { ...responses.value, [item.id]: e.detail.value })}
              />
              <Button
                theme="small"
                id={`respond-${item.id}`}
                disabled={!(responses.value[item.id] ?? '').trim()}
                onClick={() => onRespond(item.id, responses.value[item.id] ?? '')}
              >
                {translate(key`succession.respond`)}
              </Button>
            </span>
          ) : null}
        </article>
      ))}
    </>
  );
}
