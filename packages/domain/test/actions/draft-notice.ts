import { choice, days, defineActionSpec, LONG, optional, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'draft_notice',
  who: ['CENTER_STAFF'],
  from: ['INVESTIGATING'],
  to: 'NOTICE_PENDING_APPROVAL',
  outcome: null,
  note:
    'product.md v2: the instrument NOTICE / URGING_LETTER / OPINION (NOTICE when left out, as in v1) and ' +
    'the deadline as at most one of working or calendar days; neither: the instrument’s default from ' +
    'the office profile. The sample gives no days so each period field can be tried on its own.',
  fields: {
    instrument: optional(choice(['NOTICE', 'URGING_LETTER', 'OPINION'])),
    findings: text(LONG),
    legalBasis: text(LONG),
    requiredRectification: text(LONG),
    deadlineWorkingDays: optional(days(1, 60)),
    deadlineCalendarDays: optional(days(1, 90)),
  },
  sample: {
    instrument: 'NOTICE',
    findings: '执法人员在现场检查中未出示执法证件，且未告知当事人陈述、申辩的权利',
    legalBasis: '《中华人民共和国行政处罚法》第五十五条',
    requiredRectification: '组织执法人员开展执法程序培训，并书面报告整改情况',
  },
});
