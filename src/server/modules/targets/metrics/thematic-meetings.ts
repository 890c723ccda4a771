import type { MetricEvaluator } from './types.ts';
import { meetingCounts } from './meeting-counts.ts';

/** Thematic cell meetings held per cell in each judged period ("ít nhất 01 lần/01 quý", Hướng dẫn 09-HD/ĐUK). */
export const thematicMeetings: MetricEvaluator = (db, query) => meetingCounts(db, query, 'thematic_cell');
