import type { ThirdParty } from '../types';

export type TierRole = 'client' | 'prospect' | 'supplier';

export const isTierRole = (value: unknown): value is TierRole =>
  value === 'client' || value === 'prospect' || value === 'supplier';

/** Defaults of a new tier created from a list filtered on a role. */
export const defaultsForRole = (role: TierRole | undefined): Partial<ThirdParty> => ({
  isClient: role === 'client',
  isProspect: role === 'prospect',
  isSupplier: role === 'supplier',
  ...(role === 'prospect' ? { prospectStatus: 'new' as const } : {}),
});

export const listPathForRole = (role: TierRole | undefined) =>
  role ? `/third-parties?filter=${encodeURIComponent(JSON.stringify({ role }))}` : '/third-parties';

/** Main role of a record, for titles and redirects. */
export const mainRole = (record: Partial<ThirdParty> | undefined): TierRole | undefined =>
  record?.isClient ? 'client' : record?.isProspect ? 'prospect' : record?.isSupplier ? 'supplier' : undefined;
