import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { EndpointError } from '@vaadin/hilla-frontend';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { PublicAnnouncementBrowserService } from 'Frontend/generated/endpoints';
import { items } from 'Frontend/components/successionLabels';
import { Problem, problemText, showProblem } from 'Frontend/components/problems';
import type PublicAnnouncement from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/PublicAnnouncement';
import type PublicAppointment from 'Frontend/generated/id/meritasn/succession/SuccessionRecords/PublicAppointment';

// Open to everyone, without login and without the operators' menu.
export const config: ViewConfig = {
  title: key`announcement.title`,
  skipLayouts: true,
  menu: { exclude: true },
};

function ObjectionForm({ agency, announcement }: { agency: string; announcement: PublicAnnouncement }) {
  const name = useSignal('');
  const contact = useSignal('');
  const text = useSignal('');
  const problems = useSignal<string[]>([]);
  const receipt = useSignal<string | undefined>(undefined);
  const today = new Date().toISOString().substring(0, 10);
  if ((announcement.objectionDeadline ?? '') < today) {
    return <p className="m-0">{translate(key`announcement.windowClosed`)}</p>;
  }
  if (receipt.value)
    return (
      <p className="m-0" id={`objection-receipt-${announcement.id}`} role="status">
        {receipt.value}
      </p>
    );
  return (
    <form className="flex flex-col gap-s" id={`objection-form-${announcement.id}`} onSubmit={(e) => e.preventDefault()}>
      <strong>{translate(key`announcement.object`)}</strong>
      <TextField
        id={`objection-name-${announcement.id}`}
        label={translate(key`announcement.name`)}
        value={name.value}
        required
        onValueChanged={(e) => (name.value = e.detail.value)}
        className="field-l"
      />
      <TextField
        id={`objection-contact-${announcement.id}`}
        label={translate(key`announcement.contact`)}
        value={contact.value}
        required
        helperText={translate(key`announcement.contactHelp`)}
        onValueChanged={(e) => (contact.value = e.detail.value)}
        className="field-l"
      />
      <TextArea
        id={`objection-text-${announcement.id}`}
        label={translate(key`announcement.text`)}
        value={text.value}
        required
        onValueChanged={(e) => (text.value = e.detail.value)}
        className="field-2xl"
      />
      <Problem as="div" text={problems.value.join(' ')} />
      <Button
        theme="primary"
        id={`objection-submit-${announcement.id}`}
        disabled={!name.value.trim() || !contact.value.trim() || !text.value.trim()}
        onClick={async () => {
          const result = await PublicAnnouncementBrowserService.object(
            agency,
            announcement.id,
            name.value,
            contact.value,
            text.value,
          );
          problems.value = result.problems;
          if (result.receipt) receipt.value = translate(key`announcement.received`, { id: result.receipt.id });
        }}
      >
        {translate(key`announcement.submit`)}
      </Button>
    </form>
  );
}

/**
 * The public announcement of an agency's successor shortlists before appointment: position, candidates' names and
 * current positions with masked NIP, the announcement date and the objection deadline; nothing else about anyone.
 */
export default function PublicAnnouncementView() {
  const { agency } = useParams();
  const list = useSignal<PublicAnnouncement[] | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);
  const appointed = useSignal<PublicAppointment[]>([]);
  const load = async (agency: string) => {
    try {
      list.value = await PublicAnnouncementBrowserService.announcements(agency);
    } catch (e) {
      // the server answers an agency it does not know with an error; other failures say what they are
      error.value = e instanceof EndpointError ? translate(key`announcement.unknownAgency`) : problemText(e);
      return;
    }
    appointed.value = await PublicAnnouncementBrowserService.appointments(agency).catch(showProblem(error, []));
  };
  useEffect(() => {
    // without the layout nobody else names the page: a title for the browser tab and screen readers
    document.title = translate(key`announcement.title`);
    if (agency) load(agency);
  }, [agency]);
  return (
    <main className="p-l flex flex-col gap-m page mx-auto">
      <h1 className="m-0">{translate(key`announcement.heading`)}</h1>
      <p className="m-0">{translate(key`announcement.help`)}</p>
      <Problem text={error.value} />
      {list.value && list.value.length === 0 ? <p id="announcement-none">{translate(key`announcement.none`)}</p> : null}
      {(list.value ?? []).map((a) => (
        <article key={a.id} className="flex flex-col gap-s announcement panel" id={`announcement-${a.id}`}>
          <h2 className="m-0">
            {a.position}
            {a.unit ? ` · ${a.unit}` : ''}
          </h2>
          <p className="m-0">
            {translate(key`succession.announcedOn`)} {a.announcedOn} · {translate(key`succession.objectionDeadline`)}{' '}
            <strong>{a.objectionDeadline}</strong>
          </p>
          <table className="candidates">
            <thead>
              <tr>
                <th>#</th>
                <th>{translate(key`announcement.candidate`)}</th>
                <th>NIP</th>
                <th>{translate(key`announcement.currentPosition`)}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items(a.candidates).map((c) => (
                <tr key={c.rank}>
                  <td>{c.rank}</td>
                  <td>{c.name}</td>
                  <td className="nip">{c.maskedNip}</td>
                  <td>{c.currentPosition ?? '—'}</td>
                  <td>{c.selected ? translate(key`announcement.selected`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ObjectionForm agency={agency ?? ''} announcement={a} />
        </article>
      ))}
      {appointed.value.length > 0 ? (
        <section id="appointments" className="flex flex-col gap-s">
          <h2 className="m-0">{translate(key`announcement.appointments`)}</h2>
          <table>
            <thead>
              <tr>
                <th>{translate(key`announcement.position`)}</th>
                <th>{translate(key`announcement.appointee`)}</th>
                <th>NIP</th>
                <th>{translate(key`announcement.decidedOn`)}</th>
                <th>{translate(key`announcement.effectiveOn`)}</th>
              </tr>
            </thead>
            <tbody>
              {appointed.value.map((p) => (
                <tr key={p.caseId}>
                  <td>
                    {p.position}
                    {p.unit ? ` · ${p.unit}` : ''}
                  </td>
                  <td>{p.appointee}</td>
                  <td className="nip">{p.maskedNip}</td>
                  <td>{p.decidedOn}</td>
                  <td>{p.effectiveOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
