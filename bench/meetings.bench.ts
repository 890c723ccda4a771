import { generateMeetings } from '../src/server/commands/generate-meetings.ts';
import { vietnamToday } from '../src/domain/task-status.ts';
import { type BenchContext, httpClient, measure, type Measurement } from './lib.ts';

/**
 * Issue 6: with a year of meetings for the city (12 regular and 4 thematic per cell, every
 * member invited and marked), the compliance view for the root and for a base organization,
 * and a member's calendar feed fetched the way a phone does (no session, the secret address).
 */
export async function meetingBenchmarks({ baseUrl, login, password, rootId, db }: BenchContext): Promise<Measurement[]> {
  const { tenant_id: tenantId } = await db.selectFrom('org_units').select('tenant_id').where('id', '=', rootId).executeTakeFirstOrThrow();
  const year = Number(vietnamToday().slice(0, 4));
  let feed = await db
    .selectFrom('calendar_tokens as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select('c.token')
    .where('u.tenant_id', '=', tenantId)
    .where('u.login', 'like', 'scale-member-%')
    .executeTakeFirst();
  if (!feed) {
    process.stdout.write('Generating a year of meetings (≈ 320,000 meetings, 4 million invitations)…\n');
    const started = Date.now();
    const generated = await generateMeetings(db, tenantId, year);
    process.stdout.write(`… ${generated.meetings} meetings, ${generated.invitees} invitations in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    feed = { token: generated.feedToken };
  }
  const client = await httpClient(baseUrl, login, password);
  const bases = await db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('kind', '=', 'base_committee').orderBy('id').limit(200).execute();
  const feedUrl = `${baseUrl}/api/v1/calendar/${feed.token}.ics`;
  return [
    await measure(
      'GET /meetings/compliance (root: 20,000 cells, one year)',
      1000,
      async () => {
        const result = await client.get<{ totals: { cells: number } }>(`/api/v1/meetings/compliance?unitId=${rootId}&year=${year}`);
        if (result.totals.cells < 1) throw new Error('no cells');
      },
      30,
    ),
    await measure('GET /meetings/compliance (a base organization, one year)', 100, async (i) => {
      await client.get(`/api/v1/meetings/compliance?unitId=${bases[i % bases.length]!.id}&year=${year}`);
    }),
    // The feed allows 120 requests a minute from one address (it needs no session): 20 warm-up
    // calls and 90 samples stay under it, as a phone's hourly refresh does by far.
    await measure(
      "GET /calendar/<token>.ics (a member's feed, no session)",
      50,
      async () => {
        const response = await fetch(feedUrl);
        const body = await response.text();
        if (!response.ok || !body.includes('BEGIN:VEVENT')) throw new Error(`feed: ${response.status}`);
      },
      90,
    ),
  ];
}
