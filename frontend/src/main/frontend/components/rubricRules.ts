/** The rubric editor's form values and the rules it checks before the server does. */
import { translate, key } from '@vaadin/hilla-react-i18n';
import type RubricView from 'Frontend/generated/id/meritasn/ui/RubricBrowserService/RubricView';

// The field names are the server's (weight.SKP, skpScale.BAIK, middleCutoff, ...), so its problems land on them.
export type Values = Record<string, string>;
export type Scale = 'skpScale' | 'educationScale' | 'disciplineScale';

export const PROBLEMS: Record<string, ReturnType<typeof key>> = {
  AXIS_SUM: key`rubric.problem.AXIS_SUM`,
  MISSING: key`rubric.problem.MISSING`,
  RANGE: key`rubric.problem.RANGE`,
  UNKNOWN: key`rubric.problem.UNKNOWN`,
  CUTOFF_ORDER: key`rubric.problem.CUTOFF_ORDER`,
  PAST: key`rubric.problem.PAST`,
};

const pad = (n: number) => String(n).padStart(2, '0');

// ISO dates read the same in both languages; the calendar itself follows the chosen language.
export const ISO = {
  firstDayOfWeek: 1,
  formatDate: (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month + 1)}-${pad(d.day)}`,
  parseDate: (text: string) => {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
    return m ? { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) } : undefined;
  },
};
export const INDONESIAN_CALENDAR = {
  monthNames: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  weekdays: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  weekdaysShort: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  today: 'Hari ini',
  cancel: 'Batal',
};

export function valuesOf(view: RubricView): Values {
  const values: Values = {
    middleCutoff: String(view.middleCutoff),
    highCutoff: String(view.highCutoff),
    performanceMiddleCutoff: String(view.performanceMiddleCutoff),
    performanceHighCutoff: String(view.performanceHighCutoff),
    performanceModel: view.performanceModel,
    liftBaikAt: view.liftBaikAt === undefined ? '' : String(view.liftBaikAt),
    skpYears: String(view.skpYears),
    // the agency's today (Asia/Jakarta), not the browser's
    effectiveFrom: view.today,
  };
  view.axes.forEach((a) => a?.weights.forEach((w) => (values[`weight.${w?.indicator}`] = String(w?.weight))));
  (['skpScale', 'educationScale', 'disciplineScale'] as Scale[]).forEach((scale) =>
    view[scale].forEach((e) => (values[`${scale}.${e?.key}`] = String(e?.score))),
  );
  return values;
}

export const number = (text: string | undefined) =>
  text === undefined || text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text);

/** The same rules the server applies, live, so most mistakes show before saving. */
export function localProblems(view: RubricView, values: Values): Record<string, string> {
  const problems: Record<string, string> = {};
  const score = (field: string) => {
    const v = number(values[field]);
    if (v === undefined) problems[field] = translate(PROBLEMS.MISSING);
    else if (v < 0 || v > 100) problems[field] = translate(PROBLEMS.RANGE, { value: v });
  };
  view.axes.forEach((a) => a?.weights.forEach((w) => score(`weight.${w?.indicator}`)));
  (['skpScale', 'educationScale', 'disciplineScale'] as Scale[]).forEach((scale) =>
    view[scale].forEach((e) => score(`${scale}.${e?.key}`)),
  );
  for (const axis of ['', 'performance']) {
    const [m, h] = axis ? [`${axis}MiddleCutoff`, `${axis}HighCutoff`] : ['middleCutoff', 'highCutoff'];
    score(m);
    score(h);
    const middle = number(values[m]);
    const high = number(values[h]);
    if (!problems[m] && !problems[h] && middle !== undefined && high !== undefined && middle >= high) {
      problems[h] = translate(PROBLEMS.CUTOFF_ORDER, { value: high });
    }
  }
  if (values.liftBaikAt?.trim()) score('liftBaikAt');
  if (!values.effectiveFrom) problems.effectiveFrom = translate(PROBLEMS.MISSING);
  return problems;
}

/** The rubric edit the server takes, from the form's values (blank numbers are sent as missing). */
export function rubricEdit(rubric: RubricView, values: Values) {
  const scale = (name: Scale) =>
    rubric[name].map((e) => ({ key: e?.key ?? '', score: number(values[`${name}.${e?.key}`]) }));
  return {
    effectiveFrom: values.effectiveFrom || undefined,
    weights: rubric.axes.flatMap((a) =>
      (a?.weights ?? []).map((w) => ({
        indicator: w?.indicator ?? '',
        weight: number(values[`weight.${w?.indicator}`]),
      })),
    ),
    skpScale: scale('skpScale'),
    educationScale: scale('educationScale'),
    disciplineScale: scale('disciplineScale'),
    middleCutoff: number(values.middleCutoff),
    highCutoff: number(values.highCutoff),
    performanceModel: values.performanceModel,
    performanceMiddleCutoff: number(values.performanceMiddleCutoff),
    performanceHighCutoff: number(values.performanceHighCutoff),
    liftBaikAt: number(values.liftBaikAt),
    skpYears: number(values.skpYears),
  };
}
