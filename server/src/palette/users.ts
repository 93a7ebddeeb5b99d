import type { PaletteHttp } from './http.js';

/** v1UserInfo: the cheapest "is this key valid, which tenant" probe. */
export interface UserInfo {
  userUid: string;
  tenantUid: string;
  orgName?: string;
}

export function userInfo(http: PaletteHttp, signal?: AbortSignal): Promise<UserInfo> {
  return http.request<UserInfo>({ method: 'GET', path: '/v1/users/info', signal, tenantScope: true });
}
