import { translate, key } from '@vaadin/hilla-react-i18n';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import type RubricView from 'Frontend/generated/id/meritasn/ui/RubricBrowserService/RubricView';
import { number, type Values } from 'Frontend/components/rubricRules';
import { Problem } from 'Frontend/components/problems';

type Change = (e: { detail: { value: string } }) => void;

/** Each axis's indicator weights with their running sum, which must be 100 (checked here and by the server). */
export default function RubricWeights({
  rubric,
  values,
  editable,
  error,
  set,
  axisProblem,
}: {
  rubric: RubricView;
  values: Values;
  editable: boolean;
  error: (field: string) => string | undefined;
  set: (field: string, related?: string) => Change;
  axisProblem: (axis: string) => string | undefined;
}) {
  const axisName = (axis: string) =>
    translate(axis === 'PERFORMANCE' ? key`talent.performance` : key`talent.potential`);
  return (
    <div className="flex gap-xl flex-wrap">
      {rubric.axes.map((a) => {
        const axis = a?.axis ?? '';
        const sum = (a?.weights ?? []).reduce((total, w) => total + (number(values[`weight.${w?.indicator}`]) ?? 0), 0);
        return (
          <div key={axis} id={`axis-${axis}`} className="flex flex-col gap-xs">
            <h4 className="m-0">{axisName(axis)}</h4>
            {(a?.weights ?? []).map((w) => (
              <IntegerField
                key={w?.indicator}
                id={`weight-${w?.indicator}`}
                label={w?.label}
                value={values[`weight.${w?.indicator}`] ?? ''}
                readonly={!editable}
                manualValidation
                invalid={!!error(`weight.${w?.indicator}`)}
                errorMessage={error(`weight.${w?.indicator}`)}
                onValueChanged={set(`weight.${w?.indicator}`, `axis.${axis}`)}
                className="field-xl"
              />
            ))}
            <strong id={`sum-${axis}`} className={sum === 100 ? undefined : 'problem'}>
              {translate(key`rubric.sum`, { sum })}
            </strong>
            <Problem
              as="span"
              id={`sum-${axis}-error`}
              text={sum !== 100 ? translate(key`rubric.sumError`, { axis: axisName(axis), sum }) : axisProblem(axis)}
            />
          </div>
        );
      })}
    </div>
  );
}
