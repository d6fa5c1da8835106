import { defineActionSpec, SHORT, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'return_draft',
  who: ['CENTER_DIRECTOR'],
  from: ['NOTICE_PENDING_APPROVAL'],
  to: 'INVESTIGATING',
  outcome: null,
  fields: { comment: text(SHORT) },
  sample: { comment: '法律依据请补充具体条款' },
});
