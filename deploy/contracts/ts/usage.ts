// What the web front end does with the four services, written only against the types generated from the
// committed OpenAPI documents (ts/generated/, `npm run generate`). It is type-checked on every build
// (`tsc --noEmit`), never run: a contract change that would break the front end breaks this file first.
import type { paths as Planning } from './generated/planning';
import type { paths as Finance, components as FinanceComponents } from './generated/finance';
import type { paths as Followup } from './generated/followup';
import type { paths as Reporting } from './generated/reporting';

/** The one error body of every service (RFC 9457). */
type Problem = FinanceComponents['schemas']['Problem'];

type PathValues = Record<string, string | number>;

/** Fills `{name}` segments; the template is a key of a generated `paths`, so a renamed path fails to compile. */
function url(base: string, template: string, path: PathValues, query: Record<string, string | number | boolean | undefined> = {}): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return base + filled + (text ? `?${text}` : '');
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new Error(`${problem.status} ${problem.title}${problem.detail ? ` — ${problem.detail}` : ''}${fields ? ` (${fields})` : ''}`);
  }
  return (await response.json()) as T;
}

function headers(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json', ...extra };
}

// --- planning-service: a plan's activities, page by page -------------------------------------------------------

const ACTIVITIES = '/api/v1/plans/{year}/activities' satisfies keyof Planning;
type ListActivities = Planning[typeof ACTIVITIES]['get'];
type ActivityQuery = NonNullable<ListActivities['parameters']['query']>;
type ActivityPage = ListActivities['responses'][200]['content']['application/json'];
type Activity = ActivityPage['items'][number];

export async function allActivities(base: string, token: string, year: ListActivities['parameters']['path']['year']): Promise<Activity[]> {
  const activities: Activity[] = [];
  const query: ActivityQuery = { page: 0, size: 50, prioritised: undefined };
  for (;;) {
    const page = await json<ActivityPage>(await fetch(url(base, ACTIVITIES, { year }, { page: query.page, size: query.size }),
      { headers: headers(token) }));
    activities.push(...page.items);
    const seen = (page.page + 1) * page.size;
    if (page.items.length === 0 || seen >= page.totalItems) {
      return activities;
    }
    query.page = page.page + 1;
  }
}

export function plannedDaysOfPrioritised(activities: Activity[]): number {
  // a property the contract does not mark required may be absent: the front end must say what absent means
  return activities.filter((a) => a.prioritised === true).reduce((sum, a) => sum + (a.plannedDays ?? 0), 0);
}

// --- planning-service: an activity changed under its ETag (JSON Merge Patch), then removed ------------------------

const ACTIVITY = '/api/v1/plans/{year}/activities/{activityId}' satisfies keyof Planning;
type GetActivity = Planning[typeof ACTIVITY]['get'];
type PatchActivity = Planning[typeof ACTIVITY]['patch'];
type RemoveActivity = Planning[typeof ACTIVITY]['delete'];
type ActivityPatch = PatchActivity['requestBody']['content']['application/merge-patch+json'];
type PatchedActivity = PatchActivity['responses'][200]['content']['application/json'];
/** The contract declares the ETag header of the read and the If-Match header of the change by name. */
type ActivityETag = GetActivity['responses'][200]['headers']['ETag'];
type PatchPath = PatchActivity['parameters']['path'];
type PatchHeaders = PatchActivity['parameters']['header'];
type RemoveHeaders = RemoveActivity['parameters']['header'];

export async function reprioritise(base: string, token: string, path: PatchPath, prioritised: boolean): Promise<PatchedActivity> {
  const read = await fetch(url(base, ACTIVITY, path), { headers: headers(token) });
  const etag: ActivityETag = read.headers.get('ETag') ?? '';
  await json<GetActivity['responses'][200]['content']['application/json']>(read);
  // only the members to change; a member set to null would be removed
  const change: ActivityPatch = { prioritised };
  const precondition: PatchHeaders = { 'If-Match': etag };
  return json<PatchedActivity>(await fetch(url(base, ACTIVITY, path), {
    method: 'PATCH',
    headers: headers(token, { 'Content-Type': 'application/merge-patch+json', ...precondition }),
    body: JSON.stringify(change),
  }));
}

export async function removeActivity(base: string, token: string, path: RemoveActivity['parameters']['path'], etag: string): Promise<void> {
  const precondition: RemoveHeaders = { 'If-Match': etag };
  const response = await fetch(url(base, ACTIVITY, path), { method: 'DELETE', headers: headers(token, precondition) });
  const status: keyof RemoveActivity['responses'] = response.status as keyof RemoveActivity['responses'];
  if (status !== 204) {
    await json<never>(response); // throws with the problem's text
  }
}

