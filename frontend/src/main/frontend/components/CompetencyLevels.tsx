import { translate, key } from '@vaadin/hilla-react-i18n';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import type Requirement from 'Frontend/generated/id/meritasn/ui/AssessmentEntryBrowserService/Requirement';

/** The position's competency standard, one row per competency, with a field for the level the employee achieved. */
export default function CompetencyLevels({
  standard,
  levels,
  onLevel,
}: {
  standard: Requirement[];
  levels: Record<string, string>;
  onLevel: (competency: string, level: string) => void;
}) {
  if (standard.length === 0) {
    return <span id="competency-no-standard">{translate(key`entry.noStandard`)}</span>;
  }
  return (
    <table id="competency-standard">
      <thead>
        <tr>
          <th className="text-left">{translate(key`entry.competencyName`)}</th>
          <th className="text-left">{translate(key`entry.competencyKind`)}</th>
          <th>{translate(key`entry.required`)}</th>
          <th>{translate(key`entry.achieved`)}</th>
        </tr>
      </thead>
      <tbody>
        {standard.map((r) => (
          <tr key={r.competency}>
            <td>{r.competency.replaceAll('_', ' ')}</td>
            <td>{r.kind}</td>
            <td className="text-center">{r.requiredLevel}</td>
            <td>
              <IntegerField
                id={`level-${r.competency}`}
                min={1}
                max={5}
                stepButtonsVisible
                aria-label={r.competency}
                value={levels[r.competency] ?? ''}
                className="field-xs"
                onValueChanged={(e) => onLevel(r.competency, e.detail.value)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
