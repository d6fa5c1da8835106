import { registryTermsEn } from '@sp/domain';
import type { Messages } from '../types';
import type { registryZhCN } from './registry';

// biome-ignore format: a dense table, side by side with registry.ts
export const registryEn: Messages<typeof registryZhCN> = {
  terms: registryTermsEn,
  nav: {
    officers: 'Officers', bodies: 'Enforcement bodies', benchmarks: 'Discretion benchmarks', reviews: 'Case-file review',
    caseFiles: 'Case files', campaign: 'Campaign', sheet: 'Score sheet', reviewFile: 'Reviewed file', report: 'Review report',
    mySheets: 'My review tasks', publicDraw: 'Published draw',
  },
  common: {
    importTitle: 'Import from Excel', importHint: 'Download the template, fill it in as its 填写说明 sheet explains, then upload it. If any row is wrong, nothing is imported.',
    template: 'Download template', upload: 'Upload .xlsx file', imported: '{{n}} rows imported.', importFailed: 'Import failed; fix these rows:',
    save: 'Save', actions: 'Actions', saved: 'Saved.', edit: 'Edit', add: 'Add', fieldsHint: 'Separate several with 、 or commas', none: '—', all: 'All',
  },
  officers: {
    title: 'Officers', intro: 'The administrator keeps certificate data; the public can verify a certificate on the officer lookup page.', add: 'Register an officer',
    name: 'Name', unit: 'Body', certificateNo: 'Certificate no.', fields: 'Fields', validFrom: 'Valid from', validUntil: 'Valid until',
    status: 'Status', idCardNo: 'ID card no. (private)', phone: 'Phone (private)', note: 'Internal note (private)', search: 'Name or certificate no.',
    changeStatus: 'Change status', newStatus: 'New status', reason: 'Reason', history: 'Status history', changedBy: 'By', at: 'When',
    registered: 'Officer {{name}} registered.', statusChanged: 'Status changed.', empty: 'No officers yet.',
    expiredHint: '“Expired” follows from the validity dates; it is never set by hand.',
  },
  bodies: {
    title: 'Enforcement bodies', intro: 'Bodies are the units of the system (name and credit code are kept under unit administration); here you record their legal basis and fields.',
    unit: 'Body', legalBasis: 'Legal basis of its powers', fields: 'Fields', officers: 'Officers', updatedAt: 'Updated', empty: 'No bodies yet.',
  },
  benchmarks: {
    title: 'Discretion benchmarks', intro: 'The library of penalty discretion benchmarks that supervision notices can cite.', add: 'Add a benchmark', unit: 'Body',
    general: 'General', field: 'Field', violation: 'Violation', legalBasis: 'Legal basis', ranges: 'Ranges',
    circumstance: 'Circumstance', range: 'Range', addRange: 'Add a range', removeRange: 'Remove this range', search: 'Keywords', empty: 'No benchmarks yet.',
  },
  publicLookup: {
    title: 'Enforcement officer lookup', intro: 'Enter a certificate number, or a name and the body, to verify an officer and the status of their certificate.',
    mode: 'Look up by', byCertificate: 'By certificate number', byName: 'By name', certificateNo: 'Certificate no.', name: 'Name', unit: 'Body',
    submit: 'Look up', notFound: 'No officer matches. Check the details and try again.', validUntil: 'Valid until', fields: 'Fields',
    status: 'Certificate status', unitName: 'Body', resultTitle: 'Result',
  },
  reviews: {
    title: 'Case-file review', intro: 'Run a centralized review: scope, reviewers and checklist; a verifiable random draw of files and reviewers; scoring, reconciliation, report.',
    newCampaign: 'New campaign', campaigns: 'Campaigns', empty: 'No campaigns yet.', status: 'Status', period: 'Period',
    createdAt: 'Created', open: 'Open', caseFilesLink: 'Case files', mySheets: 'My review tasks',
  },
  campaignForm: {
    title: 'Campaign title', units: 'Units reviewed', periodFrom: 'Decisions from', periodTo: 'Decisions until', fileKinds: 'Kinds of files',
    fileKindsHint: 'None selected: every kind.', filesPerUnit: 'Files drawn per unit', reviewersPerFile: 'Reviewers per file',
    users: 'Reviewers (users)', usersHint: 'Nobody reviews a file of their own unit.', experts: 'Outside experts', expertsHint: 'One expert name per line.',
    checklist: 'Checklist', checklistHint: 'Default: presentation 20 + content 80 points; subject, facts and evidence, legal basis are veto items (one failed: the file fails).',
    excellent: 'Excellent from', pass: 'Pass from', tolerance: 'Reconciliation tolerance', toleranceHint: 'When the two totals differ by more, or only one reviewer vetoes, the lead reconciles.',
    submit: 'Create and publish the seed commitment', created: 'Campaign created; its seed commitment is published.',
  },
  campaign: {
    scope: 'Scope', units: 'Units', kinds: 'Kinds', allKinds: 'All kinds', filesPerUnit: 'Files per unit', reviewersPerFile: 'Reviewers per file',
    reviewers: 'Reviewer pool', lead: 'Lead', commitment: 'Seed commitment (SHA-256)', commitmentHint: 'Published when the campaign opened. After the draw the seed is published: anyone can check that SHA-256(seed) equals this value and recompute the draw.',
    draw: 'Random draw', observerValue: 'Observer’s value', observerValueHint: 'Given by the observer present (e.g. the discipline office), such as dice rolls; combined with the seed.',
    observerName: 'Observer', drawSubmit: 'Draw', drawConfirm: 'A campaign is drawn only once. Draw now?', drawn: 'Drawn.',
    seed: 'Seed (published)', finalSeed: 'Final seed', drawnAt: 'Drawn at', publicLink: 'Public page', result: 'Result',
    files: 'Files under review', file: 'File', reviewersOfFile: 'Reviewers', total: 'Score', grade: 'Grade', fileStatus: 'Progress',
    results: 'Results', unit: 'Unit', count: 'Files', excellent: 'Excellent', passCount: 'Pass', fail: 'Fail',
    pending: 'Pending', passRate: 'Pass rate', totalRow: 'Total', close: 'Close the review', closed: 'The review is closed.', report: 'Report', noRate: '—',
    sheetDone: 'scored', sheetTodo: 'to score', outsideExpert: 'outside expert', checklistTitle: 'Checklist', vetoItems: 'Veto items', points: '{{n}} points',
  },
  sheet: {
    title: 'Case-file score sheet', caseFile: 'File', unit: 'Unit', kind: 'Kind', decisionDate: 'Decided', attachments: 'Documents in the file',
    reviewer: 'Reviewer', items: 'Items', vetoItems: 'Veto items (tick those failed)', vetoHint: 'One failed veto item makes the file fail.',
    comments: 'Comments', total: 'Total', grade: 'Grade', submit: 'Submit scores', submitted: 'Scores submitted.', submittedAt: 'Submitted',
    readOnly: 'This sheet can no longer be changed.', score: 'Score (0–{{max}})', entering: 'Entering an outside expert’s paper sheet',
  },
  reviewFile: {
    title: 'Reviewed file', sheets: 'The two reviewers’ scores', reconcile: 'Reconcile', reconcileHint: 'The reviewers disagree; the lead records the agreed result.',
    total: 'Agreed total', vetoed: 'A veto item failed', note: 'Reconciliation note', reconcileSubmit: 'Record result', reconciled: 'Result recorded.',
    reconciliation: 'Reconciliation', finding: 'Open a supervision case', findingHint: 'Registers a case with the source “case-file review”, linked to this file both ways.',
    findingTitle: 'Case title', findingDescription: 'What was found', findingSubmit: 'Register the case', findingCase: 'Supervision case',
    findingCreated: 'Case {{number}} registered.', fromReview: 'Source: case-file review', reviewOrigin: 'Campaign {{campaign}} · file {{number}}',
  },
  caseFiles: {
    title: 'Case files', intro: 'Register enforcement case files for review (decision number, unit, kind, decision date, documents), one by one or from Excel.',
    add: 'Register a file', number: 'File number', unit: 'Unit', kind: 'Kind', decisionDate: 'Decision date', attachments: 'Documents in the file',
    created: 'File {{number}} registered.', empty: 'No case files yet.',
  },
  report: { docTitle: 'Case-file review report', print: 'Print', back: 'Back to the campaign', hint: 'Printing outputs only the report (A4).' },
  mySheets: { title: 'My review tasks', empty: 'No review tasks.', campaign: 'Campaign', file: 'File', unit: 'Unit', state: 'Status', open: 'Score' },
  caseOfficers: {
    title: 'Officers involved', empty: 'No officers cited.', flag: 'Uncertified officer involved',
    flagExplain: 'These officers had no valid enforcement certificate on the date of the act:', officerFlag: 'No valid certificate that day',
    certificateNo: 'Certificate no.', validity: 'Valid {{from}} to {{to}}', statusNow: 'Status now',
    edit: 'Change the officers involved', pick: 'Officers', pickHint: 'Type a name or certificate number; several may be chosen.', save: 'Save', cancel: 'Cancel', remove: 'Remove', chosen: 'Chosen officers', atRegistration: 'Officers involved (optional)',
    saved: 'The officers involved were updated and recorded in the case history.',
    history: { action: 'Officers involved changed', officers: 'Officers involved', previous: 'Previously' },
  },
  benchmarkCite: { toggle: 'Cite a discretion benchmark', search: 'Find a benchmark (violation, basis or field)', empty: 'No benchmark found.', insert: 'Insert citation', cited: 'Cited' },
  quality: {
    title: 'Handling and case-file quality', reportHandlingRate: 'Reports upheld (查处率)', reviewPassRate: 'Case-file pass rate',
    uncertifiedOfficerCases: 'Cases involving an uncertified officer', uncertifiedShort: 'Uncertified-officer cases', noRate: '—',
    definitions: 'Reports upheld = citizens’ reports (web, hotline) concluded with a finding (rectified, or concluded after referral) ÷ concluded reports, transfers to other authorities excluded; pass rate = files graded excellent or pass ÷ graded files; an officer is uncertified when the certificate was not valid on the date of the act.',
  },
  publicDraw: {
    title: 'Published case-file review draw', intro: 'The seed, inputs and result of the draw are public. Anyone can recompute and check them with the published algorithm.',
    verify: 'See docs/random-draw.md for how to check.', inputs: 'Inputs', observer: 'Observer’s value',
  },
};