// --- finance-service: a negative correction in the ledger -------------------------------------------------------

const LEDGER = '/api/v1/years/{year}/ledger-entries' satisfies keyof Finance;
type RecordEntry = Finance[typeof LEDGER]['post'];
type NewLedgerEntry = RecordEntry['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never;
type LedgerEntry = RecordEntry['responses'][201]['content']['application/json'];
type LedgerProblem = RecordEntry['responses'][400]['content']['application/problem+json'];

export async function correctLedger(base: string, token: string, year: number, postId: string): Promise<LedgerEntry> {
  const correction: NewLedgerEntry = {
    postId,
    entryDate: `${year}-12-31`,
    amount: '-1250.00', // money is a decimal string, a correction is negative
    text: 'Rättelse: felbokad resa återförd',
    category: 'CORRECTION',
  };
  const entry = await json<LedgerEntry>(await fetch(url(base, LEDGER, { year }), {
    method: 'POST',
    headers: headers(token, { 'Content-Type': 'application/json', 'Idempotency-Key': `correction-${year}-${postId}` }),
    body: JSON.stringify(correction),
  }));
  const amount: string | undefined = entry.amount;
  if (!amount?.startsWith('-')) {
    const unexpected: LedgerProblem = { type: 'https://rus.example/problems/validation', title: 'Oväntat belopp', status: 400 };
    throw new Error(unexpected.title);
  }
  return entry;
}

// --- followup-service: a county drafts and submits its RÅU ----------------------------------------------------

const SUBMISSIONS = '/api/v1/rau/{year}/submissions' satisfies keyof Followup;
const SUBMIT = '/api/v1/rau/{year}/submissions/{id}/submit' satisfies keyof Followup;
type DraftSubmission = Followup[typeof SUBMISSIONS]['post'];
type NewRauSubmission = DraftSubmission['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never;
type RauSubmission = DraftSubmission['responses'][201]['content']['application/json'];
type Submit = Followup[typeof SUBMIT]['post'];
type SubmitHeaders = Submit['parameters']['header'];

export async function submitCountyRau(base: string, countyToken: string, year: number): Promise<RauSubmission> {
  const draft: NewRauSubmission = {
    countyCode: '21',
    objectiveCode: 'LEVANDE_SKOGAR',
    assessment: 'NO',
    trend: 'NEGATIVE',
    summary: 'Skogsbrukets påverkan på den biologiska mångfalden är fortsatt stor i Gävleborgs län.',
    measures: 'Fler naturreservat och frivilliga avsättningar.',
  };
  const created = await fetch(url(base, SUBMISSIONS, { year }), {
    method: 'POST',
    headers: headers(countyToken, { 'Content-Type': 'application/json' }),
    body: JSON.stringify(draft),
  });
  const etag = created.headers.get('ETag') ?? '';
  const saved = await json<RauSubmission>(created);
  const precondition: NonNullable<SubmitHeaders> = { 'If-Match': etag };
  const submitted = await json<Submit['responses'][200]['content']['application/json']>(
    await fetch(url(base, SUBMIT, { year, id: saved.id ?? '' }), { method: 'POST', headers: headers(countyToken, precondition) }));
  const late: boolean | undefined = submitted.late;
  return late === true ? submitted : saved;
}

// --- followup-service: a public map reads the open assessments, no token ------------------------------------

const OPEN_ASSESSMENTS = '/api/v1/open/rau/assessments' satisfies keyof Followup;
type ListOpenAssessments = Followup[typeof OPEN_ASSESSMENTS]['get'];
type OpenAssessmentQuery = NonNullable<ListOpenAssessments['parameters']['query']>;
type OpenAssessmentPage = ListOpenAssessments['responses'][200]['content']['application/json'];
type OpenAssessment = OpenAssessmentPage['items'][number];

/** Every county's final assessment of one objective in a span of years, page by page, without a token. */
export async function openAssessments(base: string, objective: string, from: number, to: number): Promise<OpenAssessment[]> {
  const assessments: OpenAssessment[] = [];
  const query: OpenAssessmentQuery = { objective, from, to, page: 0, size: 200 };
  for (;;) {
    const page = await json<OpenAssessmentPage>(await fetch(url(base, OPEN_ASSESSMENTS, {}, query), {
      headers: { Accept: 'application/json' },
    }));
    assessments.push(...page.items);
    if (page.items.length === 0 || (page.page + 1) * page.size >= page.totalItems) {
      return assessments;
    }
    query.page = page.page + 1;
  }
}

/** The same as a CSV file for programs (comma, decimal point, no BOM). */
export function openAssessmentsCsvUrl(base: string, objective: string): string {
  const query: OpenAssessmentQuery = { objective, format: 'csv', dialect: 'rfc4180' };
  return url(base, OPEN_ASSESSMENTS, {}, query);
}

// --- reporting-service: what stands between the draft report and approval -------------------------------------

const CHECKS = '/api/v1/reports/{year}/checks' satisfies keyof Reporting;
type Checks = Reporting[typeof CHECKS]['get']['responses'][200]['content']['application/json'];

export async function blockingChecks(base: string, token: string, year: number): Promise<string[]> {
  const checks = await json<Checks>(await fetch(url(base, CHECKS, { year }), { headers: headers(token) }));
  if (checks.approvable) {
    return [];
  }
  return (checks.items ?? []).filter((c) => c.severity === 'ERROR').map((c) => `${c.code}: ${c.subject} — ${c.message}`);
}

// --- reporting-service: a county's webhook subscriptions, page by page, and a subscription made ----------------

const SUBSCRIPTIONS = '/api/v1/webhooks/subscriptions' satisfies keyof Reporting;
const SUBSCRIPTION_DELIVERIES = '/api/v1/webhooks/subscriptions/{id}/deliveries' satisfies keyof Reporting;
type SubscriptionPage = Reporting[typeof SUBSCRIPTIONS]['get']['responses'][200]['content']['application/json'];
type Subscription = SubscriptionPage['items'][number];
type NewSubscription = NonNullable<Reporting[typeof SUBSCRIPTIONS]['post']['requestBody']>['content']['application/json'];
type DeliveryPage = Reporting[typeof SUBSCRIPTION_DELIVERIES]['get']['responses'][200]['content']['application/json'];

/** Every subscription the caller's organisation has, with why a disabled one was turned off. */
export async function subscriptions(base: string, token: string): Promise<Subscription[]> {
  const all: Subscription[] = [];
  for (let page = 0; ; page++) {
    const batch = await json<SubscriptionPage>(await fetch(url(base, SUBSCRIPTIONS, {}, { page, size: 50 }), { headers: headers(token) }));
    all.push(...batch.items);
    if (all.length >= batch.totalItems || batch.items.length === 0) {
      return all;
    }
  }
}

/** Subscribes; the secret in the answer is shown this once and must be stored by the receiver. */
export async function subscribeToReturnedSubmissions(base: string, countyToken: string, receiver: string): Promise<{ id: string; secret: string }> {
  const request: NewSubscription = { url: receiver, eventTypes: ['rau.submission.returned', 'rau.round.opened'], description: 'Länets ärendesystem' };
  const created = await json<Subscription>(await fetch(url(base, SUBSCRIPTIONS, {}), {
    method: 'POST', headers: headers(countyToken, { 'Content-Type': 'application/json' }), body: JSON.stringify(request),
  }));
  return { id: created.id ?? '', secret: created.secret ?? '' };
}

/** The last attempt of each recent delivery that did not get through. */
export async function failedAttempts(base: string, token: string, id: string): Promise<string[]> {
  const page = await json<DeliveryPage>(await fetch(url(base, SUBSCRIPTION_DELIVERIES, { id }), { headers: headers(token) }));
  return page.items.filter((d) => d.state !== 'DELIVERED')
    .map((d) => `${d.eventType}: ${(d.attempts ?? []).at(-1)?.error ?? 'väntar'}`);
}

// --- reporting-service: the open data, without a token -----------------------------------------------------------

const OPEN_REPORTS = '/api/v1/open/reports' satisfies keyof Reporting;
type OpenReports = Reporting[typeof OPEN_REPORTS]['get']['responses'][200]['content']['application/json'];

/** The PDF address of the latest approved version of each year. */
export async function approvedReportPdfs(base: string): Promise<Record<number, string>> {
  const page = await json<OpenReports>(await fetch(url(base, OPEN_REPORTS, {}, { size: 200 }), { headers: { Accept: 'application/json' } }));
  const pdfs: Record<number, string> = {};
  for (const year of page.items) {
    const latest = (year.versions ?? []).find((v) => v.version === year.latestVersion);
    if (year.year !== undefined && latest?.links?.pdf) {
      pdfs[year.year] = latest.links.pdf;
    }
  }
  return pdfs;
}
