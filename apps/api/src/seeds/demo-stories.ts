import type { Clock } from '../lib/clock.ts';
import type { CasesService } from '../modules/cases/cases.service.ts';
import type { PublicService } from '../modules/public/public.service.ts';
import type { SweepService } from '../modules/sweeper/sweep.service.ts';
import type { DemoActors } from './demo-data.ts';

type Deps = {
  cases: CasesService;
  publicService: PublicService;
  sweep: SweepService;
  clock: Clock;
  actors: DemoActors;
  unitIds: string[];
  /** Registry officers by name (demo-data.ts DEMO_OFFICERS). */
  officerIds: Record<string, string>;
  now: Date;
};

const DAY = 24 * 60 * 60 * 1000;

/** A handful of realistic cases, each taken through the loop to a different point. */
export async function demoStories({
  cases,
  publicService,
  sweep,
  clock,
  actors,
  unitIds,
  officerIds,
  now,
}: Deps) {
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(now.getTime() - daysAgo * DAY);
    d.setUTCHours(hour - 8, 0, 0, 0);
    return d;
  };
  const [market, urban, transport, ecology] = unitIds as [string, string, string, string];
  const staff = actors.staff!;

  async function story(
    daysAgo: number,
    input: Parameters<CasesService['create']>[0],
    steps: [number, keyof DemoActors, string, Record<string, unknown>][],
  ) {
    clock.set(at(daysAgo));
    let c = await cases.create(input, input.source === 'SUPERVISOR' ? actors.supervisor! : staff);
    for (const [offset, who, action, payload] of steps) {
      clock.set(at(daysAgo - offset, 10 + (offset % 6)));
      c = await cases.perform(c.id, { action, version: c.version, ...payload }, actors[who]!);
    }
    return c;
  }

  const notice = (days: number) => ({
    findings:
      '经调查核实，该单位执法人员在现场检查中未出示执法证件，且未告知当事人陈述、申辩的权利，执法程序不合法。',
    legalBasis: '《中华人民共和国行政处罚法》第五十二条、第五十五条；《行政执法监督条例》相关规定。',
    requiredRectification:
      '一、对涉事执法人员开展批评教育并组织执法程序培训；二、对该行政处罚决定依法进行自查纠正；三、将整改情况书面报告市司法局。',
    deadlineWorkingDays: days,
  });
  const hotline = (title: string, description: string, unitId: string) => ({
    source: 'HOTLINE' as const,
    title,
    description,
    unitId,
    reporter: { name: '李女士', phone: '139 0000 1234' },
  });

  // RECEIVED — a public complaint filed through the web form, not yet touched.
  clock.set(at(1));
  await publicService.fileReport({
    title: '出租车营运证年审收费不明',
    description:
      '本人于本月到市交通运输局办理出租车营运证年审，被要求缴纳“服务费”300元，未出具任何票据，也未告知收费依据。',
    unitName: '市交通运输局',
    contact: { name: '周先生', phone: '138 0000 5678' },
  });
  // RECEIVED — a public complaint naming a unit that is not in the list (列表中没有，手动填写):
  // its unit waits for the center to determine it (单位待确定).
  clock.set(at(2, 15));
  await publicService.fileReport({
    title: '夜市摊位被执法人员扣押货物未开清单',
    description:
      '本人在城南夜市摆摊，执法人员扣押了三箱货物，未出具扣押清单，也未说明是哪个部门。现场执法人员自称“城南综合执法中队”。',
    unitName: '城南综合执法中队',
  });
  // ASSESSING — media exposure.
  await story(
    3,
    {
      source: 'MEDIA',
      title: '媒体曝光：城管执法人员暴力收缴摊贩物品',
      description: '某晚报报道，城管执法人员在夜市暴力收缴摊贩物品，视频在网络流传。',
      unitId: urban,
    },
    [[0, 'staff', 'start_assessment', {}]],
  );
  // INVESTIGATING — a special supervisor's report with an evidence note.
  await story(
    6,
    {
      source: 'SUPERVISOR',
      title: '生态环境局对小微企业“一刀切”停产',
      description: '在走访中发现，市生态环境局对辖区内小微企业采取一律停产措施，未区分排污情况。',
      unitId: ecology,
    },
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [2, 'staff', 'add_evidence', { note: '已调取停产通知书 12 份，均未载明法律依据。' }],
    ],
  );
  // NOTICE_PENDING_APPROVAL — a draft waiting for the director.
  await story(
    8,
    hotline(
      '市场监管局现场检查未出示执法证件',
      '投诉人反映，市场监管局两名执法人员对其超市进行检查时未出示执法证件，当场作出罚款决定。',
      market,
    ),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [4, 'staff', 'draft_notice', notice(15)],
    ],
  );
  // AWAITING_REPLY — issued long enough ago to be due soon (yellow), acknowledged.
  await story(
    21,
    hotline(
      '市场监管局罚款未告知陈述申辩权利',
      '投诉人称市场监管局对其作出 5000 元罚款，未告知其陈述、申辩的权利。',
      market,
    ),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [4, 'staff', 'draft_notice', notice(15)],
      [5, 'director', 'approve_notice', {}],
      [6, 'unit1.handler', 'acknowledge', {}],
    ],
  );
  // AWAITING_REPLY — just issued to the urban management bureau.
  await story(
    7,
    hotline(
      '城管执法局暂扣物品未开具清单',
      '投诉人反映城管执法人员暂扣其三轮车及货物，未开具暂扣物品清单。',
      urban,
    ),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [3, 'staff', 'draft_notice', notice(15)],
      [4, 'director', 'approve_notice', {}],
    ],
  );
  // REPLY_UNDER_REVIEW — the unit's leader submitted a rectification report.
  await story(
    20,
    hotline(
      '市场监管局重复检查同一商户',
      '商户反映一个月内被市场监管局以同一事项检查四次，严重影响经营。',
      market,
    ),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [3, 'staff', 'draft_notice', notice(15)],
      [4, 'director', 'approve_notice', {}],
      [5, 'unit1.handler', 'acknowledge', {}],
      [
        12,
        'unit1.leader',
        'submit_rectification',
        { report: '我局已对相关执法人员进行批评教育，建立“双随机”检查名录，同一事项年内检查不超过两次。' },
      ],
    ],
  );
  // RECHECKING — the urban management bureau objects.
  await story(
    18,
    hotline('城管执法局对占道经营顶格处罚', '投诉人首次占道经营即被处以最高额罚款，未考虑情节轻微。', urban),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [3, 'staff', 'draft_notice', notice(15)],
      [4, 'director', 'approve_notice', {}],
      [
        9,
        'unit2.leader',
        'object',
        { grounds: '当事人系多次违法，已有两次书面警告记录，处罚适用裁量基准第三档，并非顶格处罚。' },
      ],
    ],
  );
  // REFERRED — the transport bureau never replied; the system referred it.
  await story(
    45,
    hotline(
      '交通运输局超期未办结行政许可',
      '投诉人申请道路运输经营许可已超过法定期限 40 日，无任何答复。',
      transport,
    ),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [3, 'staff', 'draft_notice', notice(10)],
      [4, 'director', 'approve_notice', {}],
    ],
  );
  clock.set(now);
  await sweep.run();
  // CLOSED / RECTIFIED — the whole loop, with feedback to the reporter.
  await story(
    40,
    hotline('市场监管局执法记录仪未开启', '投诉人称执法人员检查时未开启执法记录仪，且态度粗暴。', market),
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
      [3, 'staff', 'draft_notice', notice(15)],
      [4, 'director', 'approve_notice', {}],
      [5, 'unit1.handler', 'acknowledge', {}],
      [
        14,
        'unit1.leader',
        'submit_rectification',
        { report: '已对涉事人员停岗培训，全局开展执法记录仪全过程使用专项检查。' },
      ],
      [
        16,
        'staff',
        'accept_rectification',
        {
          feedback:
            '经核查，市场监管局已完成整改：涉事人员已停岗培训，并开展执法记录仪使用专项检查。感谢您的监督。',
        },
      ],
      // After closing: a public 通报 on the 曝光台 (art. 31) and a 处理建议 on the officer (art. 32),
      // accepted by the bureau (离岗教育: his certificate is suspended).
      [
        17,
        'director',
        'issue_circular',
        {
          scope: 'PUBLIC',
          text: '市市场监督管理局执法人员在现场检查中未开启执法记录仪、态度粗暴。经监督，该局已对涉事人员停岗培训，并在全局开展执法记录仪全过程使用专项检查。现予公开通报。',
        },
      ],
      [
        18,
        'director',
        'propose_officer_action',
        { officers: [officerIds.孙浩], measure: 'OFF_DUTY_TRAINING', targetOrgan: '市市场监督管理局' },
      ],
      [
        30,
        'staff',
        'record_officer_action_answer',
        {
          result: 'ACCEPTED',
          answeredOn: at(10).toISOString().slice(0, 10),
          text: '经局党组研究，同意对孙浩离岗培训三个月，培训考核合格后方可恢复执法。',
        },
      ],
    ],
  );
  // CLOSED / DISMISSED — outside the center's remit.
  await story(12, hotline('邻里噪音纠纷', '投诉人反映邻居装修噪音扰民，要求处理。', urban), [
    [0, 'staff', 'start_assessment', {}],
    [
      1,
      'staff',
      'dismiss',
      {
        reasonCode: 'NOT_ENFORCEMENT',
        reason: '属于民事纠纷，不属于行政执法监督范围。',
        feedback: '您反映的问题属于邻里民事纠纷，建议向所在社区或人民调解委员会申请调解。',
      },
    ],
  ]);

  // The 2026 条例's instruments (arts. 27–29), after the sweep above so none is referred.
  const opening = () =>
    [
      [0, 'staff', 'start_assessment', {}],
      [1, 'staff', 'open_investigation', {}],
    ] as [number, keyof DemoActors, string, Record<string, unknown>][];
  const instrument = (kind: 'URGING_LETTER' | 'OPINION', text: ReturnType<typeof notice>, days: number) => {
    const { deadlineWorkingDays: _w, ...content } = text;
    return { ...content, instrument: kind, deadlineCalendarDays: days };
  };
  // AWAITING_REPLY under a 督办函 — a duty not performed (art. 27).
  await story(
    9,
    hotline(
      '交通运输局对非法营运举报长期不查处',
      '投诉人多次向市交通运输局举报火车站周边“黑车”非法营运，三个月来未见查处，也未收到答复。',
      transport,
    ),
    [
      ...opening(),
      [
        3,
        'staff',
        'draft_notice',
        instrument(
          'URGING_LETTER',
          {
            ...notice(15),
            findings:
              '经调查核实，市交通运输局收到非法营运举报后，三个月内未立案查处，也未告知举报人处理情况，属于不履行法定职责。',
            legalBasis: '《中华人民共和国道路运输条例》第七条；《行政执法监督条例》第二十七条。',
            requiredRectification:
              '一、对举报线索依法立案查处；二、书面答复举报人；三、将履职情况书面报告市司法局。',
          },
          30,
        ),
      ],
      [4, 'director', 'approve_notice', {}],
    ],
  );
  // AWAITING_REPLY under a 意见书 — unlawful or clearly improper enforcement (art. 28).
  await story(
    14,
    {
      source: 'SUPERVISOR',
      title: '生态环境局对小作坊顶格罚款',
      description: '走访发现，市生态环境局对一家首次违法、及时改正的小作坊顶格罚款 20 万元。',
      unitId: ecology,
    },
    [
      ...opening(),
      [
        4,
        'staff',
        'draft_notice',
        instrument(
          'OPINION',
          {
            ...notice(15),
            findings:
              '经调查核实，当事人系首次违法且危害后果轻微并及时改正，市生态环境局仍按上限处以罚款，未适用裁量基准，处罚明显不当。',
            legalBasis: '《中华人民共和国行政处罚法》第五条、第三十三条；《行政执法监督条例》第二十八条。',
            requiredRectification:
              '一、对该处罚决定依法自查纠正；二、对照裁量基准复核同类案件；三、将纠正情况书面报告市司法局。',
          },
          30,
        ),
      ],
      [5, 'director', 'approve_notice', {}],
    ],
  );
  // AWAITING_REPLY under a 决定书 — a 意见书 ignored, proposed by the director, issued by the
  // government (art. 29).
  await story(
    45,
    hotline(
      '城管执法局违法强拆临街商铺雨棚',
      '商户反映，城管执法局未作出书面决定即强制拆除其临街雨棚，并损毁店内物品。',
      urban,
    ),
    [
      ...opening(),
      [
        3,
        'staff',
        'draft_notice',
        instrument(
          'OPINION',
          {
            ...notice(15),
            findings:
              '经调查核实，城管执法局未作出书面强制拆除决定、未履行催告程序即实施强制拆除，执法程序违法。',
            legalBasis:
              '《中华人民共和国行政强制法》第三十五条、第三十七条；《行政执法监督条例》第二十八条。',
            requiredRectification:
              '一、依法确认该强制拆除行为违法；二、依法赔偿商户损失；三、将纠正情况书面报告市司法局。',
          },
          15,
        ),
      ],
      [4, 'director', 'approve_notice', {}],
      [
        25,
        'director',
        'propose_decision',
        {
          grounds: '城管执法局收到意见书后逾期未纠正、未报告，也未提出异议，属拒不执行监督意见。',
          requiredRectification:
            '一、确认强制拆除行为违法并依法赔偿；二、对相关责任人员依规处理；三、书面报告执行情况。',
          deadlineCalendarDays: 30,
        },
      ],
      [27, 'government', 'issue_decision', { comment: '同意市司法局意见，作出行政执法监督决定书。' }],
      // 问题线索 on a squad leader not in the registry, to the 监察机关 (art. 33).
      [
        28,
        'director',
        'refer_lead',
        {
          officerNames: '城管执法局某中队队长',
          targetOrgan: '四平市监察委员会',
          text: '商户反映，强拆前该中队队长曾索要“好处费”，有商户提供的通话录音一份，涉嫌职务违法，移送审查。',
        },
      ],
    ],
  );
  clock.set(null);
}
