import type { AuthProvider, UserIdentity } from 'react-admin';
import type { User } from './types';
import { setViewedSandbox } from './jury/viewedSandbox';

const TOKEN_KEY = 'comptoir.token';
const USER_KEY = 'comptoir.user';

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export const getUser = (): User | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as User;
  } catch {
    return null;
  }
};

const clearSession = () => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  setViewedSandbox(null);
};

/** A sign-in failure: an i18n key (+ args) the login page translates, with the server's text as fallback. */
export class LoginError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

const readBody = async (response: Response): Promise<{ code?: string; message?: string; retryAfterSeconds?: number }> => {
  try {
    return await response.json();
  } catch {
    return {};
  }
};
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let response: Response;
    try {
      response = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      throw new LoginError('app.auth.network_error');
    }
    if (!response.ok) {
      const body = await readBody(response);
      if (response.status === 429) {
        const minutes = Math.max(1, Math.ceil((body.retryAfterSeconds ?? 60) / 60));
        throw new LoginError('app.auth.throttled', { smart_count: minutes });
      }
      if (body.code === 'SESSION_ENDED' || body.code === 'SESSION_NOT_STARTED') {
        throw new LoginError(`app.errors.${body.code}`, { _: body.message });
      }
      if ([400, 401, 403, 422].includes(response.status)) throw new LoginError('app.auth.invalid_credentials');
      throw new LoginError('app.auth.login_failed');
    }
    const { token, user } = (await response.json()) as { token: string; user: User };
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
    return { redirectTo: '/' };
  },

  async logout() {
    const token = getToken();
    clearSession();
    if (token) {
      // Best effort: the token is forgotten locally whatever the server answers.
      await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(
        () => undefined,
      );
    }
  },

  async checkAuth() {
    if (!getToken() || !getUser()) {
      // No notification on a first visit: just go to the login page.
      throw { message: false };
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw { message: 'app.auth.session_expired' };
    }
    // 403 (e.g. a jury trying to write), 409, 423...: stay logged in, the caller notifies.
  },

  async getPermissions() {
    return getUser()?.role ?? null;
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = getUser();
    if (!user) throw new Error('app.auth.session_expired');
    return { id: user.id, fullName: user.displayName };
  },
};
