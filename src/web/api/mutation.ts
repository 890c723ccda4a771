import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/** A write that refreshes the given cached queries once it succeeds. */
export function useInvalidatingMutation<TVariables, TData>(mutationFn: (variables: TVariables) => Promise<TData>, invalidate: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
