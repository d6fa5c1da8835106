import { choice, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'issue_circular',
  who: ['CENTER_DIRECTOR'],
  from: ['REFERRED', 'CLOSED'],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "通报: scope INTERNAL or PUBLIC, text; public ones are anonymized and appear on the 曝光台".',
  fields: { scope: choice(['INTERNAL', 'PUBLIC']), text: text(LONG) },
  sample: {
    scope: 'PUBLIC',
    text: '市市场监督管理局执法人员在检查中未出示执法证件，经监督后已整改，现予通报。',
  },
});
