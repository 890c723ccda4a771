import type { MetricEvaluator } from './types.ts';
import { meetingCounts } from './meeting-counts.ts';

/** Regular (monthly) cell meetings held per cell in each judged period. */
export const regularMeetings: MetricEvaluator = (db, query) => meetingCounts(db, query, 'regular_cell');
