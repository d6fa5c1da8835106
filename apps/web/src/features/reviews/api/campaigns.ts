import {
  type TCreateCampaignRequest,
  type TDrawRequest,
  ZCampaign,
  ZCampaignReport,
  ZCampaignSummary,
  ZDraw,
  ZPage,
  ZPublicDraw,
  ZReviewerCandidates,
  ZReviewResults,
} from '@sp/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

// /api/reviews/campaigns: list, open, view, the draw, closing, the 通报; the public draw.

const BASE = '/api/reviews/campaigns';
export const reviewKeys = {
  all: ['reviews'] as const,
  campaigns: (page: number) => ['reviews', 'campaigns', page] as const,
  campaign: (id: string) => ['reviews', 'campaign', id] as const,
};

export function useCampaigns(page: number) {
  return useQuery({
    queryKey: reviewKeys.campaigns(page),
    queryFn: ({ signal }) => request('GET', BASE, ZPage(ZCampaignSummary), { query: { page }, signal }),
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: reviewKeys.campaign(id),
    queryFn: ({ signal }) => request('GET', `${BASE}/${encodeURIComponent(id)}`, ZCampaign, { signal }),
  });
}

export function useCampaignReport(id: string) {
  return useQuery({
    queryKey: [...reviewKeys.campaign(id), 'report'],
    queryFn: ({ signal }) =>
      request('GET', `${BASE}/${encodeURIComponent(id)}/report`, ZCampaignReport, { signal }),
  });
}

export function useReviewerCandidates() {
  return useQuery({
    queryKey: ['reviews', 'candidates'],
    queryFn: ({ signal }) =>
      request('GET', '/api/reviews/reviewer-candidates', ZReviewerCandidates, { signal }),
  });
}

export function usePublicDraw(id: string) {
  return useQuery({
    queryKey: ['public', 'draws', id],
    queryFn: ({ signal }) =>
      request('GET', `/api/public/draws/${encodeURIComponent(id)}`, ZPublicDraw, { signal }),
  });
}

function useReviewMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

export const useCreateCampaign = () =>
  useReviewMutation((body: TCreateCampaignRequest) => request('POST', BASE, ZCampaign, { body }));

export const useDrawCampaign = () =>
  useReviewMutation(({ id, body }: { id: string; body: TDrawRequest }) =>
    request('POST', `${BASE}/${id}/draw`, ZDraw, { body }),
  );

export const useCloseCampaign = () =>
  useReviewMutation((id: string) => request('POST', `${BASE}/${id}/close`, ZCampaign));

export function useCampaignResults(id: string) {
  return useQuery({
    queryKey: [...reviewKeys.campaign(id), 'results'],
    queryFn: ({ signal }) =>
      request('GET', `${BASE}/${encodeURIComponent(id)}/results`, ZReviewResults, { signal }),
  });
}
