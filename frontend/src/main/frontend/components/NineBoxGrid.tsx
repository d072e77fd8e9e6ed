import { translate, key } from '@vaadin/hilla-react-i18n';
import type MapView from 'Frontend/generated/id/meritasn/ui/TalentBrowserService/MapView';

// PermenPANRB 3/2020: rows are performance (high at the top), columns potential (low at the left)
const LAYOUT = [
  [4, 7, 9],
  [2, 5, 8],
  [1, 3, 6],
];

/**
 * The nine boxes with their counts, shares and the agency's guideline. Each box is a button (Tab and Enter filter the
 * members to it, again to show all); while calibrating a member row may also be dropped on a box.
 */
export default function NineBoxGrid({
  view,
  status,
  selected,
  onSelect,
  onDrop,
}: {
  view: MapView | undefined;
  status: string | undefined;
  selected: number | undefined;
  onSelect: (box: number | undefined) => void;
  onDrop?: (box: number) => void;
}) {
  return (
    <div className="flex gap-m">
      <div className="axis-vertical">{translate(key`talent.performance`)} →</div>
      <div>
        <div className="nine-box" id="nine-box" data-status={status}>
          {LAYOUT.flat().map((b) => (
            <button
              key={b}
              id={`box-${b}`}
              aria-pressed={selected === b}
              onClick={() => onSelect(selected === b ? undefined : b)}
              onDragOver={(e) => onDrop && e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                onDrop?.(b);
              }}
              className={`nine-box-cell ${b >= 7 ? 'box-high' : b >= 4 ? 'box-middle' : 'box-low'}`}
            >
              <div className="text-s">
                {translate(key`talent.box`)} {b}
              </div>
              <div className="font-semibold text-xl" id={`box-${b}-count`}>
                {view?.counts?.[b] ?? 0}
              </div>
              <div className="text-xs" id={`box-${b}-share`}>
                {view?.percents?.[b] ?? 0}%
                {view?.guideline?.[b] !== undefined
                  ? ` · ${translate(key`talentmap.guideline`)} ${view?.guideline?.[b]}%`
                  : ''}
              </div>
            </button>
          ))}
        </div>
        <div className="text-s text-center">{translate(key`talent.potential`)} →</div>
      </div>
    </div>
  );
}
