import { REGISTER_ACTION, TRANSITIONS } from '../packages/domain/src/index.ts';

// What the loader writes: case "paths" (the actions a case went through to reach its state),
// in realistic proportions, and the texts they carry. Everything here is data; load-sql.ts
// turns it into INSERT … SELECT statements.

export const UNITS = 50;
export const STAFF = 8;
export const DIRECTORS = 2;
/** Evidence events per investigated case: 0..MAX_EVIDENCE, which brings the mean to ≈ 10. */
export const MAX_EVIDENCE = 10;

type Actor = 'staff' | 'director' | 'leader' | 'handler' | 'system' | 'discipline';
const ACTOR: Record<string, Actor> = {
  approve_notice: 'director',
  uphold_objection: 'director',
  acknowledge: 'handler',
  submit_rectification: 'leader',
  object: 'leader',
  refer_overdue: 'system',
  accept_referral: 'discipline',
  record_disposition: 'discipline',
};
/** Steps that happen after the notice's deadline passed (timed from due_at, not the gap). */
const AFTER_DUE = new Set(['refer_overdue', 'accept_referral', 'record_disposition']);

/** Where a template's time anchor sits: the last event, or the notice's issue. */
type Anchor = 'last' | 'approve' | 'overdue';
type Template = {
  name: string;
  /** Share of the non-overdue 90 % of cases, in percent. */
  weight: number;
  steps: (k: number) => string[];
  anchor: Anchor;
  /** The anchor lies between lo and hi days before the bench's "now". */
  lo: number;
  hi: number;
};

const ev = (k: number) => Array<string>(k).fill('add_evidence');
const investigated = (k: number) => [REGISTER_ACTION, 'start_assessment', 'open_investigation', ...ev(k)];
const issued = (k: number) => [...investigated(k), 'draft_notice', 'approve_notice'];
const REPLY = ['acknowledge', 'submit_rectification'];
const REFERRAL = ['refer_overdue', 'accept_referral'];

const t = (
  name: string,
  weight: number,
  anchor: Anchor,
  lo: number,
  hi: number,
  steps: Template['steps'],
) => ({
  name,
  weight,
  anchor,
  lo,
  hi,
  steps,
});

// name, % of the non-overdue cases, time anchor, anchor window (days before "now"), actions.
export const TEMPLATES: Template[] = [
  t('RECEIVED', 2, 'last', 0.01, 3, () => [REGISTER_ACTION]),
  t('ASSESSING', 3, 'last', 0.01, 7, () => [REGISTER_ACTION, 'start_assessment']),
  t('INVESTIGATING', 6, 'last', 0.01, 30, investigated),
  t('PENDING_APPROVAL', 2, 'last', 0.01, 10, (k) => [...investigated(k), 'draft_notice']),
  t('AWAITING_OPEN', 4, 'approve', 0.5, 15, issued),
  t('UNDER_REVIEW', 2, 'approve', 5, 40, (k) => [...issued(k), 'acknowledge', 'submit_rectification']),
  t('RECHECKING', 1, 'approve', 3, 40, (k) => [...issued(k), 'object']),
  t('REFERRED', 3, 'approve', 40, 200, (k) => [...issued(k), 'refer_overdue', 'accept_referral']),
  t('DISMISSED', 8, 'last', 1, 365, () => [REGISTER_ACTION, 'start_assessment', 'dismiss']),
  t('TRANSFERRED', 5, 'last', 1, 365, () => [REGISTER_ACTION, 'start_assessment', 'transfer_out']),
  t('NO_VIOLATION', 12, 'last', 1, 365, (k) => [...investigated(k), 'conclude_no_violation']),
  t('RECTIFIED', 38, 'approve', 25, 360, (k) => [...issued(k), ...REPLY, 'accept_rectification']),
  t('WITHDRAWN', 1.5, 'approve', 25, 360, (k) => [...issued(k), 'object', 'uphold_objection']),
  t('DISCIPLINED', 2.5, 'approve', 60, 360, (k) => [...issued(k), ...REFERRAL, 'record_disposition']),
  // The forced 10 %: awaiting a reply whose deadline has passed (half of them acknowledged).
  t('OVERDUE', 0, 'overdue', 0, 0, issued),
  t('OVERDUE_ACK', 0, 'overdue', 0, 0, (k) => [...issued(k), 'acknowledge']),
];

