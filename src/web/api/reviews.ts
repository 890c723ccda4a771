import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createReviewBody, reviewDetail, reviewSummary, updateReviewBody } from '../../server/modules/reports/report-schemas.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type ReviewSummary = z.infer<typeof reviewSummary>;
export type ReviewDetail = z.infer<typeof reviewDetail>;
export type ReviewSection = ReviewDetail['sections'][number];
export type CreateReviewInput = z.input<typeof createReviewBody>;
export type UpdateReviewInput = z.input<typeof updateReviewBody>;

export const reviewKeys = {
  all: ['reviews'] as const,
  list: (unitId: string) => ['reviews', 'list', unitId] as const,
  detail: (id: string) => ['reviews', 'detail', id] as const,
};

/** The interim and final reviews (sơ kết, tổng kết) of a unit. */
export function useReviews(unitId: string | null) {
  return useQuery({ queryKey: reviewKeys.list(unitId ?? ''), queryFn: () => api.get<ReviewSummary[]>('/reviews', { unitId }), enabled: Boolean(unitId) });
}

export function useReview(id: string | undefined) {
  return useQuery({ queryKey: reviewKeys.detail(id ?? ''), queryFn: () => api.get<ReviewDetail>(`/reviews/${id}`), enabled: Boolean(id) });
}

/** Generates a draft review from the rolled-up figures of a span of periods. */
export function useCreateReview() {
  return useInvalidatingMutation((body: CreateReviewInput) => api.post<ReviewDetail>('/reviews', body), [reviewKeys.all]);
}

export function useUpdateReview(id: string) {
  return useInvalidatingMutation((body: UpdateReviewInput) => api.put<ReviewDetail>(`/reviews/${id}`, body), [reviewKeys.all]);
}

export const reviewDocxUrl = (id: string) => `/api/v1/reviews/${id}/docx`;
