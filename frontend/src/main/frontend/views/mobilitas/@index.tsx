import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { CheckboxGroup } from '@vaadin/react-components/CheckboxGroup.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { Dialog } from '@vaadin/react-components/Dialog.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { MobilityBrowserService } from 'Frontend/generated/endpoints';
import { useAuth } from 'Frontend/auth/auth';
import type Candidate from 'Frontend/generated/id/meritasn/mobility/MobilityRecords/Candidate';
import type Position from 'Frontend/generated/id/meritasn/employee/EmployeeRecords/Position';
import { items } from 'Frontend/components/successionLabels';
import { Problem, showProblem } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`mobility.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE', 'NATIONAL_OVERSIGHT'],
  menu: { order: 6, icon: 'vaadin:exchange', title: key`mobility.menu` },
};

const KINDS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL_KEAHLIAN', 'FUNGSIONAL_KETERAMPILAN', 'PELAKSANA'];

/**
 * Talent in other agencies: what they chose to share about consenting employees (never their records), filtered,
 * and ranked by job-person match against one of the caller's positions with the reasons; a request starts a move.
 */
export default function MobilitySearchView() {
  const { hasAccess } = useAuth();
  const canRequest = hasAccess({ rolesAllowed: ['TENANT_ADMIN', 'TALENT_COMMITTEE'] });
  const positions = useSignal<Position[]>([]);
  const target = useSignal('');
  const text = useSignal('');
  const golonganMin = useSignal('');
  const region = useSignal('');
  const willing = useSignal('');
  const kinds = useSignal<string[]>([]);
  const boxes = useSignal<string[]>([]);
  const results = useSignal<Candidate[] | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);
  const requesting = useSignal<Candidate | undefined>(undefined);
  const requestPosition = useSignal('');
  const note = useSignal('');
  const requested = useSignal<string | undefined>(undefined);

  useEffect(() => {
    if (canRequest)
      MobilityBrowserService.positions()
        .then((list) => (positions.value = list))
        .catch(showProblem(problem));
  }, [canRequest]);

  const find = async () => {
    const found = await MobilityBrowserService.search(
      {
        golonganMin: golonganMin.value || undefined,
        golonganMax: undefined,
        positionKinds: kinds.value,
        boxes: boxes.value.map(Number),
        regions: region.value ? [region.value] : [],
        willingToMoveTo: willing.value || undefined,
        text: text.value || undefined,
      },
      target.value || undefined,
    );
    results.value = found.candidates;
    problem.value = found.problem;
  };
  const positionItems = [
    { label: '—', value: '' },
    ...positions.value.map((p) => ({ label: `${p.name} (${p.code})`, value: p.code ?? '' })),
  ];

  return (
    <section className="p-l flex flex-col gap-m">
      <h2 className="m-0">{translate(key`mobility.heading`)}</h2>
      <p className="m-0">{translate(key`mobility.help`)}</p>
      <div className="flex gap-m flex-wrap items-end">
        {canRequest ? (
          <Select
            id="mobility-target"
            label={translate(key`mobility.target`)}
            items={positionItems}
            value={target.value}
            onValueChanged={(e) => (target.value = e.detail.value)}
            className="field-l"
          />
        ) : null}
        <TextField
          id="mobility-text"
          label={translate(key`mobility.text`)}
          value={text.value}
          onValueChanged={(e) => (text.value = e.detail.value)}
        />
        <TextField
          id="mobility-golongan"
          label={translate(key`mobility.golonganMin`)}
          value={golonganMin.value}
          placeholder="III/c"
          onValueChanged={(e) => (golonganMin.value = e.detail.value)}
          className="field-xs"
        />
        <TextField
          id="mobility-region"
          label={translate(key`mobility.region`)}
          value={region.value}
          onValueChanged={(e) => (region.value = e.detail.value)}
        />
        <TextField
          id="mobility-willing"
          label={translate(key`mobility.willing`)}
          value={willing.value}
          onValueChanged={(e) => (willing.value = e.detail.value)}
        />
      </div>
      <CheckboxGroup
        id="mobility-kinds"
        label={translate(key`mobility.kinds`)}
        value={kinds.value}
        onValueChanged={(e) => (kinds.value = e.detail.value)}
        theme="horizontal"
      >
        {KINDS.map((k) => (
          <Checkbox key={k} value={k} label={k} />
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        id="mobility-boxes"
        label={translate(key`mobility.boxes`)}
        value={boxes.value}
        onValueChanged={(e) => (boxes.value = e.detail.value)}
        theme="horizontal"
      >
        {[7, 8, 9, 4, 5, 6, 1, 2, 3].map((b) => (
          <Checkbox key={b} value={String(b)} label={String(b)} />
        ))}
      </CheckboxGroup>
      <div>
        <Button theme="primary" id="mobility-search" onClick={find}>
          {translate(key`mobility.search`)}
        </Button>
      </div>
      <Problem id="mobility-problem" text={problem.value} />
      {requested.value ? (
        <p role="status" id="mobility-requested">
          {requested.value}
        </p>
      ) : null}
      {results.value && results.value.length === 0 ? <p id="mobility-none">{translate(key`mobility.none`)}</p> : null}
      {(results.value ?? []).map((c) => {
        const e = c.entry!;
        return (
          <article
            key={`${e.agency}-${e.nip}`}
            className="mobility-candidate flex flex-col gap-xs panel"
            data-nip={e.nip}
          >
            <strong>{e.name}</strong>
            <span>
              {e.agencyName} ({e.region}) · {e.golongan} · {e.positionName ?? '—'}
              {e.positionLevel ? ` (${e.positionLevel})` : ''}
            </span>
            <span>
              {translate(key`talent.box`)} {e.box ?? '—'}
              {e.scoreBand ? ` · ${translate(key`mobility.band`)} ${e.scoreBand}` : ''}
              {e.periodName ? ` · ${e.periodName}` : ''}
              {e.educationLevel ? ` · ${e.educationLevel} ${e.educationField ?? ''}` : ''}
            </span>
            {c.match ? (
              <span className="mobility-match">
                JPM {c.match.percent}% · {c.match.filling} · {c.match.mapping}
              </span>
            ) : null}
            {items(e.aspirations?.regions).length > 0 ? (
              <span>
                {translate(key`mobility.aspires`)}: {items(e.aspirations?.regions).join(', ')}
                {e.aspirations?.earliestDate ? ` · ${e.aspirations.earliestDate}` : ''}
              </span>
            ) : null}
            <ul className="m-0 mobility-reasons">
              {items(c.reasons).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {canRequest ? (
              <div>
                <Button
                  theme="small"
                  className="mobility-request"
                  onClick={() => {
                    requesting.value = c;
                    requestPosition.value = target.value;
                  }}
                >
                  {translate(key`mobility.request`)}
                </Button>
              </div>
            ) : null}
          </article>
        );
      })}
      <Dialog
        opened={!!requesting.value}
        onOpenedChanged={(e) => !e.detail.value && (requesting.value = undefined)}
        header={
          <h3 className="m-0">
            {translate(key`mobility.request`)}: {requesting.value?.entry?.name}
          </h3>
        }
        footer={
          <>
            <Button onClick={() => (requesting.value = undefined)}>{translate(key`form.cancel`)}</Button>
            <Button
              theme="primary"
              id="mobility-request-confirm"
              disabled={!requestPosition.value}
              onClick={async () => {
                const e = requesting.value!.entry!;
                const outcome = await MobilityBrowserService.request(
                  e.agency!,
                  e.nip!,
                  requestPosition.value,
                  note.value,
                );
                problem.value = outcome.problem;
                requested.value = outcome.request
                  ? translate(key`mobility.requested`, { name: e.name ?? '' })
                  : undefined;
                requesting.value = undefined;
              }}
            >
              {translate(key`mobility.request`)}
            </Button>
          </>
        }
      >
        <Select
          id="mobility-request-position"
          label={translate(key`mobility.forPosition`)}
          items={positionItems.slice(1)}
          value={requestPosition.value}
          onValueChanged={(e) => (requestPosition.value = e.detail.value)}
          className="field-l"
        />
        <TextArea
          id="mobility-request-note"
          label={translate(key`mobility.note`)}
          value={note.value}
          onValueChanged={(e) => (note.value = e.detail.value)}
          className="field-l"
        />
      </Dialog>
    </section>
  );
}
