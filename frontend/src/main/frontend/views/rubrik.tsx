import { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { i18n, translate, key } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { NumberField } from '@vaadin/react-components/NumberField.js';
import { useSignal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { RubricBrowserService } from 'Frontend/generated/endpoints';
import type RubricView from 'Frontend/generated/id/meritasn/ui/RubricBrowserService/RubricView';
import type RubricProblem from 'Frontend/generated/id/meritasn/assessment/RubricProblem';
import type Preview from 'Frontend/generated/id/meritasn/assessment/RubricService/Preview';
import RubricPreviewTable from 'Frontend/components/RubricPreviewTable';
import RubricScales from 'Frontend/components/RubricScales';
import RubricWeights from 'Frontend/components/RubricWeights';
import {
  INDONESIAN_CALENDAR,
  ISO,
  PROBLEMS,
  type Values,
  localProblems,
  rubricEdit,
  valuesOf,
} from 'Frontend/components/rubricRules';
import { Select } from '@vaadin/react-components/Select.js';
import { useAuth } from 'Frontend/auth/auth';
import { Problem, problemText } from 'Frontend/components/problems';

export const config: ViewConfig = {
  title: key`rubric.menu`,
  rolesAllowed: ['TENANT_ADMIN', 'ASSESSOR', 'TALENT_COMMITTEE', 'PPK'],
  menu: { order: 4.6, icon: 'vaadin:scale', title: key`rubric.menu` },
};

export default function RubricEditorView() {
  const { hasAccess } = useAuth();
  const editable = hasAccess({ rolesAllowed: ['TENANT_ADMIN'] });
  const view = useSignal<RubricView | undefined>(undefined);
  const values = useSignal<Values>({});
  const server = useSignal<Record<string, string>>({});
  const general = useSignal<string[]>([]);
  const saved = useSignal<{ version: number; effectiveFrom: string } | undefined>(undefined);
  const refused = useSignal(0);
  const saving = useSignal(false);
  const preview = useSignal<Preview | undefined>(undefined);
  const loadError = useSignal<string | undefined>(undefined);

  const load = async () => {
    try {
      const rubric = await RubricBrowserService.rubric();
      view.value = rubric;
      values.value = valuesOf(rubric);
    } catch (e) {
      loadError.value = problemText(e);
    }
  };
  useEffect(() => {
    load();
  }, []);

  if (loadError.value) return <Problem className="p-l" text={loadError.value} />;
  if (!view.value) return <p className="p-l">{translate(key`agencies.loading`)}</p>;
  const rubric = view.value;

  const local = localProblems(rubric, values.value);
  const error = (field: string) => local[field] ?? server.value[field];
  const set = (field: string, related?: string) => (e: { detail: { value: string } }) => {
    if (values.value[field] === e.detail.value) return;
    values.value = { ...values.value, [field]: e.detail.value };
    // a server problem is about what was sent; once the field changes it no longer applies
    const { [field]: _, ...rest } = server.value;
    if (related) delete rest[related];
    server.value = rest;
  };
  const edit = () => rubricEdit(rubric, values.value);
  // the server's problems are non-null records; the generated types cannot say so
  const showProblems = (sent: (RubricProblem | undefined)[] | undefined) => {
    const problems = (sent ?? []).filter((p): p is RubricProblem => !!p);
    const text = (p: RubricProblem) =>
      PROBLEMS[p.rule ?? ''] ? translate(PROBLEMS[p.rule ?? ''], { value: p.value ?? '' }) : (p.message ?? '');
    const field = (p: RubricProblem) => p.field ?? '';
    const known = (p: RubricProblem) => field(p) in values.value || field(p).startsWith('axis.');
    server.value = Object.fromEntries(problems.filter(known).map((p) => [field(p), text(p)]));
    general.value = problems.filter((p) => !known(p)).map(text);
    refused.value = problems.length;
  };
  const showPreview = async () => {
    preview.value = undefined;
    try {
      const result = await RubricBrowserService.preview(edit());
      if (result && (result.problems ?? []).length > 0) showProblems(result.problems);
      else preview.value = result;
    } catch (e) {
      general.value = [problemText(e)];
      refused.value = 1;
    }
  };

  const save = async () => {
    saving.value = true;
    saved.value = undefined;
    try {
      const result = await RubricBrowserService.save(edit());
      if (result.version !== undefined && result.effectiveFrom) {
        server.value = {};
        general.value = [];
        refused.value = 0;
        saved.value = { version: result.version, effectiveFrom: result.effectiveFrom };
        await load();
      } else {
        showProblems(result.problems);
      }
    } catch (e) {
      general.value = [problemText(e)];
      refused.value = 1;
    } finally {
      saving.value = false;
    }
  };

  return (
    <section className="p-l flex flex-col gap-m" id="rubric">
      <h2 className="m-0">{translate(key`rubric.heading`)}</h2>
      <p className="m-0" id="rubric-version">
        {rubric.version === 0
          ? translate(key`rubric.national`)
          : translate(key`rubric.inForce`, { version: rubric.version, date: rubric.effectiveFrom })}
      </p>
      {rubric.scheduledVersion ? (
        <p className="m-0" id="rubric-scheduled">
          {translate(key`rubric.scheduled`, { version: rubric.scheduledVersion, date: rubric.scheduledFrom ?? '' })}
        </p>
      ) : null}

      <h3 className="m-0">{translate(key`rubric.weights`)}</h3>
      <RubricWeights
        rubric={rubric}
        values={values.value}
        editable={editable}
        error={error}
        set={set}
        axisProblem={(axis) => server.value[`axis.${axis}`]}
      />

      <h3 className="m-0">{translate(key`rubric.performanceRule`)}</h3>
      <div className="flex gap-m flex-wrap items-end">
        <Select
          id="performance-model"
          label={translate(key`rubric.model`)}
          value={values.value.performanceModel}
          readonly={!editable}
          className="field-xl"
          onValueChanged={set('performanceModel')}
          items={['SKP_PREDIKAT', 'WEIGHTED'].map((m) => ({
            value: m,
            label: translate(m === 'SKP_PREDIKAT' ? key`rubric.model.SKP_PREDIKAT` : key`rubric.model.WEIGHTED`),
          }))}
        />
        <Select
          id="skp-years"
          label={translate(key`rubric.skpYears`)}
          value={values.value.skpYears}
          readonly={!editable}
          onValueChanged={set('skpYears')}
          items={['1', '2'].map((y) => ({ value: y, label: y }))}
        />
        <IntegerField
          id="lift-baik-at"
          label={translate(key`rubric.liftBaikAt`)}
          value={values.value.liftBaikAt ?? ''}
          readonly={!editable}
          manualValidation
          invalid={!!error('liftBaikAt')}
          errorMessage={error('liftBaikAt')}
          helperText={translate(key`rubric.liftBaikAtHelp`)}
          onValueChanged={set('liftBaikAt')}
          className="field-m"
        />
      </div>
      <div className="flex gap-m flex-wrap">
        <NumberField
          id="performance-cutoff-middle"
          label={translate(key`rubric.performanceMiddleCutoff`)}
          value={values.value.performanceMiddleCutoff ?? ''}
          readonly={!editable}
          manualValidation
          invalid={!!error('performanceMiddleCutoff')}
          errorMessage={error('performanceMiddleCutoff')}
          onValueChanged={set('performanceMiddleCutoff', 'performanceHighCutoff')}
        />
        <NumberField
          id="performance-cutoff-high"
          label={translate(key`rubric.performanceHighCutoff`)}
          value={values.value.performanceHighCutoff ?? ''}
          readonly={!editable}
          manualValidation
          invalid={!!error('performanceHighCutoff')}
          errorMessage={error('performanceHighCutoff')}
          onValueChanged={set('performanceHighCutoff')}
        />
      </div>

      <h3 className="m-0">{translate(key`rubric.cutoffs`)}</h3>
      <p className="m-0 text-s">{translate(key`rubric.cutoffsHelp`)}</p>
      <div className="flex gap-m flex-wrap">
        <NumberField
          id="cutoff-middle"
          label={translate(key`rubric.middleCutoff`)}
          value={values.value.middleCutoff ?? ''}
          readonly={!editable}
          manualValidation
          invalid={!!error('middleCutoff')}
          errorMessage={error('middleCutoff')}
          onValueChanged={set('middleCutoff', 'highCutoff')}
        />
        <NumberField
          id="cutoff-high"
          label={translate(key`rubric.highCutoff`)}
          value={values.value.highCutoff ?? ''}
          readonly={!editable}
          manualValidation
          invalid={!!error('highCutoff')}
          errorMessage={error('highCutoff')}
          onValueChanged={set('highCutoff')}
        />
      </div>

      <h3 className="m-0">{translate(key`rubric.scales`)}</h3>
      <RubricScales rubric={rubric} values={values.value} editable={editable} error={error} set={set} />

      {editable ? (
        <div className="flex flex-col gap-s">
          <div className="flex gap-m items-end flex-wrap">
            <DatePicker
              id="effective-from"
              label={translate(key`rubric.effectiveFrom`)}
              value={values.value.effectiveFrom ?? ''}
              min={rubric.today}
              manualValidation
              invalid={!!error('effectiveFrom')}
              errorMessage={error('effectiveFrom')}
              i18n={i18n.language.value?.startsWith('en') ? ISO : { ...ISO, ...INDONESIAN_CALENDAR }}
              onValueChanged={set('effectiveFrom')}
            />
            <Button id="rubric-preview-button" onClick={showPreview}>
              {translate(key`rubric.preview`)}
            </Button>
            <Button id="rubric-save" theme="primary" disabled={saving.value} onClick={save}>
              {translate(key`rubric.save`)}
            </Button>
          </div>
          {preview.value ? <RubricPreviewTable preview={preview.value} /> : null}
          {refused.value > 0 ? (
            <Problem as="div" id="save-refused">
              {translate(key`rubric.refused`, { count: refused.value })}
              {general.value.length > 0 ? (
                <ul id="rubric-problems">
                  {general.value.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
            </Problem>
          ) : null}
          {saved.value ? (
            <p className="m-0" id="saved-version" role="status">
              {translate(key`rubric.saved`, { version: saved.value.version, date: saved.value.effectiveFrom })}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="m-0 text-s" id="rubric-readonly">
          {translate(key`rubric.readOnly`)}
        </p>
      )}
    </section>
  );
}