const stateAfter = (state: string | null, action: string): string =>
  action === REGISTER_ACTION ? 'RECEIVED' : (TRANSITIONS[action as keyof typeof TRANSITIONS].to ?? state!);

export type PathRow = {
  tpl: string;
  k: number;
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  actor: Actor;
  afterDue: boolean;
};
export type TemplateInfo = {
  tpl: string;
  k: number;
  version: number;
  state: string;
  outcome: string | null;
  anchor: Anchor;
  anchorSeq: number;
  lo: number;
  hi: number;
  approveSeq: number | null;
  ackSeq: number | null;
  referSeq: number | null;
  acceptRefSeq: number | null;
  objections: number;
};

/** Every (template, k) expanded into its steps and the facts the case row needs. */
export function expandTemplates(): { paths: PathRow[]; infos: TemplateInfo[] } {
  const paths: PathRow[] = [];
  const infos: TemplateInfo[] = [];
  for (const t of TEMPLATES) {
    for (let k = 0; k <= MAX_EVIDENCE; k++) {
      const steps = t.steps(k);
      let state: string | null = null;
      let outcome: string | null = null;
      steps.forEach((action, i) => {
        const toState = stateAfter(state, action);
        const row = TRANSITIONS[action as keyof typeof TRANSITIONS];
        if (row && 'outcome' in row && row.outcome) outcome = row.outcome;
        paths.push({
          tpl: t.name,
          k,
          seq: i + 1,
          action,
          fromState: state,
          toState,
          actor: ACTOR[action] ?? 'staff',
          afterDue: AFTER_DUE.has(action),
        });
        state = toState;
      });
      const seqOf = (...names: string[]) => {
        const i = steps.findIndex((a) => names.includes(a));
        return i < 0 ? null : i + 1;
      };
      const approveSeq = seqOf('approve_notice');
      infos.push({
        tpl: t.name,
        k,
        version: steps.length,
        state: state!,
        outcome,
        anchor: t.anchor,
        anchorSeq: t.anchor === 'last' ? steps.length : approveSeq!,
        lo: t.lo,
        hi: t.hi,
        approveSeq,
        ackSeq: seqOf('acknowledge', 'submit_rectification', 'object'),
        referSeq: seqOf('refer_overdue'),
        acceptRefSeq: seqOf('accept_referral'),
        objections: steps.filter((a) => a === 'object').length,
      });
    }
  }
  return { paths, infos };
}

/** Texts (no quotes or backslashes: they are spliced into canonical JSON as they are). */
const words = (s: string) => s.split(' ');
export const TEXT = {
  places: words(
    '人民路 解放街 新华路 长安大道 滨河路 建设路 文化街 中山路 和平路 光明路 幸福小区 阳光花园 开发区 老城区 高新区 火车站 汽车站 农贸市场 步行街 东湖公园',
  ),
  problems: words(
    '占道经营 违规停车处罚 噪音扰民 油烟污染 违章建筑 无证经营 食品安全 价格欺诈 渣土车抛洒 夜间施工 河道排污 广告牌设置 共享单车乱停放 出租车拒载 超限运输 违规收费 执法态度粗暴 处罚程序违法 不作为 选择性执法',
  ),
  sentences: words(
    '群众多次反映该问题长期存在，相关执法单位未及时处理。 投诉人称执法人员在现场未出示执法证件。 经初步了解，该问题涉及多个部门职责，需进一步核实。 附近居民反映问题已持续数月，严重影响正常生活。 投诉人要求依法查处并书面答复处理结果。 据反映，执法单位作出的处罚决定未告知陈述申辩权利。',
  ),
  note: '调取执法记录仪视频及现场照片，询问当事人并制作笔录。',
  findings: '经调查核实，执法单位存在未依法履行监管职责的情形。',
  legalBasis: '《行政执法监督条例》第二十三条',
  rectification: '依法履行监管职责，完善执法程序，并书面报告整改情况。',
  report: '已对相关责任人进行批评教育，完善了执法程序并加强日常巡查。',
  feedback: '您反映的问题已处理完毕，感谢您的监督。',
  reason: '经审查，反映事项不属于本中心监督范围。',
  grounds: '该事项已依法处理完毕，通知书认定事实有误。',
  disposition: '诫勉谈话',
  decision: '对相关责任人予以诫勉谈话处理。',
  targetOrgan: '市信访局',
};
