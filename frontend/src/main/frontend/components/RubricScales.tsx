import { translate, key } from '@vaadin/hilla-react-i18n';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import type RubricView from 'Frontend/generated/id/meritasn/ui/RubricBrowserService/RubricView';
import type { Scale, Values } from 'Frontend/components/rubricRules';

type Change = (e: { detail: { value: string } }) => void;

const SCALES: [Scale, ReturnType<typeof key>][] = [
  ['skpScale', key`rubric.skpScale`],
  ['educationScale', key`rubric.educationScale`],
  ['disciplineScale', key`rubric.disciplineScale`],
];

/** The scores the rubric gives each SKP predikat, education level and discipline status (0-100 each). */
export default function RubricScales({
  rubric,
  values,
  editable,
  error,
  set,
}: {
  rubric: RubricView;
  values: Values;
  editable: boolean;
  error: (field: string) => string | undefined;
  set: (field: string) => Change;
}) {
  return (
    <div className="flex gap-xl flex-wrap">
      {SCALES.map(([name, title]) => (
        <div className="flex flex-col gap-xs" id={`scale-${name}`} key={name}>
          <h4 className="m-0">{translate(title)}</h4>
          {rubric[name].map((e) => (
            <IntegerField
              key={e?.key}
              id={`score-${name}-${e?.key}`}
              label={e?.label}
              value={values[`${name}.${e?.key}`] ?? ''}
              readonly={!editable}
              manualValidation
              invalid={!!error(`${name}.${e?.key}`)}
              errorMessage={error(`${name}.${e?.key}`)}
              onValueChanged={set(`${name}.${e?.key}`)}
              className="field-m"
            />
          ))}
        </div>
      ))}
    </div>
  );
}
