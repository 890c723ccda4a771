import { describe, expect, it } from 'vitest';
import { progressStatuses, settleProgress } from '../../../domain/task-status.ts';
import { parseLinks, percentForStatus, statusForPercent } from './progress-form.ts';

describe('progress form', () => {
  it('moves the percent with the status as the server requires', () => {
    expect(percentForStatus('done', 40, 40)).toBe(100);
    expect(percentForStatus('not_started', 40, 40)).toBe(0);
    expect(percentForStatus('in_progress', 40, 10)).toBe(40);
    expect(percentForStatus('blocked', 0, 10)).toBe(0);
    // Back from "Hoàn thành": the last reported figure, or half way when there is none.
    expect(percentForStatus('in_progress', 100, 70)).toBe(70);
    expect(percentForStatus('in_progress', 100, 100)).toBe(50);
    expect(percentForStatus('blocked', 100, 0)).toBe(50);
  });

  it('moves the status with the percent', () => {
    expect(statusForPercent('in_progress', 100)).toBe('done');
    expect(statusForPercent('not_started', 100)).toBe('done');
    expect(statusForPercent('done', 60)).toBe('in_progress');
    expect(statusForPercent('not_started', 5)).toBe('in_progress');
    expect(statusForPercent('blocked', 30)).toBe('blocked');
    expect(statusForPercent('done', 0)).toBe('not_started');
    expect(statusForPercent('in_progress', 0)).toBe('in_progress');
    expect(statusForPercent('blocked', 0)).toBe('blocked');
  });

  it('never leaves a pair the server refuses, whichever field was touched last', () => {
    for (const status of progressStatuses) {
      for (let percent = 0; percent <= 100; percent += 5) {
        const afterStatus = percentForStatus(status, percent, percent);
        expect(settleProgress(status, afterStatus), `${status} ${percent}`).toEqual({ percent: afterStatus });
        const afterPercent = statusForPercent(status, percent);
        expect(settleProgress(afterPercent, percent), `${percent} ${status}`).toEqual({ percent });
      }
    }
  });

  it('reads evidence links one per line and points out the lines that are not web addresses', () => {
    const text = ' https://tuyengiao.vn/bai-viet-1 \n\nhttp://intranet/ke-hoach\nhttps://tuyengiao.vn/bai-viet-1\nbiên bản họp chi bộ\nftp://files.example/a\r\n';
    expect(parseLinks(text)).toEqual({
      links: ['https://tuyengiao.vn/bai-viet-1', 'http://intranet/ke-hoach'],
      invalid: ['biên bản họp chi bộ', 'ftp://files.example/a'],
    });
    expect(parseLinks('  \n ')).toEqual({ links: [], invalid: [] });
  });
});
