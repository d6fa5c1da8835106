import { en as domain } from '@sp/domain';
import { accountEn } from './sections/account';
import { administrationEn } from './sections/administration';
import { notificationsEn } from './sections/notifications';
import { officeEn } from './sections/office';
import { registryEn } from './sections/registry-en';
import { statisticsEn } from './sections/statistics-en';
import type { Messages } from './types';

// All interface text in English (loaded on demand). Domain terms come from @sp/domain.
// biome-ignore format: a dense table keeps each language in one short file, side by side with zh-CN.ts
export const en: Messages = {
  states: domain.states,
  outcomes: domain.outcomes,
  actions: domain.actions,
  sources: domain.sources,
  roles: domain.roles,
  publicStatuses: domain.publicStatuses,
  overdueReasons: domain.overdueReasons,
  referralKinds: domain.referralKinds,
  instruments: domain.instruments,
  register: domain.register,
  app: {
    brand: 'Supervision+', name: 'Administrative Enforcement Supervision Platform',
    skipLink: 'Skip to main content', mainMenu: 'Main menu',
    breadcrumb: 'You are here', home: 'Home', user: 'Signed in as',
  },
  lang: { switchTo: '中文', label: '切换为中文（Switch to Chinese）' },
  common: {
    loading: 'Loading…', empty: 'Nothing here yet', retry: 'Reload', back: 'Back', cancel: 'Cancel', submit: 'Submit',
    optional: ' (optional)', print: 'Print', copy: 'Copy', copied: 'Copied', open: 'Open', search: 'Search',
    reset: 'Clear filters', all: 'All', none: '—', total: '{{n}} in total', workingDays: '{{n}} working days', calendarDays: '{{n}} calendar days', system: 'System',
    saving: 'Saving…', submitting: 'Submitting…', close: 'Close', yes: 'Yes', no: 'No', menu: 'Menu', choose: 'Choose…',
  },
  nav: {
    dashboard: 'Dashboard', queue: 'Cases', intake: 'Register a report', approvals: 'Notices to sign', extensions: 'Extension requests',
    objections: 'Objections', referral: 'Refer for discipline', unitInbox: 'Supervision notices', supervisorReport: 'File a report',
    myReports: 'My reports', referrals: 'Referred cases', transferIn: 'Transfer a case in', admin: 'Administration',
    caseDetail: 'Case', notice: 'Supervision notice', publicReport: 'File a complaint', publicTrack: 'Track a complaint', publicOfficers: 'Officer lookup', publicExposures: 'Exposure board',
    staffLogin: 'Staff sign-in', notifications: 'Notifications', decisions: 'Decision proposals', monitoring: 'Deadline monitor', circulars: 'Circulars',
  },
  auth: {
    title: 'Staff sign-in', username: 'Username', password: 'Password', submit: 'Sign in', logout: 'Sign out',
    failed: 'The username or password is not right. Please try again.', publicHint: 'Citizens need no account: ',
  },
  errors: {
    summaryTitle: 'There is a problem', submitFailed: 'Could not submit', prefix: 'Error: ', network: 'Cannot reach the server. Check your connection and try again.',
    unauthorized: 'Your session has ended. Please sign in again.', forbidden: 'You are not allowed to do this.', notFound: 'Not found, or you may not see it.',
    stale: 'Someone else has just changed this case. It has been reloaded; please check it and try again.',
    tooLarge: 'The file is too large (20 MB at most).', rateLimited: 'Too many requests. Please wait a moment.',
    server: 'The server could not handle the request. Please try again later.', invalid: 'Some of what you entered is not valid.',
    notAllowed: 'This cannot be done in the case’s current state.', unknown: 'Something went wrong. Please try again later.', pageNotFound: 'Page not found',
    pageCrashed: 'Something went wrong', pageCrashedHint: 'Reload the page. If it keeps happening, contact the administrator.', goHome: 'Go to the home page',
  },
  validation: {
    required: 'Enter this', choose: 'Choose one', tooLong: 'At most {{max}} characters', integer: 'Enter a whole number',
    range: 'Enter a whole number from {{min}} to {{max}}', invalid: 'This is not in the right format', tooMany: 'Choose at most {{max}}',
  },
  // Payload fields' labels and hints are the domain's (copy/), so a new field needs no web edit.
  fields: {
    ...domain.fields,
    source: { label: 'Source', hint: '' },
    title: { label: 'Title', hint: 'The problem in one sentence.' },
    description: { label: 'Description', hint: 'When, where, which unit and officers, and what they did.' },
    unitId: { label: 'Enforcement unit concerned', hint: '' },
    unitName: { label: 'Name of the unit', hint: 'If it is not in the list, type its full name.' },
    occurredAt: { label: 'Date it happened', hint: '' },
    reporterName: { label: 'Reporter’s name', hint: '' },
    reporterPhone: { label: 'Phone', hint: '' },
    reporterAnonymous: { label: 'Anonymous (no name recorded)', hint: '' },
    contactName: { label: 'Your name', hint: '' },
    contactPhone: { label: 'Phone', hint: 'Only the complaint center sees it; the unit is never told.' },
    trackingCode: { label: 'Tracking code', hint: 'The code you received when you filed the complaint.' },
  },
  actionFields: domain.actionFields,
  choices: domain.choices,
  refusals: domain.refusals,
  actionPanel: {
    title: 'What you can do', none: 'There is nothing for you to do on this case now.', confirmHint: 'Once submitted, this is recorded in the case history and cannot be undone.',
    done: 'Done: {{action}}',
  },
  queue: {
    title: 'Cases', tabsLabel: 'Filter by stage', filtersLabel: 'Search and filters', searchLabel: 'Keywords', searchHint: 'Search number, title or description',
    unitFilter: 'Unit', sourceFilter: 'Source', anyUnit: 'All units', anySource: 'All sources',
    empty: 'No cases match.', newCase: 'Register a report', results: 'Case list',
    tabs: {
      received: 'New', assessing: 'Assessing', investigating: 'Investigating', pendingApproval: 'To sign', awaitingReply: 'Awaiting reply',
      replyReview: 'Reply review', rechecking: 'Objections', dueSoon: 'Due soon', overdue: 'Overdue', referred: 'Referred',
      closed: 'Closed',
    },
  },
  columns: {
    number: 'Number', title: 'Title', unit: 'Unit', source: 'Source', state: 'State', deadline: 'Deadline',
    createdAt: 'Registered', noticeNumber: 'Notice number', acknowledged: 'Receipt', referralReason: 'Why referred',
  },
  deadline: {
    ON_TRACK: 'On track', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', dueAt: 'Deadline', howComputed: 'How this date was computed',
    rule: '{{days}} working days from {{start}}', ruleCalendar: '{{days}} calendar days from the day after {{start}} (a last day on a holiday moves to the next working day)', extensions: 'extended by {{n}} working days', overdueBy: '{{n}} days overdue',
    none: 'No deadline set', inactive: 'No longer running',
    body_OBJECTION_ANSWER: 'Our deadline to answer', body_DECISION: 'Decision deadline',
    bodyHint_OBJECTION_ANSWER: 'Our period to answer the unit’s objection (office settings)', bodyHint_DECISION: 'The government’s decision on the proposed 决定书, counted with our answer period',
  },
  caseView: {
    summary: 'Summary', description: 'Description', unit: 'Unit concerned', source: 'Source', state: 'State',
    createdAt: 'Registered', occurredAt: 'Happened on', number: 'Number',
    reporter: 'Reporter', reporterProtected: 'Protected: only the complaint center sees this, and every view is logged.',
    anonymous: 'Anonymous report', name: 'Name', phone: 'Phone',
    noticeSection: 'Supervision notice', viewNotice: 'View / print notice', draftNotice: 'Draft notice (awaiting signature)',
    extension: 'Extension request', extensionDecision: { PENDING: 'Pending', GRANTED: 'Granted', DENIED: 'Denied' },
    extensionText: '{{n}} more working days (asked {{date}}): {{reason}}', referral: 'Referral to discipline inspection',
    referralBy: { SYSTEM: 'Referred automatically (overdue)', DIRECTOR: 'Referred by the director' }, referralAt: 'Referred on',
    referralAccepted: 'Accepted by discipline inspection ({{date}})', referralNotAccepted: 'Not yet accepted by discipline inspection', reason: 'Reason',
    referredBy: 'Referred how', sidePanel: 'Deadline and files',
  },
  eventFields: { noticeNumber: 'Notice number', issuedAt: 'Issued', dueAt: 'Deadline', at: 'Time' },
  timeline: { title: 'History', empty: 'No history yet.', system: 'System', transition: '{{from}} → {{to}}' },
  attachments: {
    title: 'Attachments', upload: 'Upload files', empty: 'No files uploaded yet.', download: 'Download {{name}}',
    hint: 'PDF, PNG, JPEG, DOCX, XLSX or TXT, up to 20 MB each.', uploaded: 'Uploaded: {{name}}',
    progress: 'Uploading {{name}}', typeNotAllowed: 'This file type is not accepted: {{name}}', tooLarge: 'Larger than 20 MB: {{name}}',
  },
  notice: {
    docTitle: 'Supervision notice', draftMark: 'DRAFT', numberPending: '(number assigned on signature)', notIssued: 'This case has no notice yet.',
    printHint: 'Printing outputs only the notice (A4).', backToCase: 'Back to the case', documentLabel: 'Text of the supervision notice',
  },
  director: {
    approvalsTitle: 'Notices awaiting signature', approvalsEmpty: 'No notices to sign.', preview: 'Notice preview',
    extensionsTitle: 'Extension requests to decide', extensionsEmpty: 'No extension requests pending.',
    objectionsTitle: 'Objections raised by units', objectionsEmpty: 'No objections to re-check.',
    referralTitle: 'Cases that may be referred', referralHint: 'When a unit does not reply or does not rectify, you may refer it to discipline inspection.',
    referralEmpty: 'No cases to refer.', pick: 'Choose a notice from the list.',
    decisionsTitle: 'Decisions proposed to the people’s government', decisionsHint: 'Cases the supervision body proposes a decision (决定书) on: issue it after review, or decline with reasons.',
    decisionsPending: 'To decide', decisionsAll: 'All proposals', decisionsEmpty: 'No proposals to decide.',
    queuedHint: 'Overdue and not rectified: queued for the director, who may propose a decision, summon the unit or refer it.',
  },
  unit: {
    inboxTitle: 'Supervision notices to our unit', inboxEmpty: 'Your unit has no notices.', notAcknowledged: 'Not acknowledged',
    acknowledged: 'Acknowledged', leaderTitle: 'Sign and submit the reply', leaderHint: 'The forms start from the reply draft your unit saved. Check it, then sign.',
    acknowledgeHint: 'Acknowledge receipt first, then draft the reply for your principal leader to sign.',
    handlerHint: 'Draft the reply below (saved automatically) for your principal leader to sign.',
    leaderNoDraftHint: 'Your unit has saved no reply draft yet; write and sign the reply here, or let the handler draft it first.',
  },
  replyDraft: {
    title: 'Reply draft', kind: 'Kind of reply', kinds: { RECTIFICATION: 'Rectification report', OBJECTION: 'Objection' }, text: 'Reply',
    hint: 'Saved as you type; the leader signs from this draft.', saved: 'Saved automatically at {{time}}', saving: 'Saving…',
    failed: 'Could not save: {{error}}', notSaved: 'Not saved yet',
  },
  supervisor: {
    reportTitle: 'Report an enforcement problem', reportIntro: 'Describe unlawful or improper enforcement you saw. Follow its progress under “My reports”.',
    submit: 'Send report', success: 'Report sent, number {{number}}.', reportsTitle: 'My reports', empty: 'You have not sent any reports.',
    feedback: 'Feedback', noFeedback: 'No feedback yet', newReport: 'File a report',
  },
  discipline: {
    inboxTitle: 'Cases referred to discipline inspection', empty: 'No referred cases.', accepted: 'Accepted', pending: 'To accept',
    overdue: 'Overdue by', openTitle: 'To handle', doneTitle: 'Handled',
    transferTitle: 'Transfer a case in', transferIntro: 'Enforcement problems found by discipline inspection, handed to the complaint center.',
    transferSubmit: 'Transfer to the center', success: 'Transferred, number {{number}}.',
  },
  intake: {
    title: 'Register a report', intro: 'Register reports from the hotline, media, supervisors, transfers and other sources. Fields not marked optional are required.', reporter: 'Reporter',
    reporterHint: 'Only the complaint center and the director see this; the unit is never told.', submit: 'Register', success: 'Registered, number {{number}}.',
    openCase: 'Open the case',
  },
  public: {
    reportTitle: 'Complain about unlawful enforcement', reportIntro: 'Report unlawful or improper conduct by an enforcement body or its officers.',
    unitOther: 'Not in the list — type the name', contact: 'Contact details', contactHint: 'Optional (you may stay anonymous). It helps us check and reply.',
    submit: 'Send complaint', successTitle: 'Complaint received', codeLabel: 'Your tracking code', codeHint: 'Keep this code to follow progress and read the feedback.',
    trackTitle: 'Track a complaint', trackSubmit: 'Look up', notFound: 'No complaint has this code. Check it and try again.', status: 'Status',
    receivedAt: 'Received', feedback: 'Feedback', noFeedback: 'No feedback yet.', goTrack: 'Track its progress',
    copyFailed: 'Could not copy. Select the code and copy it by hand.',
    exposuresTitle: 'Exposure board', exposuresIntro: 'Problems the supervision body has made public. No circular carries anything of who complained.',
    exposuresEmpty: 'No public circulars yet.', exposureUnit: 'Unit', exposureIssuedAt: 'Issued', exposureCase: 'Case number',
    exposuresPage: 'Page {{page}}, {{total}} in all', previous: 'Previous', next: 'Next',
  },
  dashboard: {
    title: 'Dashboard', byState: 'Cases by stage', byUnit: 'Deadline alerts by unit', unit: 'Unit', open: 'Open',
    dueSoon: 'Due soon', overdue: 'Overdue', noticesIssued: 'Notices issued', implementationRate: 'Implementation rate',
    noRate: 'n/a',
  },
  admin: { title: 'Administration', text: 'Users, units, the working-day calendar and deadline rules are maintained by the administrator.' },
  office: officeEn,
  administration: administrationEn,
  account: accountEn,
  registry: registryEn,
  notifications: notificationsEn,
  statistics: statisticsEn,
};
