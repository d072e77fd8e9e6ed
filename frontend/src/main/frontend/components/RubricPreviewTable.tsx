import { translate, key } from '@vaadin/hilla-react-i18n';
import type Preview from 'Frontend/generated/id/meritasn/assessment/RubricService/Preview';

/** The boxes the agency's employees would get under an edited rubric, beside those under the version in force. */
export default function RubricPreviewTable({ preview }: { preview: Preview }) {
  return (
    <div
      id="rubric-preview"
      className="flex flex-col gap-xs"
      role="region"
      aria-live="polite"
      aria-label={translate(key`rubric.preview.heading`)}
    >
      <h3 className="m-0">{translate(key`rubric.preview.heading`)}</h3>
      <p className="m-0 text-s">
        {translate(key`rubric.preview.summary`, {
          employees: preview.employees,
          changed: preview.changed,
          version: preview.inForceVersion,
        })}
      </p>
      <table id="rubric-preview-table">
        <thead>
          <tr>
            <th scope="col">{translate(key`rubric.preview.box`)}</th>
            <th scope="col">{translate(key`rubric.preview.inForce`)}</th>
            <th scope="col">{translate(key`rubric.preview.proposed`)}</th>
          </tr>
        </thead>
        <tbody>
          {(preview.boxes ?? []).map((b) => (
            <tr key={b?.box} id={`preview-box-${b?.box}`}>
              <th scope="row">{b?.box}</th>
              <td className="preview-in-force">{b?.inForce}</td>
              <td className="preview-proposed">{b?.proposed}</td>
            </tr>
          ))}
          <tr id="preview-not-mapped">
            <th scope="row">{translate(key`rubric.preview.notMapped`)}</th>
            <td className="preview-in-force">{preview.notMappedInForce}</td>
            <td className="preview-proposed">{preview.notMappedProposed}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
