import { createStore } from 'zustand/vanilla';
import type { ApiFailure, StaffApi, StaffSession } from '../data/staff-api';

export interface StaffSessionState {
  /** `checking` until the server said whether this browser has a session. */
  status: 'checking' | 'signed-out' | 'signed-in';
  session: StaffSession | null;
  /** The last failed login or password change, shown by the form. */
  failure: ApiFailure | null;
  busy: boolean;
  check: () => Promise<void>;
  login: (username: string, password: string) => Promise<void>;
  setPassword: (newPassword: string) => Promise<boolean>;
  logout: () => Promise<void>;
  /** A call elsewhere answered 401 (session expired) or 403 must-change-password: ask again. */
  lost: (failure: ApiFailure) => void;
}

/**
 * The staff login of this page (studio, labels, counter on the store server). Shoppers never log in; the
 * session itself is the server's HttpOnly cookie, so all this keeps is who the server says we are.
 */
export function createStaffSessionStore(api: StaffApi) {
  return createStore<StaffSessionState>()((set, get) => ({
    status: 'checking',
    session: null,
    failure: null,
    busy: false,
    check: async () => {
      const result = await api.me();
      set(
        result.ok
          ? { status: 'signed-in', session: result.value, failure: null }
          : {
              status: 'signed-out',
              session: null,
              failure: result.failure.status === 401 ? null : result.failure,
            },
      );
    },
    login: async (username, password) => {
      set({ busy: true, failure: null });
      const result = await api.login(username, password);
      set(
        result.ok
          ? { busy: false, status: 'signed-in', session: result.value }
          : { busy: false, failure: result.failure },
      );
    },
    setPassword: async (newPassword) => {
      set({ busy: true, failure: null });
      const result = await api.setPassword(newPassword);
      const session = get().session;
      if (result.ok && session) set({ busy: false, session: { ...session, mustChangePassword: false } });
      else set({ busy: false, failure: result.ok ? null : result.failure });
      return result.ok;
    },
    logout: async () => {
      await api.logout();
      set({ status: 'signed-out', session: null, failure: null });
    },
    lost: (failure) => {
      const session = get().session;
      if (failure.code === 'must-change-password' && session) {
        set({ session: { ...session, mustChangePassword: true } });
      } else if (failure.status === 401) {
        set({ status: 'signed-out', session: null, failure: null });
      }
    },
  }));
}

export type StaffSessionStore = ReturnType<typeof createStaffSessionStore>;
