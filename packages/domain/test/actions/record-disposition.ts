import { defineActionSpec, LONG, SHORT, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'record_disposition',
  who: ['DISCIPLINE'],
  from: ['REFERRED'],
  to: 'CLOSED',
  outcome: 'DISCIPLINE_CONCLUDED',
  fields: { disposition: text(SHORT), decision: text(LONG), feedback: text(LONG) },
  sample: {
    disposition: '诫勉谈话',
    decision: '对该局分管副局长诫勉谈话，对涉事执法人员通报批评。',
    feedback: '纪检监察机关已对相关责任人作出处理。',
  },
});
