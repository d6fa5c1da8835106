import { days, defineActionSpec, LONG, optional, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'propose_decision',
  who: ['CENTER_DIRECTOR'],
  from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'],
  to: 'DECISION_PENDING',
  outcome: null,
  note:
    'product.md v2 / 条例 art. 29: the supervision body proposes, the 本级人民政府 decides. api-contract: ' +
    'grounds, requiredRectification and one of deadlineWorkingDays / deadlineCalendarDays (neither: ' +
    'the 决定书 default of the office profile).',
  fields: {
    grounds: text(LONG),
    requiredRectification: text(LONG),
    deadlineWorkingDays: optional(days(1, 60)),
    deadlineCalendarDays: optional(days(1, 90)),
  },
  sample: {
    grounds: '该局收到意见书后逾期未整改，也未提出异议，属拒不执行监督文书',
    requiredRectification: '撤销违法作出的行政处罚决定，并书面报告整改结果',
  },
});
